// The sign checklist as readers use it: every clinical vignette of
// shared/reference/triage-vignettes.json told to the real page on a phone (tapping the questions
// a patient with that story would tick, from one table: test/support/finding-answers.ts), an
// empty or half-answered form that never reassures, urgent answers that show only what to do
// now, article links that highlight and never tick, shared and hostile links, keyboard, print,
// and the form without JavaScript.
import { existsSync, readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { answersFor, type Answer, type Vignette } from '../test/support/finding-answers.ts';
import { islandsHydrated } from './hydrated.ts';
import { pageCount } from './print-server.ts';

const PAGE = '/tools/sign-checklist/';
const LEVELS = ['emergency', 'same-day', 'routine', 'self-care'];
const VIGNETTES = new URL('../../shared/reference/triage-vignettes.json', import.meta.url);
const result = (page: Page) => page.getByRole('region', { name: 'Your result' });
const showResult = (page: Page) => page.getByRole('button', { name: 'Show my result' }).click();
const resultLevel = (page: Page) => result(page).locator('[data-care-level]');

/** Ticks a question as a reader does: by its label (tap on a phone, click elsewhere). */
async function tick(page: Page, inputId: string, tap: boolean) {
  const label = page.locator(`label[for="${inputId}"]`);
  await expect(label, `${inputId} has a visible question`).toBeVisible();
  if (await page.locator(`#${inputId}`).isChecked()) return;
  if (tap) await label.tap();
  else await label.click();
  await expect(page.locator(`#${inputId}`)).toBeChecked();
}

/** Gives these answers, then "none" to every group still unanswered, and the least urgent course. */
async function answer(page: Page, answers: readonly Answer[], tap = false) {
  const ids = new Set<string>();
  let duration = 'under-2-weeks';
  let change = 'same';
  for (const a of answers) {
    if ('finding' in a) ids.add(`q-${a.finding}`);
    else if ('articleSign' in a) ids.add(`sign-${a.articleSign}`);
    else if ('duration' in a) duration = a.duration;
    else change = a.change;
  }
  // Parents first, so their follow-ups are on the page when their turn comes.
  for (const id of [...ids].sort((a, b) => Number(b === 'q-cancer-history') - Number(a === 'q-cancer-history'))) await tick(page, id, tap);
  for (const none of await page.locator('input[name="none"]').all()) {
    const group = await none.getAttribute('value');
    const answered = await page.locator(`#group-${group} input[name="flags"]:checked`).count();
    if (answered === 0) await tick(page, `none-${group}`, tap);
  }
  await tick(page, `duration-${duration}`, tap);
  await tick(page, `change-${change}`, tap);
}

test.describe('clinical vignettes, told to the page on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });
  const vignettes: Vignette[] = existsSync(VIGNETTES) ? JSON.parse(readFileSync(VIGNETTES, 'utf8')) : [];
  test('the vignettes are there', () => expect(vignettes).toHaveLength(45));

  for (const v of vignettes) {
    test(`${v.id} (${v.expected}): ${v.story.slice(0, 60)}…`, async ({ page }) => {
      await page.goto(PAGE);
      await islandsHydrated(page);
      await answer(page, answersFor(v.findings), true);
      await page.getByRole('button', { name: 'Show my result' }).tap();
      const level = await resultLevel(page).getAttribute('data-care-level');
      expect(level, v.story).toBe(v.expected);
      if (v.never) expect(LEVELS.indexOf(level!), `never ${v.never} or below`).toBeLessThan(LEVELS.indexOf(v.never));
      if (v.expected === 'emergency' || v.expected === 'same-day') {
        const urgent = page.getByRole('region', { name: v.expected === 'emergency' ? /Get help now$/ : /Get help today$/ });
        await expect(urgent).toBeVisible();
        // Only what to do now: no routine advice under an urgent result.
        await expect(result(page).getByRole('heading', { name: 'What you can do' })).toHaveCount(0);
      }
    });
  }
});

test('an empty form never reassures: no result until every group is answered', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  await showResult(page);
  await expect(result(page)).toContainText('Please answer every group first');
  await expect(resultLevel(page)).toHaveCount(0);
  await expect(result(page)).not.toContainText('Self-care');
  // Half answered is still no result, and the missing groups are named and linked.
  await page.locator('label[for="none-bladder-bowel"]').click();
  await page.locator('label[for="none-saddle"]').click();
  await showResult(page);
  await expect(resultLevel(page)).toHaveCount(0);
  await expect(result(page).getByRole('link', { name: 'Both legs' })).toBeVisible();
  await expect(result(page).getByRole('link', { name: 'Peeing (weeing) and pooing' })).toHaveCount(0);
});

