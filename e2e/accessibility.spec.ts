// An axe sweep (WCAG 2.2 A and AA) over every built page, in light and dark themes.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sitePaths } from './site-pages.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// Every page in the light theme; in the dark theme (same components, other colours) the first
// page of each kind of path, which covers every component's dark colours.
const everyPage = sitePaths();
const onePerKind = [...new Map(everyPage.map((p) => [p.split('/')[1] || p, p])).values()];

for (const [colorScheme, paths] of [['light', everyPage], ['dark', onePerKind]] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });
    for (const path of paths) {
      test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
        const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
        expect(summary, `axe violations on ${path}`).toEqual([]);
      });
    }
  });
}
