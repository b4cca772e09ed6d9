// Issue 28: no page scrolls sideways at any width from a small phone to a wide desktop. Every
// built page at each width: the document is no wider than the viewport, and when it is, the
// message names the widest element that sticks out (so the cause can be found, e.g. a
// nowrap citation in an editor's note).
import { expect, test } from '@playwright/test';
import { sitePaths } from './site-pages.ts';

const WIDTHS = [320, 390, 768, 1280, 1920];

for (const path of sitePaths()) {
  test(`${path} fits every width from 320 to 1920 px`, async ({ page }) => {
    const overflows: string[] = [];
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      if (width === WIDTHS[0]) await page.goto(path);
      const found = await page.evaluate(() => {
        const limit = document.documentElement.clientWidth;
        if (document.scrollingElement!.scrollWidth <= limit) return undefined;
        // The outermost element whose right edge passes the viewport's, named by tag and class.
        const out = [...document.body.querySelectorAll<HTMLElement>('*')].find((el) => el.getBoundingClientRect().right > limit + 0.5 && !el.closest('.visually-hidden, [hidden]'));
        const name = out ? `${out.tagName.toLowerCase()}${out.className ? `.${String(out.className).trim().split(/\s+/).join('.')}` : ''} (${Math.round(out.getBoundingClientRect().right)} px)` : 'no single element';
        return `${document.scrollingElement!.scrollWidth} px wide in ${limit} px: ${name}`;
      });
      if (found) overflows.push(`${width} px: ${found}`);
    }
    expect(overflows).toEqual([]);
  });
}
