// What a reader's browser fetches and waits for on either site of the peer benchmark: the first
// view of an article (every request until the network is idle, gzip as a host would send it)
// and Starlight's first search (its button, then Pagefind's own interface), measured the way
// bench/search.ts measures ours: from the last key to the first result on screen.
import { chromium } from '@playwright/test';
import { findBrowser } from '../e2e/find-browser.ts';
import { KEY_DELAY_MS, slowedPage, watchBytes, watchTasks, type Sample } from './search.ts';

/** What a first view of one page cost: bytes (gzip) and requests. */
export interface View {
  gzipBytes: number;
  requests: number;
}

/** Loads `path` in a fresh browser with a cold cache; counts everything until the network is idle. */
export async function firstView(url: string, path: string): Promise<View> {
  const browser = await chromium.launch({ executablePath: findBrowser() });
  try {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const fetched = await watchBytes(page);
    const response = await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
    if (!response?.ok()) throw new Error(`${url}${path} answered ${response?.status()}`);
    const { bytes, requests } = await fetched();
    return { gzipBytes: bytes, requests };
  } finally {
    await browser.close();
  }
}

/** One first search on a Starlight page, cold cache: open the search, type `query`, first result (slowed as `firstSearch`). */
export async function starlightSearch(url: string, path: string, query: string, slowdown = 1, whole = false): Promise<Sample> {
  const { browser, page, release } = await slowedPage(slowdown, whole);
  try {
    const longest = await watchTasks(page);
    await page.addInitScript(() => {
      const w = window as unknown as { lastKey: number; done?: number };
      w.lastKey = 0;
      document.addEventListener('keyup', () => (w.lastKey = performance.now()), true);
      new MutationObserver(() => {
        if (w.done === undefined && document.querySelector('.pagefind-ui__result')) w.done = performance.now();
      }).observe(document, { subtree: true, childList: true });
    });
    await page.goto(`${url}${path}`, { waitUntil: 'networkidle' });
    // Starlight enables its search button once its script has run.
    const button = page.locator('site-search button[data-open-modal]:not([disabled])');
    await button.waitFor();
    const fetched = await watchBytes(page);
    await button.click();
    await page.locator('dialog .pagefind-ui__search-input').pressSequentially(query, { delay: KEY_DELAY_MS });
    await page.waitForFunction(() => (window as unknown as { done?: number }).done !== undefined, null, { timeout: 60_000, polling: 50 });
    const { lastKey, done } = await page.evaluate(() => {
      const w = window as unknown as { lastKey: number; done: number };
      return { lastKey: w.lastKey, done: w.done };
    });
    await page.waitForTimeout(300);
    const { bytes, requests } = await fetched();
    return { ms: Math.round(done - lastKey), gzipBytes: bytes, requests, longestTaskMs: Math.round(await longest(0)) };
  } finally {
    release();
    await browser.close();
  }
}
