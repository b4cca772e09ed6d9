// The sign checklist: warning signs first for everyone, a result that routes by care level
// (never a count), shared links old and new, hostile links, keyboard, taps on a phone, print.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { islandsHydrated } from './hydrated.ts';

const PAGE = '/tools/sign-checklist/';
const result = (page: Page) => page.getByRole('region', { name: 'Your result' });
const showResult = (page: Page) => page.getByRole('button', { name: 'Show my result' }).click();
const form = (page: Page) => page.getByRole('form', { name: 'Sign checklist' });

test('signs the articles link to the back lead to a routine check and what each sign can mean, with no score', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  await expect(result(page)).toContainText('choose “Show my result”');
  await page.getByRole('checkbox', { name: /numbness, tingling or pins and needles/ }).check();
  await page.getByRole('checkbox', { name: /spread from your hip or buttock/ }).check();
  await showResult(page);
  await expect(result(page)).toBeFocused();
  await expect(result(page)).toContainText('Routine: Book an appointment with a GP or a physiotherapist');
  await expect(result(page)).toContainText('examine your back as well as your knee');
  await expect(result(page).getByRole('link', { name: 'Numbness or tingling' })).toBeVisible();
  await expect(result(page)).not.toContainText(/\d+ of the \d+/);
  await expect(page).toHaveURL(/\?signs=numbness-or-tingling,pain-spreading-from-hip-or-buttock&care=routine$/);
});

test('the warning questions come first, for everyone, with knee signs among them', async ({ page }) => {
  await page.goto(PAGE);
  const warnings = page.getByRole('group', { name: /First, warning signs/ });
  await expect(warnings).toBeVisible();
  await expect(warnings).not.toContainText('if you have back pain or sciatica');
  await expect(warnings.getByRole('checkbox', { name: /hot, red, swollen knee/ })).toBeVisible();
  await expect(warnings.getByRole('checkbox', { name: /child with knee pain and a limp/ })).toBeVisible();
  const firstBox = await page.getByRole('checkbox').first().getAttribute('id');
  expect(firstBox).toMatch(/^flag-/);
  // The warning signs appear once on the page: no separate care card repeats them.
  await expect(page.locator('[data-care-card]')).toHaveCount(1);
});

test('any emergency sign gives the emergency result whatever else is ticked, and moves focus to what to do', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  await page.getByRole('checkbox', { name: /hot, red, swollen knee/ }).check();
  await page.getByRole('checkbox', { name: /numbness, tingling or pins and needles/ }).check();
  await page.getByRole('checkbox', { name: /pain, numbness or weakness in both legs/i }).check();
  const urgent = page.getByRole('region', { name: /Get help now$/ });
  await expect(urgent).toBeFocused();
  await expect(urgent).toContainText('Call 999 in the UK or 911 in the US');
  await expect(urgent).toContainText('weakness in both legs');
  const urgentTop = (await urgent.boundingBox())!.y;
  expect(urgentTop).toBeLessThan((await form(page).boundingBox())!.y);
  await showResult(page);
  await expect(result(page)).toContainText('Emergency:');
  await expect(page).toHaveURL(/care=emergency$/);
});

test('a same-day sign alone routes to same-day help (urgent GP or NHS 111)', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  await page.getByRole('checkbox', { name: /swollen, painful calf/ }).check();
  await expect(page.getByRole('region', { name: /Get help today$/ })).toContainText('NHS 111');
  await showResult(page);
  await expect(result(page)).toContainText('Same day:');
  await expect(result(page)).toContainText('deep vein thrombosis');
});

test('circumstances are kept apart and do not change the result', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  await page.getByRole('group', { name: /Your circumstances/ }).getByRole('checkbox', { name: /sit for long periods/ }).check();
  await showResult(page);
  await expect(result(page)).toContainText('Self-care:');
  await expect(result(page).getByRole('heading', { name: 'Your circumstances' })).toBeVisible();
  await expect(result(page)).toContainText('did not change your result');
});

