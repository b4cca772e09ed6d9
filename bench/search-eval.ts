// Benchmark: the search evaluation set (e2e/search-eval/) through the built site in Chromium.
// Prints top-1, top-3, no-result, urgent-first and warning-signs-in-a-non-urgent-top-three for
// the held-out half (never tuned on), the tuning half and the fresh set (gathered later, never
// tuned on), and lists the misses of the tuning half (of the others with --misses).
//
// Usage: node bench/search-eval.ts [--port 4511 | --url http://127.0.0.1:4321] [--half tuning|held-out|fresh] [--misses]
import { chromium } from '@playwright/test';
import { findBrowser } from '../e2e/find-browser.ts';
import { askAll } from '../e2e/search-eval/ask.ts';
import { describe, FRESH_QUERIES, queriesOf, score, type Half } from '../e2e/search-eval/eval-set.ts';
import { serveDist } from './serve-dist.ts';

const arg = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : undefined;
};

type Part = Half | 'fresh';
const parts: Part[] = arg('half') ? [arg('half') as Part] : ['held-out', 'fresh', 'tuning'];
const server = arg('url') ? { url: arg('url')!, stop: () => undefined } : await serveDist(Number(arg('port') ?? 4511));
// The server is stopped even when the browser fails to start.
const browser = await chromium.launch({ executablePath: findBrowser() }).catch((error: unknown) => {
  server.stop();
  throw error;
});
try {
  const page = await browser.newPage();
  for (const part of parts) {
    const scores = score(await askAll(page, server.url, part === 'fresh' ? FRESH_QUERIES : queriesOf(part)));
    console.log(describe(part, scores));
    if (process.argv.includes('--misses') || part === 'tuning') console.log(scores.problems.map((p) => `    ${p}`).join('\n'));
  }
} finally {
  await browser.close();
  server.stop();
}