test('every warning question is visible at once, emergency groups first, nothing folded away', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  await expect(page.locator('details')).toHaveCount(0);
  const legends = await page.locator('.warning-questions legend').allTextContents();
  expect(legends.slice(0, 2)).toEqual(['Peeing (weeing) and pooing', 'Feeling between your legs, and sex']);
  for (const label of await page.locator('.warning-questions label').all()) await expect(label).toBeVisible();
  // The early cauda equina signs are named in the questions themselves.
  for (const words of [/starting to pee/i, /less feeling when you pee/i, /tingling/i, /when you wipe/i, /not noticing when you need to poo/i, /inside of your upper thighs/i]) {
    await expect(page.getByRole('checkbox', { name: words }).first()).toBeVisible();
  }
  await expect(page.locator('[data-care-card]')).toHaveCount(1);
});

test('an emergency tick shows what to do now, with a number to tap, and nothing else', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  await page.locator('label[for="q-wiping-feeling"]').click();
  const urgent = page.getByRole('region', { name: /Get help now$/ });
  await expect(urgent).toBeFocused();
  await expect(urgent.getByRole('link', { name: '999' })).toHaveAttribute('href', 'tel:999');
  await expect(urgent).toContainText('Not sure what to do? Call 111');
  await expect(urgent).not.toContainText('does not prove');
  const urgentTop = (await urgent.boundingBox())!.y;
  expect(urgentTop).toBeLessThan((await page.getByRole('form', { name: 'Sign checklist' }).boundingBox())!.y);
  await answer(page, [{ finding: 'wiping-feeling' }]);
  await showResult(page);
  await expect(resultLevel(page)).toHaveAttribute('data-care-level', 'emergency');
  await expect(result(page)).not.toContainText('What you can do');
  await expect(page).toHaveURL(/care=emergency/);
});

test('self-care is reached only with every group answered "none" and recent, steady pain; it still says when to get help', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  await answer(page, []);
  await showResult(page);
  await expect(resultLevel(page)).toHaveAttribute('data-care-level', 'self-care');
  await expect(result(page)).toContainText('See a GP or physiotherapist if the pain is no better after a few weeks');
  await expect(result(page)).toContainText('Not sure what to do? Call 111');
  await expect(result(page).getByRole('link', { name: 'Knee problems that are not from the back' })).toBeVisible();
});

test('a sign the articles describe never books an appointment on its own', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  await answer(page, [{ articleSign: 'bunions' }, { articleSign: 'hamstring-tightness' }]);
  await showResult(page);
  await expect(resultLevel(page)).toHaveAttribute('data-care-level', 'self-care');
  await expect(result(page).getByRole('link', { name: 'Bunions' })).toBeVisible();
});

test('a link from an article highlights its signs and ticks nothing', async ({ page }) => {
  await page.goto(`${PAGE}?signs=bunions,trouble-with-stairs`);
  await islandsHydrated(page);
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(page.locator('label[for="sign-bunions"]')).toContainText('named in the article you came from');
  await showResult(page);
  await expect(resultLevel(page)).toHaveCount(0);
});

test('a shared result opens with its answers and result; the level is worked out again, never read from the link', async ({ page, context }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  await answer(page, [{ finding: 'fever' }, { articleSign: 'bunions' }]);
  await showResult(page);
  await expect(resultLevel(page)).toHaveAttribute('data-care-level', 'same-day');
  const link = await page.getByRole('textbox', { name: /Link to your answers/ }).inputValue();
  const other = await context.newPage();
  await other.goto(link.replace('care=same-day', 'care=self-care'));
  await islandsHydrated(other);
  await expect(other.locator('#q-fever')).toBeChecked();
  await expect(other.locator('#sign-bunions')).toBeChecked();
  await expect(resultLevel(other)).toHaveAttribute('data-care-level', 'same-day');
});

