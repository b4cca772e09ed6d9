// Benchmark: Lighthouse (mobile profile, the same Chromium the tests use) on one page of each
// type, from the built site served by `astro preview`. Prints the four category scores and
// LCP, TBT and CLS of the median run (by performance score) of three, as Lighthouse's own
// guidance suggests for scores that vary between runs, and writes the table to
// bench-results/lighthouse.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findBrowser, NO_BROWSER_HELP } from '../e2e/find-browser.ts';
import { serveDist } from './serve-dist.ts';

const root = resolve(import.meta.dirname, '..');

/** One page of each type. */
const PAGES: readonly [string, string][] = [
  ['home', '/'],
  ['article', '/articles/back-disorders-and-knee-pain/'],
  ['topic', '/nerves/femoral-nerve/'],
  ['nerve map', '/tools/nerve-map/'],
  ['sign checklist', '/tools/sign-checklist/'],
  ['search', '/search/?q=sciatica'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
const RUNS = 3;

const chromePath = findBrowser();
if (!chromePath) throw new Error(NO_BROWSER_HELP);
const server = await serveDist(4530);
const chrome = await chromeLauncher.launch({
  chromePath,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows: string[] = [];
let perfect = true;
try {
  for (const [type, path] of PAGES) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) {
      const result = await lighthouse(`${server.url}${path}`, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES], formFactor: 'mobile' });
      if (!result) throw new Error(`Lighthouse gave no result for ${path}`);
      runs.push(result.lhr);
    }
    runs.sort((a, b) => (a.categories.performance?.score ?? 0) - (b.categories.performance?.score ?? 0));
    const lhr = runs[Math.floor(RUNS / 2)]!;
    const { categories, audits } = lhr;
    const scores = CATEGORIES.map((c) => Math.round((categories[c]?.score ?? 0) * 100));
    if (scores.some((s) => s < 100)) perfect = false;
    const ms = (id: string) => `${Math.round(audits[id]?.numericValue ?? NaN)}`;
    rows.push(`| ${type} | \`${path}\` | ${scores.join(' | ')} | ${ms('largest-contentful-paint')} | ${ms('total-blocking-time')} | ${(audits['cumulative-layout-shift']?.numericValue ?? NaN).toFixed(3)} |`);
    console.log(rows.at(-1));
  }
} finally {
  chrome.kill();
  server.stop();
}
const report = [
  `# Lighthouse (mobile profile, Debian Chromium, local preview server; median of ${RUNS} runs)`,
  '',
  '| page type | page | performance | accessibility | best practices | SEO | LCP (ms) | TBT (ms) | CLS |',
  '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows,
  '',
  perfect ? 'Every page type scores 100 in all four categories.' : 'NOT every page type scores 100 in all four categories.',
  '',
].join('\n');
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/lighthouse.md'), report);
console.log(`\n${report}`);
