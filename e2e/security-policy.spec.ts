// Every page under its own Content Security Policy (the <meta> the build writes, the same policy
// _headers gives hosts that read it): loaded, its islands hydrated and, on the search page, a
// search run (worker, WebAssembly, index files), with no violation reported and no error.
import { expect, test, type Page } from '@playwright/test';
import { islandsHydrated } from './hydrated.ts';
import { topResults } from './search-helpers.ts';
import { sitePaths } from './site-pages.ts';

/** Starts recording the page's CSP violations, before any of its scripts run. */
async function recordViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  page.on('console', (m) => { if (/Content Security Policy/i.test(m.text())) seen.push(m.text()); });
  page.on('pageerror', (e) => seen.push(`page error: ${e.message}`));
  await page.exposeFunction('reportViolation', (v: string) => seen.push(v));
  await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { reportViolation: (v: string) => void }).reportViolation(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`)));
  return seen;
}

test('every page loads and hydrates under its policy with no violation', async ({ page }) => {
  test.setTimeout(300_000);
  const seen = await recordViolations(page);
  const paths = sitePaths();
  expect(paths.length).toBeGreaterThan(60);
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]'), path).toHaveAttribute('content', /script-src 'self'/);
    await islandsHydrated(page);
    expect(seen, path).toEqual([]);
  }
});

test('search (worker, WebAssembly, index) and the handout’s QR code run under the policy', async ({ page }) => {
  const seen = await recordViolations(page);
  await page.goto('/search/?q=sciatica');
  expect((await topResults(page.locator('#search-page'))).length).toBeGreaterThan(0);
  // The dialog's search too, from an article.
  await page.goto('/articles/back-disorders-and-knee-pain/');
  await page.getByRole('link', { name: 'Search' }).click();
  await page.getByRole('dialog').getByRole('searchbox').fill('femoral nerve');
  expect((await topResults(page.getByRole('dialog'))).length).toBeGreaterThan(0);
  await page.goto('/handout/?pages=nerves/sciatic-nerve');
  await islandsHydrated(page);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('img', { name: /^QR code of / })).toBeVisible();
  expect(seen).toEqual([]);
});

test('the policy is enforced: an inline script the build did not hash does not run', async ({ page }) => {
  const seen = await recordViolations(page);
  await page.goto('/about/');
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true';
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  await expect.poll(() => seen.length).toBeGreaterThan(0);
});
