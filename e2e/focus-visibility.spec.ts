// Keyboard focus is visible on every control (WCAG 2.4.7; measured as 2.4.13 does): tab through
// each type of page, and the open search dialog, comparing each stop with and without focus,
// and the focused text stays readable (4.5:1 with what is behind it, as computed in focus).
import { expect, test } from '@playwright/test';
import { tabThrough } from './focus-indicator.ts';
import { islandsHydrated } from './hydrated.ts';

const PAGES = {
  home: '/',
  article: '/articles/back-disorders-and-knee-pain/',
  topic: '/nerves/femoral-nerve/',
  'topic index': '/topics/',
  'nerve map': '/tools/nerve-map/',
  'sign checklist': '/tools/sign-checklist/',
  'search page': '/search/?q=sciatica',
  'handout builder': '/handout/',
};

test.use({ reducedMotion: 'reduce' });

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`${colorScheme} theme`, () => {
    test.use({ colorScheme });

    for (const [name, path] of Object.entries(PAGES)) {
      test(`every control on the ${name} page shows where focus is`, async ({ page }) => {
        await page.goto(path);
        await islandsHydrated(page);
        if (name === 'search page') await expect(page.locator('#search-page a[href]').first()).toBeVisible();
        const { checked, failures } = await tabThrough(page);
        expect(checked.length, `focus stops checked on ${path}`).toBeGreaterThan(3);
        expect(failures, `controls without a visible focus indicator on ${path}`).toEqual([]);
      });
    }

    test('every control in the open search dialog shows where focus is', async ({ page }) => {
      await page.goto(PAGES.article);
      await page.getByRole('link', { name: 'Search' }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.getByRole('searchbox').or(dialog.locator('input')).first()).toBeFocused();
      await page.keyboard.type('nerve');
      await expect(dialog.locator('a[href]').first()).toBeVisible();
      const { checked, failures } = await tabThrough(page, 60);
      expect(checked.length, 'focus stops checked in the dialog').toBeGreaterThan(2);
      expect(failures, 'controls without a visible focus indicator in the search dialog').toEqual([]);
    });
  });
}
