// The nerve map: root → areas on a drawing of the body, area → roots, two layers (skin, pain),
// by mouse, touch and keyboard, with the state in the URL, on every screen from 320 to 1920 px.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { REGION_LABELS } from '../src/data/regions.ts';
import { islandsHydrated } from './hydrated.ts';

const MAP = '/tools/nerve-map/';
const area = (page: Page, name: RegExp) => page.getByRole('button', { name });
const root = (page: Page, id: string) => page.getByRole('button', { name: new RegExp(`^${id}\\b`) });
const panel = (page: Page) => page.locator('.panel');
const escape = (s: string) => s.replace(/[()]/g, '\\$&');

test('picking L4 marks the inner shin and names the inner ankle bone as its test point', async ({ page }) => {
  await page.goto(MAP);
  await islandsHydrated(page);
  await root(page, 'L4').click();
  await expect(root(page, 'L4')).toHaveAttribute('aria-pressed', 'true');
  await expect(area(page, /^Inner shin \(main area\)$/)).toHaveAttribute('data-mark', 'primary');
  await expect(area(page, /^Inner knee \(partly\)$/)).toHaveAttribute('data-mark', 'secondary');
  await expect(area(page, /^Front of the knee \(kneecap area\) \(varies between maps\)$/)).toHaveAttribute('data-mark', 'variable');
  await expect(panel(page).getByRole('heading', { name: 'L4 nerve root' })).toBeVisible();
  await expect(panel(page)).toContainText('The bony bump on the inside of the ankle.');
  await expect(panel(page)).toContainText('main area: Inner shin; partly: Inner knee; varies between maps:');
  await expect(page).toHaveURL(/\?root=L4$/);
});

test('on a 390 × 844 phone, tapping a root shows the lit drawing and the answer’s heading at once', async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(MAP);
  await islandsHydrated(page);
  await root(page, 'L4').tap();
  await expect(panel(page).getByRole('heading', { name: 'L4 nerve root' })).toBeInViewport({ ratio: 1 });
  await expect(area(page, /^Inner shin \(main area\)$/)).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('group', { name: /Front view/ })).toBeInViewport({ ratio: 1 });
  await expect(page.getByRole('group', { name: /Back view/ })).toBeInViewport({ ratio: 1 });
  await context.close();
});

