// A reader's path through the site: home → article, by keyboard as well as by mouse.
import { expect, test } from '@playwright/test';

test('the home page answers the question and leads to every article', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Can my knee pain come from my back?');
  const articles = page.getByRole('heading', { level: 3 }).getByRole('link');
  await expect(articles).toHaveCount(4);
  await page.getByRole('link', { name: 'Back disorders and knee pain' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back disorders and knee pain');
});

test('an article shows its source, contents, body and review dates', async ({ page }) => {
  await page.goto('/articles/back-disorders-and-knee-pain/');
  await expect(page.getByText(/Source: Verywell Health, dated 13 March 2016/)).toBeVisible();
  await expect(page.getByText(/Adapted from Back Disorders and Knee Pain, author not named, edited by Brett Sears, PT/)).toBeVisible();
  const contents = page.getByRole('navigation', { name: 'Contents' });
  await contents.getByRole('link', { name: 'How your spine can cause knee pain' }).click();
  await expect(page).toHaveURL(/#how-your-spine-can-cause-knee-pain$/);
  await expect(page.getByRole('heading', { name: 'How your spine can cause knee pain' })).toBeInViewport();
  await expect(page.getByText(/Checked by our editors against the sources listed on 22 November 2026/)).toBeVisible();
  await expect(page.getByText(/Next check due 22 November 2027/)).toBeVisible();
  await expect(page.getByRole('emphasis').filter({ hasText: 'think' })).toBeVisible();
});

test('the skip link is the first thing a keyboard reaches and moves focus to the content', async ({ page }) => {
  await page.goto('/articles/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Home' })).toBeFocused();
});

test('the sources page accounts for every source and the merge', async ({ page }) => {
  await page.goto('/sources/');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(5);
  const garbled = page.getByRole('region', { name: 'The Hidden Link Between Your Back and Your Knee Pain' });
  await expect(garbled.getByText(/put back 319 words/)).toBeVisible();
  await expect(garbled.getByText(/Merged into/)).toBeVisible();
  await expect(garbled.getByRole('cell', { name: 'Hidden code from the web page, such as tracking scripts' })).toBeVisible();
});

test('an unknown address shows a helpful not-found page', async ({ page }) => {
  const response = await page.goto('/no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page not found');
  await expect(page.getByRole('link', { name: 'all articles' })).toBeVisible();
});

test('the merged copy’s old address takes the reader to the one article', async ({ page }) => {
  await page.goto('/articles/the-hidden-link-between-your-back-and-your-knee-pain/');
  await expect(page).toHaveURL(/\/articles\/back-disorders-and-knee-pain\/$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Back disorders and knee pain');
});

test('an article’s sign card opens the checklist with the signs it names highlighted, none ticked (tap on a phone)', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto('/articles/can-your-back-cause-knee-pain-signs-to-look-for/');
  const card = page.getByRole('complementary', { name: 'Check your signs' });
  await card.getByRole('link', { name: 'Check your signs' }).tap();
  await expect(page).toHaveURL(/\/tools\/sign-checklist\/\?highlight=[a-z-]+(,[a-z-]+)+$/);
  const named = new URL(page.url()).searchParams.get('highlight')!.split(',');
  await expect(page.locator('.highlighted')).toHaveCount(named.length);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  // Once the checklist has loaded, its address still names them: a reload shows them again.
  await page.reload();
  await expect(page.locator('.highlighted')).toHaveCount(named.length);
  await context.close();
});

test('an article’s nerve figure links to the interactive map at the root it names', async ({ page }) => {
  await page.goto('/articles/can-your-back-cause-knee-pain-signs-to-look-for/');
  const figure = page.getByRole('figure').filter({ hasText: 'On our nerve map' });
  await expect(figure).toContainText('L3 nerve root');
  await figure.getByRole('link', { name: /full nerve map/ }).click();
  await expect(page).toHaveURL(/\/tools\/nerve-map\/\?root=L3$/);
});
