// The nerve map: root → areas, area → roots, by mouse and keyboard, with the state in the URL.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { islandsHydrated } from './hydrated.ts';

const MAP = '/tools/nerve-map/';
const area = (page: import('@playwright/test').Page, name: RegExp) => page.getByRole('button', { name });
const panel = (page: import('@playwright/test').Page) => page.locator('.panel');

test('picking L4 marks the inner shin and names the inner ankle as its test point', async ({ page }) => {
  await page.goto(MAP);
  await islandsHydrated(page);
  await page.getByRole('button', { name: /^L4$/ }).click();
  await expect(page.getByRole('button', { name: /^L4/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(area(page, /^Inner shin \(main area\)$/)).toHaveAttribute('data-mark', 'primary');
  await expect(area(page, /^Front of the knee \(kneecap area\) \(varies between maps\)$/)).toHaveAttribute('data-mark', 'variable');
  await expect(panel(page).getByRole('heading', { name: 'L4 nerve root' })).toBeVisible();
  await expect(panel(page)).toContainText('The inner ankle bone (medial malleolus)');
  await expect(page).toHaveURL(/\?root=L4$/);
});

test('picking the inner knee lists L3 and the nerves that serve it', async ({ page }) => {
  await page.goto(MAP);
  await islandsHydrated(page);
  await area(page, /^Inner knee/).click();
  await expect(area(page, /^Inner knee/)).toHaveAttribute('aria-pressed', 'true');
  await expect(panel(page).getByRole('heading', { name: 'Inner knee' })).toBeVisible();
  await expect(panel(page)).toContainText('L3 (main area)');
  await expect(panel(page)).toContainText('Saphenous nerve');
  await expect(page.getByRole('button', { name: /^L3/ })).toContainText('main area');
  await expect(page).toHaveURL(/\?region=inner_knee$/);
});

test('the same, keyboard only: arrows move within a group, Enter and Space pick', async ({ page }) => {
  await page.goto(MAP);
  await islandsHydrated(page);
  const l3 = page.getByRole('button', { name: /^L3/ });
  await l3.focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('button', { name: /^L4/ })).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?root=L4$/);
  await expect(panel(page)).toContainText('The inner ankle bone');
  // Tab leaves the roots group (one tab stop per group) for the nerves, then the areas.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Femoral nerve' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(area(page, /^Inner knee/)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toContainText('L3 (main area)');
  await page.keyboard.press('ArrowDown');
  await expect(area(page, /^Front of the knee/)).toBeFocused();
});

test('?root=L5 opens with L5 selected; the URL follows every pick, and back and forward work', async ({ page }) => {
  await page.goto(`${MAP}?root=L5`);
  await islandsHydrated(page);
  await expect(page.getByRole('button', { name: /^L5/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(panel(page).getByRole('heading', { name: 'L5 nerve root' })).toBeVisible();
  await page.getByRole('button', { name: 'Femoral nerve' }).click();
  await expect(page).toHaveURL(/\?nerve=femoral$/);
  await area(page, /^Calf/).click();
  await expect(page).toHaveURL(/\?region=calf$/);
  await page.goBack();
  await expect(page).toHaveURL(/\?nerve=femoral$/);
  await expect(page.getByRole('button', { name: 'Femoral nerve' })).toHaveAttribute('aria-pressed', 'true');
  await page.goBack();
  await expect(page.getByRole('button', { name: /^L5/ })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Reset the map' }).click();
  await expect(page).toHaveURL(new RegExp(`${MAP}$`));
  await expect(panel(page).getByRole('heading', { name: 'How to use the map' })).toBeVisible();
});

test('the map with a selection passes the axe sweep, in light and dark', async ({ page }) => {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto(`${MAP}?nerve=sciatic`);
    await islandsHydrated(page);
    await expect(panel(page).getByRole('heading', { name: 'Sciatic nerve' })).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), colorScheme).toEqual([]);
  }
});

test('works from 320 px wide, with the views stacked', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.goto(`${MAP}?root=L4`);
  await islandsHydrated(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  const [front, back] = await page.locator('.nerve-map .view').all();
  expect((await back!.boundingBox())!.y).toBeGreaterThan((await front!.boundingBox())!.y + 100);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page carries the same facts as a table, and the server render shows L3', async ({ page }) => {
    await page.goto(MAP);
    const table = page.getByRole('table', { name: /Which nerve roots and nerves serve each area/ });
    await expect(table.getByRole('row')).toHaveCount(17);
    await expect(table.getByRole('row', { name: /Inner knee/ })).toContainText('L3');
    await expect(panel(page).getByRole('heading', { name: 'L3 nerve root' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Read the map with care' })).toBeVisible();
  });
});

test('a nerve topic page embeds a static map focused on that nerve, linking to the full map', async ({ page }) => {
  await page.goto('/nerves/femoral-nerve/');
  await islandsHydrated(page);
  const embed = page.getByRole('region', { name: 'On the nerve map' });
  await expect(embed.getByRole('img', { name: /Front of the leg/ })).toBeVisible();
  await embed.getByRole('link', { name: 'Open this in the full nerve map' }).click();
  await expect(page).toHaveURL(/\/tools\/nerve-map\/\?nerve=femoral$/);
  await islandsHydrated(page);
  await expect(page.getByRole('button', { name: 'Femoral nerve' })).toHaveAttribute('aria-pressed', 'true');
});
