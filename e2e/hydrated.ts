// Waits until a page's islands have hydrated: Astro removes an island's `ssr` attribute once
// its component runs in the browser. Tests that use an island's behaviour start here.
import { expect, type Page } from '@playwright/test';

/** Resolves when every island on the page has hydrated (scrolling them into view, for client:visible). */
export async function islandsHydrated(page: Page): Promise<void> {
  for (const island of await page.locator('astro-island').all()) {
    await island.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr');
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
