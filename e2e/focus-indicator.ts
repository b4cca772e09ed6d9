// Is keyboard focus visible? Axe cannot tell, so this compares pixels: the area around the
// focused element with focus and without it. WCAG's focus-appearance measure is a change of at
// least 3:1 contrast over an area as large as the element's perimeter; we count the pixels
// whose colour changes by 3:1 or more and ask for at least one perimeter's worth.
import type { Page } from '@playwright/test';
import sharp from 'sharp';

const MARGIN = 16;

/** One focus stop that shows no (or too little) visible change, or whose text is hard to read while focused. */
export interface FocusFailure {
  element: string;
  changed?: number;
  needed?: number;
  /** The focused text's contrast with what is behind it, when under 4.5:1 (3:1 for large text). */
  textContrast?: number;
}

/** Relative luminance of an sRGB colour (WCAG). */
function luminance(r: number, g: number, b: number): number {
  const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** Contrast ratio of two computed CSS colours ("rgb(…)"/"rgba(…)"; a translucent text colour is taken as opaque). */
export function contrast(a: string, b: string): number {
  const rgb = (c: string) => (c.match(/[\d.]+/g) ?? ['0', '0', '0']).slice(0, 3).map(Number) as [number, number, number];
  const [la, lb] = [luminance(...rgb(a)), luminance(...rgb(b))];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** How many pixels differ by a contrast ratio of 3:1 or more between two same-sized PNGs. */
export async function pixelsChangedBy3To1(before: Buffer, after: Buffer): Promise<number> {
  const [a, b] = await Promise.all([before, after].map((png) => sharp(png).removeAlpha().raw().toBuffer()));
  let changed = 0;
  for (let i = 0; i + 2 < a!.length; i += 3) {
    const la = luminance(a![i]!, a![i + 1]!, a![i + 2]!);
    const lb = luminance(b![i]!, b![i + 1]!, b![i + 2]!);
    if ((Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05) >= 3) changed++;
  }
  return changed;
}

/**
 * Tabs through the page (or the open dialog) and checks each focus stop; elements that look
 * alike (same tag, classes and landmark) are checked twice at most. Stops when focus comes back
 * round or leaves the page.
 */
export async function tabThrough(page: Page, maxStops = 200): Promise<{ checked: string[]; failures: FocusFailure[] }> {
  const checked: string[] = [];
  const failures: FocusFailure[] = [];
  const seenKinds = new Map<string, number>();
  let first: string | undefined;
  for (let stop = 0; stop < maxStops; stop++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const box = el.getBoundingClientRect();
      const landmark = el.closest('header, nav, main, footer, aside, dialog, form')?.tagName.toLowerCase() ?? '';
      const path: string[] = [];
      for (let node: Element | null = el; node && node !== document.body; node = node.parentElement) path.unshift(`${node.tagName}:${[...(node.parentElement?.children ?? [])].indexOf(node)}`);
      const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.getAttribute('placeholder') ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      return {
        id: path.join('/'),
        kind: `${landmark} ${el.tagName.toLowerCase()}.${[...el.classList].join('.')}[${el.getAttribute('role') ?? el.getAttribute('type') ?? ''}]`,
        label: `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} “${name}”`,
        box: { x: box.x, y: box.y, width: box.width, height: box.height },
        viewport: { width: innerWidth, height: innerHeight },
        text: focusedTextColours(el),
      };
      // The focused element's text colour and the first opaque background behind it, as computed.
      function focusedTextColours(target: HTMLElement) {
        if (!(target.innerText ?? '').trim()) return null;
        const style = getComputedStyle(target);
        let background = 'rgba(0, 0, 0, 0)';
        for (let node: Element | null = target; node; node = node.parentElement) {
          const colour = getComputedStyle(node).backgroundColor;
          if (!/rgba\(.*,\s*0\)$|transparent/.test(colour)) { background = colour; break; }
        }
        const large = parseFloat(style.fontSize) >= 24 || (parseFloat(style.fontSize) >= 18.66 && Number(style.fontWeight) >= 700);
        return { colour: style.color, background: background === 'rgba(0, 0, 0, 0)' ? getComputedStyle(document.documentElement).backgroundColor : background, large };
      }
    });
    if (!focused) {
      if (first) break;
      continue;
    }
    if (focused.id === first) break;
    first ??= focused.id;
    const kindSeen = seenKinds.get(focused.kind) ?? 0;
    seenKinds.set(focused.kind, kindSeen + 1);
    if (kindSeen >= 2 || focused.box.width === 0 || focused.box.height === 0) continue;

    // The element's box and 16 px around it (outlines, offsets, a card drawn around a link), within the viewport.
    const x = Math.max(0, Math.floor(focused.box.x - MARGIN));
    const y = Math.max(0, Math.floor(focused.box.y - MARGIN));
    const clip = { x, y, width: Math.min(focused.viewport.width, Math.ceil(focused.box.x + focused.box.width + MARGIN)) - x, height: Math.min(focused.viewport.height, Math.ceil(focused.box.y + focused.box.height + MARGIN)) - y };
    if (clip.width <= 0 || clip.height <= 0) continue;
    const withFocus = await page.screenshot({ clip, animations: 'disabled' });
    const element = await page.evaluateHandle(() => document.activeElement as HTMLElement);
    await element.evaluate((el) => el.blur());
    const withoutFocus = await page.screenshot({ clip, animations: 'disabled' });
    // Focus goes back (a programmatic focus after keys still shows as keyboard focus) for the next Tab.
    await element.evaluate((el) => el.focus());
    const changed = await pixelsChangedBy3To1(withFocus, withoutFocus);
    const needed = Math.round(2 * (Math.min(focused.box.width, clip.width) + Math.min(focused.box.height, clip.height)));
    checked.push(focused.label);
    if (changed < needed) failures.push({ element: focused.label, changed, needed });
    // Axe checks text contrast only at rest: a focus style can make text unreadable (white on yellow).
    if (focused.text) {
      const ratio = contrast(focused.text.colour, focused.text.background);
      if (ratio < (focused.text.large ? 3 : 4.5)) failures.push({ element: focused.label, textContrast: Math.round(ratio * 100) / 100 });
    }
  }
  return { checked, failures };
}
