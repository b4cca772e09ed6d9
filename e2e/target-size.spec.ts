// Every source number is a target a finger or an unsteady hand can hit (WCAG 2.5.8): on every
// page, at phone and desktop widths, each citation link is at least 24 × 24 px and overlaps no
// other link.
import { expect, test } from '@playwright/test';
import { sitePaths } from './site-pages.ts';

for (const width of [390, 1280]) {
  test(`source numbers are 24 × 24 px targets, clear of other links, on every page at ${width} px`, async ({ page }) => {
    test.setTimeout(180_000);
    await page.setViewportSize({ width, height: 900 });
    let counted = 0;
    for (const path of sitePaths()) {
      await page.goto(path);
      const { small, overlapping, count } = await page.evaluate(() => {
        const box = (a: Element) => a.getBoundingClientRect();
        const links = [...document.querySelectorAll('main a[href]')].filter((a) => box(a).width > 0);
        const cites = links.filter((a) => a.closest('sup.citation'));
        const name = (a: Element) => `${a.textContent?.trim()} → ${a.getAttribute('href')}`;
        const hit = (a: DOMRect, b: DOMRect) => a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
        return {
          count: cites.length,
          small: cites.filter((a) => box(a).width < 24 || box(a).height < 24).map(name),
          // A link that wraps is several boxes (its union would cover the lines between).
          overlapping: cites.flatMap((a) => links.filter((b) => b !== a && [...b.getClientRects()].some((r) => hit(box(a), r))).map((b) => `${name(a)} overlaps ${name(b)}`)),
        };
      });
      counted += count;
      expect(small, `${path}: source numbers under 24 × 24 px`).toEqual([]);
      expect(overlapping, `${path}: source numbers overlapping another link`).toEqual([]);
    }
    expect(counted, 'source numbers checked').toBeGreaterThan(300);
  });
}
