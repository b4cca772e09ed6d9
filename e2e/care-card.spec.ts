// The care card as a reader on a phone meets it: the early cauda equina signs named in the first
// screen, emergency signs before same-day ones, a number to tap, and the full list one tap away.
import { expect, test } from '@playwright/test';

const PAGES = ['/', '/articles/could-your-back-be-causing-your-knee-pain/', '/nerves/femoral-nerve/', '/treatments/surgery/', '/signs/numbness-or-tingling/', '/tools/nerve-map/'];
const card = (page: import('@playwright/test').Page) => page.getByRole('region', { name: /Call 999 .*or go to A&E now/ });

test.describe('on a phone (390 × 844)', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  for (const path of PAGES) {
    test(`${path}: the early cauda equina signs are named in the first screen, before the same-day signs`, async ({ page }) => {
      await page.goto(path);
      const box = (await card(page).boundingBox())!;
      expect(box.height, `card height ${Math.round(box.height)} px`).toBeLessThanOrEqual(844 * 0.8);
      for (const sign of ['peeing-start', 'peeing-feeling', 'saddle-feeling', 'wiping-feeling']) {
        const item = (await card(page).locator(`[data-sign="${sign}"]`).boundingBox())!;
        expect(item.y + item.height, `${sign} ends on the first screen`).toBeLessThanOrEqual(844);
      }
      const text = (await card(page).innerText()).toLowerCase();
      expect(text.indexOf('genitals'), 'emergency signs before same-day').toBeLessThan(text.indexOf('nhs 111'));
      await expect(card(page).getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
    });
  }

  test('one tap on the card opens every warning sign, grouped by how urgent it is', async ({ page }) => {
    await page.goto('/treatments/exercise/');
    await card(page).getByRole('link', { name: 'All warning signs and what to do' }).tap();
    await expect(page).toHaveURL(/\/urgent-help\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Warning signs: when to get help now');
    const levels = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(levels.slice(0, 3)).toEqual(['EMERGENCY', 'SAME DAY', 'ROUTINE']);
    // The first emergency sign is on the first screen of the full list.
    const first = (await page.locator('#emergency ~ ul li').first().boundingBox())!;
    expect(first.y).toBeLessThan(844);
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