test('a shared link made before care levels (flags and signs) still opens with its answers and result', async ({ page }) => {
  await page.goto(`${PAGE}?flags=worsening-weakness&signs=bunions,trouble-with-stairs`);
  await islandsHydrated(page);
  await expect(page.getByRole('checkbox', { name: /bunion/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /hard to go up or down stairs/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { name: /leg weakness that is getting worse/i })).toBeChecked();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(3);
  await expect(result(page)).toContainText('Emergency:');
  await expect(page.getByRole('textbox', { name: /Link to your answers/ })).toHaveValue(/\?flags=worsening-weakness&signs=bunions,trouble-with-stairs&care=emergency$/);
});

test('a link that only pre-ticks signs (from an article) asks the warning questions before any result', async ({ page }) => {
  await page.goto(`${PAGE}?signs=bunions`);
  await islandsHydrated(page);
  await expect(page.getByRole('checkbox', { name: /bunion/ })).toBeChecked();
  await expect(result(page)).toContainText('choose “Show my result”');
});

test('a warning sign behind "More warning signs" opens the fold when a shared link ticks it', async ({ page }) => {
  await page.goto(`${PAGE}?flags=night-pain&care=same-day`);
  await islandsHydrated(page);
  await expect(page.getByRole('checkbox', { name: /worse at night/ })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: /worse at night/ })).toBeChecked();
  await expect(result(page)).toContainText('Same day:');
});

test('a hostile link is harmless: no error, nothing injected, the valid answers kept', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
  const hostile = `?signs=<img src=x onerror=alert(1)>,bunions,bunions,__proto__,${'a'.repeat(5000)}&flags="><script>alert(2)</script>&care=<b>x</b>`;
  await page.goto(`${PAGE}${hostile}`);
  await islandsHydrated(page);
  await expect(page.getByRole('checkbox', { name: /bunion/ })).toBeChecked();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(1);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(page.getByText('onerror')).toHaveCount(0);
  await expect(page).toHaveURL(/\?signs=bunions&care=routine$/);
  expect(errors).toEqual([]);
});

test('keyboard only: tick signs with Space, show the result with Enter, start again', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  await page.getByRole('checkbox').first().focus();
  let ticked = 0;
  // Walk the form with Tab, ticking the sign questions (not the warning signs) as they come.
  for (let i = 0; i < 80 && ticked < 2; i++) {
    await page.keyboard.press('Tab');
    const id = await page.evaluate(() => document.activeElement?.id ?? '');
    if (id.startsWith('sign-')) {
      await page.keyboard.press('Space');
      ticked++;
    }
  }
  await page.getByRole('button', { name: 'Show my result' }).focus();
  await page.keyboard.press('Enter');
  await expect(result(page)).toBeFocused();
  await expect(result(page)).toContainText('Routine:');
  const startAgain = page.getByRole('button', { name: 'Start again' });
  await startAgain.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });
  test('taps tick a warning sign inside the fold and show the result', async ({ page }) => {
    await page.goto(PAGE);
    await islandsHydrated(page);
    await page.getByText(/More warning signs/).tap();
    await page.getByText(/weight loss you cannot explain/i).tap();
    await expect(page.getByRole('checkbox', { name: /weight loss you cannot explain/i })).toBeChecked();
    await page.getByRole('button', { name: 'Show my result' }).tap();
    await expect(result(page)).toContainText('Same day:');
    await expect(page.getByRole('button', { name: 'Show my result' })).toHaveCSS('background-color', /rgb\(0, 94, 184\)|rgb\(140, 200, 255\)/);
  });
});

test('print carries the care level, the result text and a QR code back to the filled-in checklist', async ({ page }) => {
  await page.goto(`${PAGE}?signs=bunions,long-sitting&flags=fever&care=same-day`);
  await islandsHydrated(page);
  await expect(page.getByRole('checkbox', { name: /bunion/ })).toBeChecked();
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('.print-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Result: Same day. Ask for an urgent GP appointment today');
  await expect(summary).toContainText('You ticked a warning sign');
  await expect(summary).toContainText('Back pain with a high temperature (same day)');
  await expect(summary).toContainText('Signs ticked (1)');
  await expect(summary).toContainText('Circumstances (not signs)');
  await expect(summary).toContainText(/Date: \d{1,2} \w+ \d{4}/);
  await expect(summary).toContainText('/tools/sign-checklist/?flags=fever&signs=bunions,long-sitting&care=same-day');
  await expect(summary.locator('.qr svg')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
  await expect(form(page)).toBeHidden();
});

test('the page with answers chosen passes the axe sweep', async ({ page }) => {
  await page.goto(`${PAGE}?signs=bunions,numbness-or-tingling&flags=both-legs&care=emergency`);
  await islandsHydrated(page);
  await expect(page.getByRole('region', { name: /Get help now$/ })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page lists the warning signs with what to do, and the signs, as plain content', async ({ page }) => {
    await page.goto(PAGE);
    await expect(page.getByText('Call 999 (911 in the US) or go to A&E now if you have:').first()).toBeVisible();
    await expect(page.getByText(/leg weakness that is getting worse/i).first()).toBeVisible();
    await expect(page.getByText('Have you developed a bunion at the joint of your big toe?')).toBeVisible();
    await expect(page.getByRole('link', { name: 'About this sign' })).toHaveCount(12);
  });
});