test('a hostile or old link is harmless: nothing injected, no error, and the reader is told', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => errors.push(`dialog: ${d.message()}`));
  await page.goto(`${PAGE}?flags=<img src=x onerror=alert(1)>,bladder-bowel,${'a'.repeat(5000)}&signs="><script>alert(2)</script>&care=<b>x</b>`);
  await islandsHydrated(page);
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(page.locator('img[src="x"]')).toHaveCount(0);
  await expect(resultLevel(page)).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('keyboard only: answer with Space, show the result with Enter, "Start again" returns to the first question', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  for (const box of await page.locator('input[name="none"]').all()) {
    await box.focus();
    await page.keyboard.press('Space');
  }
  await page.locator('#duration-under-2-weeks').focus();
  await page.keyboard.press('Space');
  await page.locator('#change-better').focus();
  await page.keyboard.press('Space');
  await page.getByRole('button', { name: 'Show my result' }).focus();
  await page.keyboard.press('Enter');
  await expect(result(page)).toBeFocused();
  await expect(resultLevel(page)).toHaveAttribute('data-care-level', 'self-care');
  await page.getByRole('button', { name: 'Start again' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('checkbox', { checked: true })).toHaveCount(0);
  await expect(page.locator('#q-peeing-start')).toBeFocused();
  await expect(page).toHaveURL(new RegExp(`${PAGE}$`));
});

test('a history of cancer asks its follow-ups, and a nerve symptom makes it an emergency', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  await expect(page.locator('#q-cancer-nerve-symptom')).toHaveCount(0);
  await answer(page, [{ finding: 'cancer-history' }, { finding: 'cancer-nerve-symptom' }]);
  await showResult(page);
  await expect(resultLevel(page)).toHaveAttribute('data-care-level', 'emergency');
  await expect(page.getByRole('region', { name: /Get help now$/ })).toContainText('Where our sources disagree');
});

test('print carries the level, what you told us, lines for the physiotherapist’s notes and a QR code back to the filled-in checklist, on one A4 page', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  await answer(page, [{ finding: 'lump-behind-knee' }, { finding: 'immunosuppressed' }]);
  await showResult(page);
  await page.emulateMedia({ media: 'print' });
  const summary = page.locator('.print-summary');
  await expect(summary).toBeVisible();
  await expect(summary).toContainText('Result: Routine. Book an appointment with a GP or a physiotherapist');
  await expect(summary).toContainText('A lump behind your knee that you cannot explain');
  await expect(summary).toContainText('You have a weak immune system');
  await expect(summary).toContainText(/Date: \d{1,2} \w+ \d{4}/);
  await expect(summary.locator('.qr svg')).toBeVisible();
  await expect(summary.locator('.physio-notes')).toContainText('Notes from your physiotherapist');
  await expect(summary.locator('.physio-notes .ruled')).toHaveCount(5);
  await expect(page.getByRole('form', { name: 'Sign checklist' })).toBeHidden();
  expect(pageCount(await page.pdf({ format: 'A4', preferCSSPageSize: true })), 'the printed result').toBe(1);
});

test('the page with answers chosen and a result passes the axe sweep', async ({ page }) => {
  await page.goto(PAGE);
  await islandsHydrated(page);
  await answer(page, [{ finding: 'peeing-start' }, { finding: 'cancer-history' }]);
  await showResult(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('every question is there, the page says the result needs JavaScript, and a submit keeps the answers in the address', async ({ page, browser }) => {
    await page.goto(PAGE);
    // Playwright turns scripts off without telling the HTML parser, so <noscript> is not drawn
    // here as it is in a browser with JavaScript off: check that the page carries the message.
    expect(await page.locator('noscript').first().textContent()).toContain('This checklist needs JavaScript to show a result');
    await expect(page.locator('#q-cancer-nerve-symptom')).toBeVisible();
    await page.locator('label[for="q-peeing-start"]').click();
    await page.locator('label[for="none-saddle"]').click();
    await page.getByRole('button', { name: 'Show my result' }).click();
    await expect(page).toHaveURL(/flags=peeing-start/);
    await expect(page).toHaveURL(/none=saddle/);
    // Opened where the script runs, the same address brings the answers back.
    const scripted = await browser.newContext({ javaScriptEnabled: true });
    const withScript = await scripted.newPage();
    await withScript.goto(page.url());
    await islandsHydrated(withScript);
    await expect(withScript.locator('#q-peeing-start')).toBeChecked();
    await expect(withScript.locator('#none-saddle')).toBeChecked();
    await expect(withScript.getByRole('region', { name: /Get help now$/ })).toBeVisible();
    await scripted.close();
  });
});
