// Search from a reader's own words: the right page in the top three, the kind filter,
// shareable ?q= links, keyboard and screen-reader use, highlighting on arrival.
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator } from '@playwright/test';
import { READER_QUERIES } from './search-queries.ts';

const ARTICLE = '/articles/the-hidden-link-between-your-back-and-your-knee-pain/';

/** The page script has run once it has revealed the share button (hidden without script). */
async function loaderReady(page: import('@playwright/test').Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Share this page' })).toBeVisible();
}

/** How many results the summary reports for the current search. */
async function resultCount(scope: Locator): Promise<number> {
  const summary = scope.locator('pagefind-summary');
  await expect(summary).toContainText(/\d+ results? for/);
  return Number(/(\d+) results? for/.exec((await summary.textContent()) ?? '')![1]);
}

/** The paths of the first `n` results, once they have loaded (results load lazily). */
async function topResults(scope: Locator, n = 3): Promise<string[]> {
  const want = Math.min(n, await resultCount(scope));
  const links = scope.locator('pagefind-results .pf-result-link');
  await expect.poll(() => links.count()).toBeGreaterThanOrEqual(want);
  return (await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).slice(0, n);
}

for (const { query, expect: path } of READER_QUERIES) {
  test(`“${query}” finds ${path} in the top three`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    expect(await topResults(page.locator('main')), `top results for “${query}”`).toContain(path);
  });
}

test('the ?q= address fills the box, and the address follows a new search', async ({ page }) => {
  await page.goto('/search/?q=sciatica');
  const box = page.getByRole('searchbox').or(page.getByRole('combobox')).or(page.getByRole('textbox')).first();
  await expect(box).toHaveValue('sciatica');
  await topResults(page.locator('main'));
  await box.fill('bunion');
  await expect(page).toHaveURL(/\?q=bunion$/);
  await expect(page.locator('pagefind-summary')).toContainText('for bunion');
});

test('the kind filter narrows the results to one kind of page', async ({ page }) => {
  await page.goto('/search/?q=knee');
  const main = page.locator('main');
  const all = await resultCount(main);
  await main.locator('pagefind-filter-pane').getByText('Nerve').first().click();
  await expect.poll(() => resultCount(main)).toBeLessThan(all);
  const nerves = await topResults(main, 5);
  expect(nerves.length).toBeGreaterThan(0);
  expect(nerves.every((p) => p.startsWith('/nerves/')), nerves.join(', ')).toBe(true);
  await expect(main.locator('pagefind-results .result-kind').first()).toHaveText('Nerve');
});

test('a content page loads no search code until search is opened', async ({ page }) => {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(new URL(r.url()).pathname));
  await page.goto(ARTICLE);
  await loaderReady(page);
  await page.waitForLoadState('networkidle');
  expect(requests.filter((p) => p.includes('/pagefind/'))).toEqual([]);
  await page.getByRole('link', { name: 'Search' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(requests.some((p) => p.endsWith('pagefind-component-ui.js'))).toBe(true);
});

test('keyboard only: “/” opens search, arrows and Enter pick a result, its words are marked on arrival', async ({ page }) => {
  await page.goto(ARTICLE);
  await loaderReady(page);
  // Record what live regions announce (announcements are cleared again after a moment).
  await page.evaluate(() => {
    const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
    new MutationObserver((records) => {
      for (const r of records) {
        const region = (r.target instanceof Element ? r.target : r.target.parentElement)?.closest('[aria-live]');
        if (region?.textContent) heard.push(region.textContent);
      }
    }).observe(document.body, { subtree: true, childList: true, characterData: true });
  });
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog');
  await expect(dialog.locator('input')).toBeFocused();
  await page.keyboard.type('femoral');
  await topResults(dialog);
  // The count is announced to screen readers through a live region.
  await expect.poll(() => page.evaluate(() => (window as unknown as { heard: string[] }).heard.join(' | '))).toMatch(/\d+ results? for femoral/);
  await page.keyboard.press('ArrowDown');
  await expect(dialog.locator('.pf-result-link').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/nerves\/femoral-nerve\/\?highlight=femoral/);
  await expect(page.locator('.search-highlight').first()).toBeVisible();
});

test('Ctrl+K opens search, and Escape closes it with focus back where it was', async ({ page }) => {
  await page.goto(ARTICLE);
  await loaderReady(page);
  const contents = page.getByRole('navigation', { name: 'Contents' }).getByRole('link').first();
  await contents.focus();
  await page.keyboard.press('Control+k');
  await expect(page.getByRole('dialog')).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await expect(contents).toBeFocused();
});

test('the open search dialog passes the axe sweep', async ({ page }) => {
  await page.goto(ARTICLE);
  await loaderReady(page);
  await page.getByRole('link', { name: 'Search' }).click();
  await expect(page.getByRole('dialog').locator('input')).toBeFocused();
  await page.keyboard.type('nerve');
  await topResults(page.getByRole('dialog'));
  const results = await new AxeBuilder({ page }).include('dialog').withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`).join('; ')})`)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the search page still leads to every topic index', async ({ page }) => {
    await page.goto('/search/');
    await expect(page.getByText('Search needs JavaScript')).toBeVisible();
    const browse = page.getByRole('navigation', { name: 'Browse instead' });
    for (const name of ['All topics', 'Nerves and nerve roots', 'Conditions', 'Signs', 'Treatments and tests', 'All articles']) {
      await expect(browse.getByRole('link', { name })).toBeVisible();
    }
  });
});
