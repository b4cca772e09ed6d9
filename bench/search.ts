// Benchmark: what a first search costs a reader on a cold cache, and how well the reader-query
// list is answered. On an article page (already loaded) the reader presses "/" and types a
// query; on /search/?q= the page opens searching. We measure the time from the last key (or
// the navigation) to the first result on screen, the bytes downloaded for it (gzip, as a
// production host would send them), and the longest main-thread task meanwhile, on a desktop
// CPU and with Lighthouse's mobile slowdown (4× CPU). Then the share of e2e/search-queries.ts
// found first and in the top three.
//
// Usage: node bench/search.ts [--port 4510 | --url http://127.0.0.1:4321] [--runs 5] [--no-queries]
// (--url measures a preview server that is already running)
import { chromium, type Browser, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { findBrowser } from '../e2e/find-browser.ts';
import { READER_QUERIES } from '../e2e/search-queries.ts';
import { serveDist } from './serve-dist.ts';
import { ownProcesses, slowBrowser } from './slow-browser.ts';

/** What one first search cost. */
export interface Sample {
  ms: number;
  gzipBytes: number;
  /** Requests the search made (from the first key, or the navigation). */
  requests: number;
  longestTaskMs: number;
}

/** The ways a first search starts: the dialog on an article, typing on /search/, arriving at /search/?q=. */
export type Flow = 'dialog' | 'page' | 'arrive';

/** Phone-speed CPU: Lighthouse's mobile throttling. */
export const PHONE_SLOWDOWN = 4;

/** The CPUs a first search is measured on: name, slowdown, whether the whole browser (workers too) is slowed. */
export const CPUS = [
  ['desktop', 1, false],
  ['phone (4× main thread)', PHONE_SLOWDOWN, false],
  ['phone (4× whole browser)', PHONE_SLOWDOWN, true],
] as const;

const ARTICLE = '/articles/back-disorders-and-knee-pain/';

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
}

/** From now on, counts the page's responses and their bytes (gzip, as a host would send them). */
export async function watchBytes(page: Page): Promise<() => Promise<{ bytes: number; requests: number }>> {
  const responses: Promise<number>[] = [];
  page.on('response', (response) => {
    // Pagefind's index files are already compressed; everything else is gzipped as a host would.
    responses.push(response.body().then((body) => (/\.pf_|\.pagefind$/.test(response.url()) ? body.length : gzipSync(body).length), () => 0));
  });
  return async () => ({ bytes: (await Promise.all(responses)).reduce((n, b) => n + b, 0), requests: responses.length });
}

/** Records long main-thread tasks (over 50 ms) from page start; returns the longest since `since`. */
export async function watchTasks(page: Page): Promise<(since: number) => Promise<number>> {
  await page.addInitScript(() => {
    const tasks: [number, number][] = ((window as unknown as { tasks: [number, number][] }).tasks = []);
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  });
  return (since) => page.evaluate((t) => Math.max(0, ...(window as unknown as { tasks: [number, number][] }).tasks.filter(([s, d]) => s + d >= t).map(([, d]) => d)), since);
}

/** A reader's typing pace: a key every 100 ms (a fast typist; the engine loads meanwhile). */
export const KEY_DELAY_MS = 100;

/** A fresh browser (cold cache) and page, slowed `slowdown` times: the page's main thread only
 * (Chromium's throttling), or with `whole` every process and thread of the browser
 * (slow-browser.ts). `release` ends the slowing; close the browser after it. */
