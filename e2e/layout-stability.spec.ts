// No layout shift while a page loads and its islands hydrate (CLS sources: late content,
// controls revealed by script, islands whose first render differs from the server's).
import { expect, test } from '@playwright/test';
import { islandsHydrated } from './hydrated.ts';

const PAGES = ['/tools/nerve-map/', '/tools/sign-checklist/', '/articles/the-hidden-link-between-your-back-and-your-knee-pain/', '/nerves/femoral-nerve/'];

test('the search page barely moves while results for a shared ?q= link arrive', async ({ page }) => {
  await page.addInitScript(() => {
    const total = ((window as unknown as { cls: number[] }).cls = [0]);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total[0]! += entry.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('/search/?q=sciatica');
  // A first search can take seconds on the shared 2-core machine.
  await expect(page.locator('.result-link').first()).toBeVisible({ timeout: 20_000 });
  await page.waitForTimeout(500);
  // The page reserves room for the box and first results before the script fills it.
  expect(await page.evaluate(() => (window as unknown as { cls: number[] }).cls[0])).toBeLessThan(0.01);
});

for (const path of PAGES) {
  test(`nothing moves while ${path} loads and hydrates`, async ({ page }) => {
    await page.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = ((window as unknown as { shifts: typeof shifts }).shifts = []);
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources?: { node?: Node }[] })[]) {
          if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: (entry.sources ?? []).map((s) => (s.node as Element | undefined)?.outerHTML?.slice(0, 80) ?? '?') });
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(path);
    await islandsHydrated(page);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const shifts = await page.evaluate(() => (window as unknown as { shifts: { value: number; sources: string[] }[] }).shifts);
    expect(shifts, `layout shifts on ${path}`).toEqual([]);
  });
}
