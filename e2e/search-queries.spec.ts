// The reader-query list (e2e/search-queries.ts) through the real search page and the dialog:
// at least 90 % must bring an expected page into the top three, every warning-sign query must
// bring the warning signs first, none of the covered queries may find nothing, and
// out-of-scope questions must get the "nothing on this site" help.
import { expect as baseExpect, test, type Locator, type Page } from '@playwright/test';
import { OUT_OF_SCOPE, READER_QUERIES, URGENT, type ReaderQuery } from './search-queries.ts';
import { ARTICLE, loaderReady, openDialog, topResults } from './search-helpers.ts';

// A search can take seconds on the shared 2-core machine (a first one downloads the engine).
const expect = baseExpect.configure({ timeout: 15_000 });

const TOP3_TARGET = 0.9;

/** Runs every query through `ask` and checks the shares; misses are listed in the failure. */
async function checkList(ask: (query: string) => Promise<string[]>): Promise<void> {
  const misses: string[] = [];
  const empty: string[] = [];
  const urgentNotFirst: string[] = [];
  const byKind = new Map<ReaderQuery['kind'], [number, number]>();
  for (const { query, kind, expect: want } of READER_QUERIES) {
    const top = await ask(query);
    const hit = top.some((p) => want.includes(p));
    if (top.length === 0) empty.push(query);
    if (want.includes(URGENT) && top[0] !== URGENT) urgentNotFirst.push(`“${query}” → ${top.join(', ') || 'nothing'}`);
    if (!hit) misses.push(`“${query}” → ${top.join(', ') || 'nothing'} (wanted ${want.join(' or ')})`);
    const [found, all] = byKind.get(kind) ?? [0, 0];
    byKind.set(kind, [found + Number(hit), all + 1]);
  }
  test.info().annotations.push({ type: 'top-3 by kind', description: [...byKind].map(([k, [f, a]]) => `${k} ${f}/${a}`).join(', ') });
  expect(empty, 'covered queries that found nothing').toEqual([]);
  // A reader describing a warning sign must see the warning signs first, not in the top three.
  expect(urgentNotFirst, 'warning-sign queries whose first result is not the warning signs').toEqual([]);
  const share = 1 - misses.length / READER_QUERIES.length;
  expect(share, `top-3 share ${share.toFixed(2)}; misses:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(TOP3_TARGET);
}

/** Types a query into a search box and reads the top three. */
async function ask(scope: Locator, query: string): Promise<string[]> {
  const box = scope.getByRole('searchbox');
  await box.fill('');
  await expect(scope.getByRole('status')).toHaveText('');
  await box.fill(query);
  return topResults(scope);
}

test.describe('the reader-query list', () => {
  test.describe.configure({ timeout: 300_000 });

  test('typed into the /search/ page', async ({ page }) => {
    await page.goto('/search/');
    const main = page.locator('#search-page');
    await checkList((query) => ask(main, query));
  });

  test('typed into the dialog on an article', async ({ page }) => {
    await page.goto(ARTICLE);
    await loaderReady(page);
    const dialog = await openDialog(page);
    await checkList((query) => ask(dialog, query));
  });
});

async function expectNothingHelp(page: Page, scope: Locator, query: string): Promise<void> {
  await expect(scope.getByRole('heading', { name: `Nothing on this site matches “${query}”` })).toBeVisible();
  await expect(scope.locator('.result-link')).toHaveCount(0);
  await expect(scope.getByRole('link', { name: 'Warning signs: when to get help now' })).toBeVisible();
  await expect(scope.getByRole('link', { name: /Sign checklist/ })).toBeVisible();
  await expect(scope.getByRole('link', { name: 'All topics' })).toBeVisible();
  void page;
}

for (const query of OUT_OF_SCOPE) {
  test(`“${query}” (not on this site) gets the nothing-found help, not loose matches`, async ({ page }) => {
    await page.goto(`/search/?q=${encodeURIComponent(query)}`);
    await expectNothingHelp(page, page.locator('#search-page'), query);
  });
}

test('the dialog shows the same help for an out-of-scope question', async ({ page }) => {
  await page.goto(ARTICLE);
  await loaderReady(page);
  const dialog = await openDialog(page);
  await dialog.getByRole('searchbox').fill('tennis elbow');
  await expectNothingHelp(page, dialog, 'tennis elbow');
});
