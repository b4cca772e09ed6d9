// Benchmark: what a first search costs a reader on a cold cache. On an article page (already
// loaded), the reader presses "/" and types a query; we measure the time until the first
// result link is on screen and the bytes downloaded for it, as served and as gzip (what a
// production host would send). Also the same for opening /search/?q= directly.
import { chromium, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { findBrowser } from '../e2e/find-browser.ts';
import { serveDist } from './serve-dist.ts';

const QUERIES = ['femoral', 'slipped disc', 'steroid injection'];
const RUNS = 5;

/** What one first search cost. */
export interface Sample {
  ms: number;
  servedBytes: number;
  gzipBytes: number;
}

async function watchBytes(page: Page): Promise<() => Promise<{ servedBytes: number; gzipBytes: number }>> {
  const responses: Promise<[number, number]>[] = [];
  page.on('response', (response) => {
    responses.push(
      response.body().then(
        (body) => [body.length, response.url().endsWith('.pf_fragment') || response.url().includes('.pf_') ? body.length : gzipSync(body).length],
        () => [0, 0],
      ),
    );
  });
  return async () => {
    const sizes = await Promise.all(responses);
    return { servedBytes: sizes.reduce((n, [s]) => n + s, 0), gzipBytes: sizes.reduce((n, [, g]) => n + g, 0) };
  };
}

/** One first search from the dialog on an article page: ms to the first result and bytes. */
export async function dialogSearch(url: string, query: string, article = '/articles/the-hidden-link-between-your-back-and-your-knee-pain/'): Promise<Sample> {
  const browser = await chromium.launch({ executablePath: findBrowser() });
  const page = await browser.newPage();
  await page.goto(`${url}${article}`, { waitUntil: 'networkidle' });
  const bytes = await watchBytes(page);
  const start = Date.now();
  await page.keyboard.press('/');
  await page.locator('pagefind-input input').fill(query);
  await page.locator('pagefind-results .pf-result-link').first().waitFor();
  const ms = Date.now() - start;
  const sample = { ms, ...(await bytes()) };
  await browser.close();
  return sample;
}

async function deepLinkSearch(url: string, query: string): Promise<Sample> {
  const browser = await chromium.launch({ executablePath: findBrowser() });
  const page = await browser.newPage();
  const bytes = await watchBytes(page);
  const start = Date.now();
  await page.goto(`${url}/search/?q=${encodeURIComponent(query)}`);
  await page.locator('pagefind-results .pf-result-link').first().waitFor();
  const sample = { ms: Date.now() - start, ...(await bytes()) };
  await browser.close();
  return sample;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

// Run as a script (npm run bench:search), not when imported by the scale benchmark.
if (import.meta.main) await main();

async function main(): Promise<void> {
const server = await serveDist(4510);
try {
  const rows: string[] = [];
  for (const [label, run] of [['dialog on an article', dialogSearch], ['/search/?q= page load', deepLinkSearch]] as const) {
    for (const query of QUERIES) {
      const samples: Sample[] = [];
      for (let i = 0; i < RUNS; i++) samples.push(await run(server.url, query));
      rows.push(`| ${label} | ${query} | ${median(samples.map((s) => s.ms))} | ${(median(samples.map((s) => s.gzipBytes)) / 1024).toFixed(1)} | ${(median(samples.map((s) => s.servedBytes)) / 1024).toFixed(1)} |`);
    }
  }
  console.log(`First search on a cold cache (median of ${RUNS} runs, local preview server, Chromium)\n`);
  console.log('| flow | query | ms to first result | kB gzip | kB as served |\n| --- | --- | --- | --- | --- |');
  console.log(rows.join('\n'));
} finally {
  server.stop();
}
}