test('every region is a named control, and the parts of the body are labelled on the drawing', async ({ page }) => {
  await page.goto(MAP);
  await islandsHydrated(page);
  for (const label of Object.values(REGION_LABELS)) await expect(area(page, new RegExp(`^${escape(label)}( \\(|$)`)), label).toHaveCount(1);
  const drawing = page.getByRole('group', { name: 'Areas of the leg' });
  for (const part of ['Knee', 'Thigh', 'Shin', 'Calf', 'Foot', 'Buttock', 'Groin', 'Lower back', 'Heel']) await expect(drawing.getByText(part, { exact: true }).first(), part).toBeVisible();
  await expect(page.getByRole('group', { name: 'Front view, facing you' })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Back view, seen from behind' })).toBeVisible();
});

test('the pain layer lights other areas than the skin layer, and lives in the URL', async ({ page }) => {
  await page.goto(`${MAP}?root=L4`);
  await islandsHydrated(page);
  await expect(area(page, /^Outer thigh \(varies between maps\)$/)).toHaveAttribute('data-mark', 'variable');
  await page.getByText('Where pain is usually felt').click();
  await expect(page).toHaveURL(/\?root=L4&layer=pain$/);
  await expect(page.getByRole('radio', { name: 'Where pain is usually felt' })).toBeChecked();
  await expect(area(page, /^Inner knee \(main area\)$/)).toHaveAttribute('data-mark', 'primary');
  await expect(area(page, /^Outer thigh$/)).not.toHaveAttribute('data-mark');
  await expect(panel(page)).toContainText('Where pain is usually felt (main area: Front of the knee (kneecap area), Inner knee, Inner shin).');
});

test('a nerve shows its skin as skin, its joints apart, and on the pain layer only a sourced pain pattern', async ({ page }) => {
  await page.goto(`${MAP}?nerve=sciatic`);
  await islandsHydrated(page);
  // The back of the thigh is the sciatic nerve's deep course, not its skin (nerve-data.md §3).
  await expect(area(page, /^Back of (the )?thigh/)).not.toHaveAttribute('data-mark');
  await expect(area(page, /^Calf/)).toHaveAttribute('data-mark', 'primary');
  await expect(panel(page)).toContainText('Joints and deep parts (not skin)');
  await page.goto(`${MAP}?nerve=tibial&layer=pain`);
  await islandsHydrated(page);
  await expect(panel(page)).toContainText('Our sources give no pain pattern for this nerve');
  await expect(panel(page)).toContainText('Where pain is usually felt: no area drawn.');
  await expect(page.locator('[data-mark]')).toHaveCount(0);
});

test('an address with layer=pain opens on the pain layer', async ({ page }) => {
  await page.goto(`${MAP}?root=L4&layer=pain`);
  await islandsHydrated(page);
  await expect(page.getByRole('radio', { name: 'Where pain is usually felt' })).toBeChecked();
  await expect(area(page, /^Inner knee \(main area\)$/)).toHaveAttribute('data-mark', 'primary');
});

test('picking the inner knee lists L3 and the nerves that serve it, with cited notes', async ({ page }) => {
  await page.goto(MAP);
  await islandsHydrated(page);
  await area(page, /^Inner knee/).click();
  await expect(area(page, /^Inner knee/)).toHaveAttribute('aria-pressed', 'true');
  await expect(panel(page).getByRole('heading', { name: 'Inner knee' })).toBeVisible();
  await expect(panel(page)).toContainText('L3 (main area)');
  await expect(panel(page)).toContainText('Saphenous nerve');
  await expect(root(page, 'L3')).toHaveAccessibleName('L3, main area');
  await expect(panel(page)).toContainText('Source: StatPearls: the saphenous nerve');
  await expect(page).toHaveURL(/\?region=inner_knee$/);
});

test('sources are shown by name, and the full references are one tap away', async ({ page }) => {
  await page.goto(`${MAP}?root=L3`);
  await islandsHydrated(page);
  await expect(panel(page).getByRole('link', { name: 'Harrison’s Principles of Internal Medicine' }).first()).toHaveAttribute('href', /\/about\/#ref-S6$/);
  await expect(panel(page)).not.toContainText(/\bS6\b/);
  await panel(page).getByText(/Full references for this answer/).click();
  await expect(panel(page).getByRole('link', { name: /Harrison’s Principles of Internal Medicine, 19th edition/ })).toBeVisible();
});

test('the same, keyboard only: a hint says how; arrows move within a group, Enter and Space pick', async ({ page }) => {
  await page.goto(MAP);
  await islandsHydrated(page);
  await expect(page.getByText('Keyboard: Tab moves between groups, arrow keys move within a group, Enter or Space picks.')).toBeVisible();
  await root(page, 'L3').focus();
  await page.keyboard.press('ArrowRight');
  await expect(root(page, 'L4')).toBeFocused();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/\?root=L4$/);
  await expect(panel(page)).toContainText('The bony bump on the inside of the ankle');
  // Tab leaves the roots group (one tab stop per group) for the areas of the drawing.
  await page.keyboard.press('Tab');
  await expect(area(page, /^Inner knee/)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(panel(page)).toContainText('L3 (main area)');
  await page.keyboard.press('ArrowDown');
  await expect(area(page, /^Outer shin/)).toBeFocused();
});

test('after “Reset the map”, focus goes back to the control that was used', async ({ page }) => {
  await page.goto(MAP);
  await islandsHydrated(page);
  await root(page, 'L5').click();
  await page.getByRole('button', { name: 'Reset the map' }).click();
  await expect(panel(page).getByRole('heading', { name: 'How to use the map' })).toBeVisible();
  await expect(root(page, 'L5')).toBeFocused();
  await area(page, /^Calf/).click();
  await page.getByRole('button', { name: 'Reset the map' }).press('Enter');
  await expect(area(page, /^Calf/)).toBeFocused();
});

test('?root=L5 opens with L5 selected; the URL follows every pick, and one Back leaves the map', async ({ page }) => {
  await page.goto('/tools/');
  await page.goto(`${MAP}?root=L5`);
  await islandsHydrated(page);
  await expect(root(page, 'L5')).toHaveAttribute('aria-pressed', 'true');
  await expect(panel(page).getByRole('heading', { name: 'L5 nerve root' })).toBeVisible();
  await page.getByRole('button', { name: 'Femoral nerve' }).click();
  await expect(page).toHaveURL(/\?nerve=femoral$/);
  await area(page, /^Calf/).click();
  await expect(page).toHaveURL(/\?region=calf$/);
  await page.getByRole('button', { name: 'Reset the map' }).click();
  await expect(page).toHaveURL(new RegExp(`${MAP}$`));
  await expect(panel(page).getByRole('heading', { name: 'How to use the map' })).toBeVisible();
  // Picks replace the map's history entry, never add one.
  await page.goBack();
  await expect(page).toHaveURL(/\/tools\/$/);
});

for (const query of ['?utm_source=newsletter', '?fbclid=abc123']) {
  test(`a parameter the map does not own (${query}) leaves the map as without it: nothing picked`, async ({ page }) => {
    await page.goto(`${MAP}${query}`);
    await islandsHydrated(page);
    await expect(panel(page).getByRole('heading', { name: 'How to use the map' })).toBeVisible();
    await expect(page.locator('[aria-pressed="true"]')).toHaveCount(0);
  });
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const query of ['?nerve=sciatic', '?root=L5&layer=pain']) {
    test(`the map at ${query} passes the axe sweep (${colorScheme})`, async ({ page }) => {
      // A full axe sweep of a tool page takes 20–45 s of CPU on the shared 2-core machine.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await page.goto(`${MAP}${query}`);
      await islandsHydrated(page);
      await expect(panel(page).getByRole('heading')).toHaveCount(1);
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}

for (const width of [320, 390, 768, 1024, 1280, 1920]) {
  test(`no sideways scrolling at ${width} px, and the answer is readable`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(`${MAP}?root=L4`);
    await islandsHydrated(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${width} px`).toBeLessThanOrEqual(0);
    // Readable: the answer is at least 15 em wide (about 35 characters a line) at 320 px, and wider above.
    const { panelWidth, em } = await panel(page).evaluate((el) => ({ panelWidth: el.getBoundingClientRect().width, em: parseFloat(getComputedStyle(el).fontSize) }));
    expect(panelWidth / em, `${width} px`).toBeGreaterThanOrEqual(width <= 320 ? 15 : 18);
  });
}

test('on a phone the table stacks: every column’s name is beside its value, nothing scrolls sideways', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(MAP);
  const row = page.getByRole('table', { name: /Which nerve roots and nerves serve each area/ }).getByRole('row', { name: /Inner knee/ });
  const cells = row.getByRole('cell');
  await expect(cells).toHaveCount(6);
  for (const cell of await cells.all()) {
    await cell.scrollIntoViewIfNeeded();
    const box = (await cell.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(320);
  }
  const labels = await cells.evaluateAll((tds) => tds.map((td) => getComputedStyle(td, '::before').content));
  expect(labels).toEqual(['"Roots: main area"', '"Roots: partly"', '"Roots: varies between maps"', '"Root pain often felt here"', '"Nerves: skin"', '"Nerves: joint or deep (not skin)"']);
});

for (const [width, height] of [[390, 844], [1280, 900]] as const) {
  test(`a screenshot of the map at ${width} px, for review (test-results/screenshots/)`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    await page.goto(MAP);
    await islandsHydrated(page);
    await root(page, 'L4').click();
    await expect(panel(page).getByRole('heading', { name: 'L4 nerve root' })).toBeInViewport();
    await page.screenshot({ path: `test-results/screenshots/nerve-map-${width}.png` });
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the page carries the same facts as a table, and the server render never shows a pick the address did not ask for', async ({ page }) => {
    for (const query of ['', '?root=L4', '?nerve=sciatic']) {
      await page.goto(`${MAP}${query}`);
      const table = page.getByRole('table', { name: /Which nerve roots and nerves serve each area/ });
      await expect(table.getByRole('row')).toHaveCount(17);
      await expect(table.getByRole('row', { name: /Inner knee/ })).toContainText('L3');
      await expect(panel(page).getByRole('heading', { name: 'How to use the map' }), query).toBeVisible();
      await expect(page.locator('[aria-pressed="true"]'), query).toHaveCount(0);
      await expect(page.getByRole('heading', { name: 'Read the map with care' })).toBeVisible();
    }
  });
});

test('a nerve topic page embeds a static drawing focused on that nerve, linking to the full map', async ({ page }) => {
  await page.goto('/nerves/femoral-nerve/');
  await islandsHydrated(page);
  const embed = page.getByRole('region', { name: 'On the nerve map' });
  const figure = embed.getByRole('img', { name: /^Drawing of the legs from the front and from behind, showing where the skin feels it for the femoral nerve on the right leg: main area: Front of the thigh/ });
  await figure.scrollIntoViewIfNeeded();
  await expect(figure).toBeVisible();
  await expect.poll(() => figure.evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : 0))).toBeGreaterThan(0);
  await expect(embed.locator('script, astro-island')).toHaveCount(0);
  await embed.getByRole('link', { name: 'Open this in the full nerve map' }).click();
  await expect(page).toHaveURL(/\/tools\/nerve-map\/\?nerve=femoral$/);
  await islandsHydrated(page);
  await expect(page.getByRole('button', { name: 'Femoral nerve' })).toHaveAttribute('aria-pressed', 'true');
});

test('under forced colours the pressed root stands out in the system selection colour', async ({ page }) => {
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(`${MAP}?root=L4`);
  await islandsHydrated(page);
  await expect(root(page, 'L4')).toHaveAttribute('aria-pressed', 'true');
  const background = (id: string) => root(page, id).evaluate((el) => getComputedStyle(el).backgroundColor);
  // The system's Highlight colour, as this browser computes it.
  const highlight = await page.evaluate(() => {
    const probe = document.body.appendChild(document.createElement('span'));
    probe.style.cssText = 'forced-color-adjust: none; background: Highlight';
    const colour = getComputedStyle(probe).backgroundColor;
    probe.remove();
    return colour;
  });
  expect(await background('L4')).toBe(highlight);
  expect(await background('L3')).not.toBe(highlight);
});
