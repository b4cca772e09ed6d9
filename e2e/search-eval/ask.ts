// Types each evaluation query into the real /search/ page of the built site and reads the top
// three, as a reader would see them. Plain locator waits (no test `expect`), so both the
// Playwright spec and the benchmark script use it.
import type { Page } from '@playwright/test';
import type { Answer, EvalQuery } from './eval-set.ts';

/** The answers to `queries` on /search/ (the page must be open at `origin`). */
export async function askAll(page: Page, origin: string, queries: readonly EvalQuery[]): Promise<Answer[]> {
  await page.goto(`${origin}/search/`);
  const main = page.locator('#search-page');
  const box = main.getByRole('searchbox');
  const answers: Answer[] = [];
  for (const query of queries) {
    await box.fill('');
    // An emptied box clears the status line.
    await page.waitForFunction(() => document.querySelector('#search-page [role="status"]')?.textContent === '');
    await box.fill(query.query);
    await main.getByRole('status').filter({ hasText: /results? for|No results for/ }).waitFor({ timeout: 30_000 });
    const top = (await main.locator('.result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).slice(0, 3);
    answers.push({ query, top });
  }
  return answers;
}
