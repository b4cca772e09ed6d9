// The care card as a reader on a phone meets it: in the first screen, at most about half of it,
// emergency signs before same-day ones, and the full list one tap away.
import { expect, test } from '@playwright/test';

const PAGES = ['/', '/articles/could-your-back-be-causing-your-knee-pain/', '/nerves/femoral-nerve/', '/treatments/surgery/', '/signs/numbness-or-tingling/', '/tools/nerve-map/'];
const card = (page: import('@playwright/test').Page) => page.getByRole('region', { name: /Call 999 .*or go to A&E now/ });

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  for (const path of PAGES) {
    test(`${path}: the card starts in the first screen and takes at most about half of it`, async ({ page }) => {
      await page.goto(path);
      const box = (await card(page).boundingBox())!;
      expect(box.y + 40, 'the card heading is on the first screen').toBeLessThan(844);
      expect(box.height, `card height ${Math.round(box.height)} px`).toBeLessThanOrEqual(844 * 0.52);
      const text = (await card(page).innerText()).toLowerCase();
      expect(text.indexOf('genitals'), 'emergency signs before same-day').toBeLessThan(text.indexOf('nhs 111'));
    });
  }

  test('one tap on the card opens every warning sign, grouped by how urgent it is', async ({ page }) => {
    await page.goto('/treatments/exercise/');
    await card(page).getByRole('link', { name: 'All warning signs and what to do' }).tap();
    await expect(page).toHaveURL(/\/urgent-help\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Warning signs: when to get help now');
    const levels = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(levels.slice(0, 3).map((t) => t.split(':')[0])).toEqual(['EMERGENCY', 'SAME DAY', 'ROUTINE']);
    await expect(page.getByText(/hot, red or swollen knee/i)).toBeVisible();
  });
});

test('the card link is reached with the keyboard and has a visible focus', async ({ page }) => {
  await page.goto('/nerves/sciatic-nerve/');
  const link = card(page).getByRole('link', { name: 'All warning signs and what to do' });
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('Tab');
    if (await link.evaluate((el) => el === document.activeElement)) break;
  }
  await expect(link).toBeFocused();
  await expect(link).toHaveCSS('background-color', 'rgb(255, 214, 10)');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/urgent-help\/$/);
});
