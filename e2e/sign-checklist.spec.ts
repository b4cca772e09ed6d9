// The sign checklist: tiers, red flags first, shared links, hostile links, keyboard, print.
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { islandsHydrated } from './hydrated.ts';

const PAGE = '/tools/sign-checklist/';
const result = (page: import('@playwright/test').Page) => page.getByRole('region', { name: 'Your result' });

test('choosing a second sign the articles link to the back changes the tier', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  await expect(result(page)).toContainText('Tick the signs you have');
  await page.getByRole('checkbox', { name: /numbness, tingling or pins and needles/ }).check();
  await expect(result(page)).toContainText('You chose 1 of the 12 signs');
  await expect(result(page)).toContainText('usually looked for in the knee first');
  await page.getByRole('checkbox', { name: /spread from your hip or buttock/ }).check();
  await expect(result(page)).toContainText('You chose 2 of the 12 signs');
  await expect(result(page)).toContainText('examine your back as well as your knee');
  await expect(result(page).getByRole('link', { name: 'Numbness or tingling' })).toBeVisible();
  await expect(page).toHaveURL(/\?signs=numbness-or-tingling,pain-spreading-from-hip-or-buttock$/);
});

test('a red flag brings up the emergency message first, and moves focus to it', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  await page.getByRole('checkbox', { name: /numbness, tingling or pins and needles/ }).check();
  await page.getByRole('checkbox', { name: /pain, numbness, tingling or weakness in both legs/ }).check();
  const urgent = page.getByRole('region', { name: /Get help now$/ });
  await expect(urgent).toBeFocused();
  await expect(urgent).toContainText('Go to A&E or call 999');
  await expect(urgent).toContainText('pain, numbness, tingling or weakness in both legs');
  const urgentTop = (await urgent.boundingBox())!.y;
  const formTop = (await page.getByRole('form', { name: 'Sign checklist' }).boundingBox())!.y;
  expect(urgentTop).toBeLessThan(formTop);
});

test('a shared link restores exactly the answers it holds', async ({ page }) => {
  await page.goto(`${PAGE}?flags=worsening-weakness&signs=bunions,trouble-with-stairs`);
  await islandsHydrated(page);
  await expect(page.getByRole('checkbox', { name: /bunion/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /hard to go up or down stairs/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /leg weakness that is severe/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await expect(page.getByRole('textbox', { name: /Link to your answers/ })).toHaveValue(/\?flags=worsening-weakness&signs=bunions,trouble-with-stairs$/);
});

test('a hostile link is harmless: no error, nothing injected, the valid answers kept', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
  const hostile = `?signs=<img src=x onerror=alert(1)>,bunions,bunions,__proto__,${'a'.repeat(5000)}&flags="><script>alert(2)</script>`;
  await page.goto(`${PAGE}${hostile}`);
  await islandsHydrated(page);
  await expect(page.getByRole('checkbox', { name: /bunion/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByText('onerror')).toHaveCount(0);
  await expect(page).toHaveURL(/\?signs=bunions$/);
  expect(errors).toEqual([]);
});

test('keyboard only: tick signs with Space, reach the result actions, start again', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  const first = page.getByRole('checkbox').first();
  await first.focus();
  let ticked = 0;
  // Walk the form with Tab, ticking the sign questions (not red flags) as they come.
  for (let i = 0; i < 80 && ticked < 2; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.id ?? '');
    if (id.startsWith('sign-')) {
      await page.keyboard.press('Space');
      ticked++;
    }
  }
  await expect(result(page)).toContainText('You chose 2 of the 12 signs');
  const startAgain = page.getByRole('button', { name: 'Start again' });
  await startAgain.focus();
  await expect(startAgain).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
});

test('print shows the one-page summary without navigation or the form', async ({ page }) => {
  await page.goto(`${PAGE}?signs=bunions,long-sitting`);
  await islandsHydrated(page);
  await expect(page.getByRole('checkbox', { name: /bunion/ })).toBeChecked();
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('.print-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Signs ticked (2)');
  await expect(summary).toContainText('Bunions');
  await expect(summary).toContainText(/Date: \d{1,2} \w+ \d{4}/);
  await expect(summary).toContainText('/tools/sign-checklist/?signs=bunions,long-sitting');
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(page.getByRole('form', { name: 'Sign checklist' })).toBeHidden();
});

test('the page with answers chosen passes the axe sweep', async ({ page }) => {
  await page.goto(`${PAGE}?signs=bunions,numbness-or-tingling&flags=both-legs`);
  await islandsHydrated(page);
  await expect(page.getByRole('region', { name: /Get help now$/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page lists the red flags, the signs and the care card as plain content', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByRole('region', { name: /Get help now if you have back pain/ })).toBeVisible();
    await expect(page.getByText('leg weakness that is severe or getting worse').first()).toBeVisible();
    await expect(page.getByText('Have you developed a bunion at the joint of your big toe?')).toBeVisible();
    await expect(page.getByRole('link', { name: 'About this sign' })).toHaveCount(12);
  });
});
