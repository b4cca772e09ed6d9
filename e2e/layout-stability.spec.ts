// No layout shift while a page loads and its islands hydrate (CLS sources: late content,
// controls revealed by script, islands whose first render differs from the server's).
import { expect, test, type Page } from '@playwright/test';
import { islandsHydrated } from './hydrated.ts';

const PAGES = ['/tools/nerve-map/', '/tools/sign-checklist/', '/articles/back-disorders-and-knee-pain/', '/nerves/femoral-nerve/'];

test('the search page barely moves while results for a shared ?q= link arrive', async ({ page }) => {
  await page.addInitScript(() => {
    const total = ((window as unknown as { cls: number[] }).cls = [0]);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total[0]! += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/search/?q=sciatica');
  // A first search can take seconds on the shared 2-core machine.
  await expect(page.locator('.result-link').first()).toBeVisible({ timeout: 20_000 });
  await page.waitForTimeout(500);
  // The page reserves room for the box and first results before the script fills it.
  expect(await page.evaluate(() => (window as unknown as { cls: number[] }).cls[0])).toBeLessThan(0.01);
});

for (const path of PAGES) {
  test(`nothing moves while ${path} loads and hydrates`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = ((window as unknown as { shifts: typeof shifts }).shifts = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
          if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?') });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await islandsHydrated(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
    expect(shifts, `layout shifts on ${path}`).toEqual([]);
  });
}

// Under CPU load the browser paints a page before all of its HTML has arrived (its parser yields
// every few milliseconds), so what is painted first must not move when the rest comes in. A
// chance CLS reading would only catch that now and then; here each page is cut after elements
// of its header and at points through its body, and every element already there must stand
// where it stands on the whole page. (Scripts off: they run after the parse anyway.)
test.describe('what is painted first stays put as the rest of the page arrives', () => {
  test.use({ javaScriptEnabled: false });

  // The tool pages are left out until their tables keep their column widths as rows arrive
  // (the nerve map's table moves a column on a phone; that page is being rebuilt).
  for (const width of [390, 1280]) {
    for (const path of PAGES.filter((p) => !p.startsWith('/tools/'))) {
      test(`${path} at ${width} px`, async ({ page }) => {
        await page.setViewportSize({ width, height: 800 });
        const html = await (await page.request.get(path)).text();
        await page.goto(path);
        const whole = await elementPositions(page);
        for (const cut of cutPoints(html)) {
          await page.setContent(html.slice(0, cut), { waitUntil: 'domcontentloaded' });
          const partial = await elementPositions(page);
          const moved = Object.entries(partial).filter(([key, at]) => whole[key] !== at).map(([key, at]) => `${key}: ${at} → ${whole[key]}`);
          expect(moved, `elements that move once the page after “${html.slice(cut - 60, cut)}” arrives`).toEqual([]);
        }
      });
    }
  }
});

/** Where the page could be cut: after each end tag in <header>, and at 12 end tags spread through the rest of <body>. */
function cutPoints(html: string): number[] {
  const ends = [...html.matchAll(/<\/[a-z][a-z0-9-]*>/g)].map((m) => m.index + m[0].length);
  const body = html.indexOf('<body');
  const headerEnd = html.indexOf('</header>');
  const inHeader = ends.filter((at) => at > body && at <= headerEnd + '</header>'.length);
  const rest = ends.filter((at) => at > headerEnd + '</header>'.length && at < html.indexOf('</body>'));
  return [...inHeader, ...Array.from({ length: 12 }, (_, i) => rest[Math.floor((i * rest.length) / 12)]!)];
}

/** The top-left corner of every element in <body>, by its place in the tree ("0.2.1"), rounded to a pixel. */
function elementPositions(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const positions: Record<string, string> = {};
    const walk = (element: Element, key: string) => {
      const box = element.getBoundingClientRect();
      if (box.width > 0 || box.height > 0) positions[`${key} ${element.tagName.toLowerCase()}`] = `${Math.round(box.x)},${Math.round(box.y)}`;
      [...element.children].forEach((child, i) => walk(child, `${key}.${i}`));
    };
    walk(document.body, '0');
    return positions;
  });
}
