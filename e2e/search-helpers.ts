// Driving search as a reader does, for the search tests: wait for a search to finish and read
// its results and status.
import { expect, type Locator, type Page } from '@playwright/test';

export const ARTICLE = '/articles/back-disorders-and-knee-pain/';

/**
 * Resolves once the search in `scope` has finished: results or the nothing-found help are shown.
 * A first search downloads the engine; on the shared 2-core machine that can take seconds.
 */
export async function searched(scope: Locator): Promise<void> {
  await expect(scope.getByRole('status')).toHaveText(/results? for|No results for/, { timeout: 20_000 });
}

/** The paths of the first `n` results in `scope` after a search. */
export async function topResults(scope: Locator, n = 3): Promise<string[]> {
  await searched(scope);
  return (await scope.locator('.result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).slice(0, n);
}

/** The page script has run once it has revealed the share button (hidden without script). */
export async function loaderReady(page: Page): Promise<void> {
  await expect(page.getByRole('button', { name: 'Share this page' })).toBeVisible();
}

/** Opens the search dialog from the header control and returns it. */
export async function openDialog(page: Page): Promise<Locator> {
  await page.getByRole('link', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  return dialog;
}