export async function slowedPage(slowdown: number, whole: boolean): Promise<{ browser: Browser; page: Page; release: () => void }> {
  const before = ownProcesses();
  const browser = await chromium.launch({ executablePath: findBrowser() });
  const release = slowdown > 1 && whole ? slowBrowser(before, slowdown) : () => undefined;
  const page = await browser.newPage();
  if (slowdown > 1 && !whole) await (await page.context().newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  return { browser, page, release };
}

/** One first search, cold cache, in a fresh browser. The clock starts at the last key (or, for
 * `arrive`, at navigation) and stops when the status line reports the finished search. The CPU
 * is slowed as `slowedPage` says. */
export async function firstSearch(url: string, flow: Flow, query: string, slowdown = 1, whole = false): Promise<Sample> {
  const { browser, page, release } = await slowedPage(slowdown, whole);
  try {
    const longest = await watchTasks(page);
    await page.addInitScript((q) => {
      const w = window as unknown as { lastKey: number; done?: number };
      w.lastKey = 0;
      document.addEventListener('keyup', () => (w.lastKey = performance.now()), true);
      // The status line ends "N results for <query>." or says "No results for <query>." once done.
      new MutationObserver(() => {
        const finished = (text: string) => text.includes(`results for ${q}`) || text.includes(`result for ${q}`) || text.includes(`No results for ${q}`);
        if (w.done === undefined && [...document.querySelectorAll('[role="status"]')].some((s) => finished(s.textContent ?? ''))) w.done = performance.now();
      }).observe(document, { subtree: true, childList: true, characterData: true });
    }, query);
    let bytes: () => Promise<{ bytes: number; requests: number }>;
    if (flow === 'dialog') {
      await page.goto(`${url}${ARTICLE}`, { waitUntil: 'networkidle' });
      // The page script has run once it reveals the share button (slow on a throttled CPU).
      await page.getByRole('button', { name: 'Share this page' }).waitFor();
      bytes = await watchBytes(page);
      await page.keyboard.press('/');
      await page.getByRole('dialog').getByRole('searchbox').pressSequentially(query, { delay: KEY_DELAY_MS });
    } else if (flow === 'page') {
      bytes = await watchBytes(page);
      await page.goto(`${url}/search/`, { waitUntil: 'commit' });
      await page.locator('#search-page').getByRole('searchbox').pressSequentially(query, { delay: KEY_DELAY_MS });
    } else {
      bytes = await watchBytes(page);
      await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    }
    await page.waitForFunction(() => (window as unknown as { done?: number }).done !== undefined, null, { timeout: 60_000, polling: 50 });
    const { lastKey, done } = await page.evaluate(() => {
      const w = window as unknown as { lastKey: number; done: number };
      return { lastKey: w.lastKey, done: w.done };
    });
    await page.waitForTimeout(300);
    const start = flow === 'arrive' ? 0 : lastKey;
    // Long tasks from the page's start: loading the engine while the reader types counts too.
    const fetched = await bytes();
    return { ms: Math.round(done - start), gzipBytes: fetched.bytes, requests: fetched.requests, longestTaskMs: Math.round(await longest(0)) };
  } finally {
    release();
    await browser.close();
  }
}

/** The median of each figure over `runs` first searches (`whole`: the whole browser slowed, workers too). */
export async function medianSearch(url: string, flow: Flow, query: string, slowdown: number, runs: number, whole = false): Promise<Sample> {
  return medianOf(runs, () => firstSearch(url, flow, query, slowdown, whole));
}

/** The median of each figure over `runs` samples taken one after another. */
export async function medianOf(runs: number, take: () => Promise<Sample>): Promise<Sample> {
  const samples: Sample[] = [];
  for (let i = 0; i < runs; i++) samples.push(await take());
  const median = (pick: (s: Sample) => number) => samples.map(pick).sort((a, b) => a - b)[Math.floor(runs / 2)]!;
  return { ms: median((s) => s.ms), gzipBytes: median((s) => s.gzipBytes), requests: median((s) => s.requests), longestTaskMs: median((s) => s.longestTaskMs) };
}

/** A markdown table row for a sample. */
export function row(cells: (string | number)[], s: Sample): string {
  return `| ${[...cells, s.ms, (s.gzipBytes / 1024).toFixed(1), s.longestTaskMs].join(' | ')} |`;
}

/** The table header matching `row`. */
export const HEADER = (first: string[]) => `| ${[...first, 'ms to first result', 'kB gzip', 'longest task (ms)'].join(' | ')} |\n|${' --- |'.repeat(first.length + 3)}`;

/** Share of the reader-query list with an expected page first and in the top three (search page). */
async function queryShares(url: string): Promise<string> {
  const browser = await chromium.launch({ executablePath: findBrowser() });
  const page = await browser.newPage();
  let top1 = 0;
  let top3 = 0;
  let none = 0;
  await page.goto(`${url}/search/`);
  const box = page.locator('#search-page').getByRole('searchbox');
  const status = page.locator('#search-page').getByRole('status');
  for (const { query, expect } of READER_QUERIES) {
    await box.fill('');
    // An emptied box clears the status line (which is then hidden).
    await page.waitForFunction(() => document.querySelector('#search-page [role="status"]')?.textContent === '');
    await box.fill(query);
    await status.filter({ hasText: /results? for|No results for/ }).waitFor({ timeout: 30_000 });
    const top = (await page.locator('.result-link').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname))).slice(0, 3);
    top1 += Number(expect.includes(top[0] ?? ''));
    top3 += Number(top.some((p) => expect.includes(p)));
    none += Number(top.length === 0);
  }
  await browser.close();
  const pct = (n: number) => `${((100 * n) / READER_QUERIES.length).toFixed(0)} %`;
  return `Reader-query list (${READER_QUERIES.length} queries): top-1 ${top1} (${pct(top1)}), top-3 ${top3} (${pct(top3)}), no result ${none}.`;
}

// Run as a script (npm run bench:search), not when imported by the scale benchmark.
if (import.meta.main) {
  const runs = option('runs', 5);
  const at = process.argv.indexOf('--url');
  const server = at > 0 ? { url: process.argv[at + 1]!, stop: () => undefined } : await serveDist(option('port', 4510));
  try {
    const rows: string[] = [];
    for (const flow of ['dialog', 'page', 'arrive'] as const) {
      for (const [cpu, slowdown, whole] of CPUS) {
        for (const query of ['femoral', 'slipped disc', 'knee']) rows.push(row([flow, cpu, query], await medianSearch(server.url, flow, query, slowdown, runs, whole)));
      }
    }
    console.log(`First search on a cold cache (median of ${runs} runs, local preview server, Chromium)\n`);
    console.log(HEADER(['flow', 'CPU', 'query']));
    console.log(rows.join('\n'));
    if (!process.argv.includes('--no-queries')) console.log(`\n${await queryShares(server.url)}`);
  } finally {
    server.stop();
  }
}
