// Benchmark: how the build scales. Builds copies of the site with 100, 1,000 and 10,000
// synthetic articles (outside the committed content, in the system's temp folder) and reports
// build wall time, peak memory, time per page, Pagefind index size and what a first search
// downloads. Writes the table to bench-results/scale.md. Pass sizes to run only some:
// `node bench/scale.ts 100 1000`.
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CPUS, HEADER, medianSearch, row } from './search.ts';
import { serveDist } from './serve-dist.ts';
import { countPages, projectCopy } from './project-copy.ts';
import { timedRun } from './timed-run.ts';

const root = resolve(import.meta.dirname, '..');
// Usage: node bench/scale.ts [sizes…] [--port 4520] [--keep] [--search-only]
// --keep leaves the built copies in the temp folder; --search-only measures search on them
// again without building (the build columns are then left out).
const portAt = process.argv.indexOf('--port');
const PORT = portAt > 0 ? Number(process.argv[portAt + 1]) : 4520;
const KEEP = process.argv.includes('--keep');
const SEARCH_ONLY = process.argv.includes('--search-only');
const sizes = process.argv.slice(2).filter((_, i, all) => all[i - 1] !== '--port').map(Number).filter((n) => n > 0);
/** Common words: "knee" and "pain" match nearly every article, the worst case for the result list. */
const COMMON_WORDS = ['knee', 'pain'];
const SEARCH_RUNS = 3;
const searchRows: string[] = [];
const SIZES = sizes.length > 0 ? sizes : [100, 1000, 10000];

interface Row {
  articles: number;
  pages: number;
  seconds: number;
  /** User + system CPU seconds of the build: steadier than wall time on a busy machine. */
  cpuSeconds: number | null;
  peakMb: number | null;
  msPerPage: number;
  indexKb: number;
  firstQueryKb: number;
}

function sizeOf(dir: string, skip: RegExp): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => {
    const path = join(dir, e.name);
    if (skip.test(e.name)) return n;
    return n + (e.isDirectory() ? sizeOf(path, skip) : statSync(path).size);
  }, 0);
}

/** The newest copy with `count` articles that --keep left in the temp folder. */
function keptCopy(count: number): string {
  const kept = readdirSync(tmpdir())
    .filter((d) => d === `btk-bench-${count}` || d.startsWith(`btk-bench-${count}-`))
    .map((d) => join(tmpdir(), d))
    .filter((d) => existsSync(join(d, 'dist/index.html')))
    .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
  if (!kept[0]) throw new Error(`no built copy with ${count} articles in ${tmpdir()}: run with --keep first`);
  return kept[0];
}

/** Measures first searches for common words on a built copy (desktop and phone CPU, both flows). */
async function measureSearch(count: number, dir: string): Promise<number> {
  const server = await serveDist(PORT, dir);
  try {
    for (const flow of ['dialog', 'page', 'arrive'] as const) {
      for (const [cpu, slowdown, whole] of CPUS) {
        for (const word of COMMON_WORDS) searchRows.push(row([count, flow, cpu, word], await medianSearch(server.url, flow, word, slowdown, SEARCH_RUNS, whole)));
      }
    }
    return (await medianSearch(server.url, 'dialog', 'femoral', 1, 1)).gzipBytes / 1024;
  } finally {
    server.stop();
  }
}

async function measure(count: number): Promise<Row> {
  const dir = projectCopy(`btk-bench-${count}`, count);
  // The same build as `npm run build`: Astro, with the search index and preview images built by our integrations.
  const { seconds, cpuSeconds, peakMb, stdout } = timedRun('npx astro build', dir);
  // Astro's log (times of each build step) is kept for reading after the copy is removed.
  writeFileSync(join(tmpdir(), `btk-bench-${count}.log`), stdout);
  const pages = countPages(join(dir, 'dist'));
  const indexKb = sizeOf(join(dir, 'dist/pagefind'), /^pagefind-(component-ui|modular-ui|ui|highlight)\./) / 1024;
  const firstQueryKb = await measureSearch(count, dir);
  if (!KEEP) rmSync(dir, { recursive: true, force: true });
  return { articles: count, pages, seconds, cpuSeconds, peakMb, msPerPage: (seconds * 1000) / pages, indexKb, firstQueryKb };
}

const rows: Row[] = [];
for (const count of SIZES) {
  if (SEARCH_ONLY) {
    await measureSearch(count, keptCopy(count));
    continue;
  }
  console.log(`building with ${count} synthetic articles…`);
  rows.push(await measure(count));
}
const table = [
  '| articles | pages | build (s) | CPU (s) | peak memory (MB) | ms per page | Pagefind index (kB) | first query (kB gzip) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.articles} | ${r.pages} | ${r.seconds.toFixed(1)} | ${r.cpuSeconds?.toFixed(1) ?? 'n/a'} | ${r.peakMb?.toFixed(0) ?? 'n/a'} | ${r.msPerPage.toFixed(1)} | ${r.indexKb.toFixed(0)} | ${r.firstQueryKb.toFixed(1)} |`),
].join('\n');
// Compare per-page time from 1,000 articles up (the range), or from the smallest run.
const last = rows.at(-1);
const first = (last && last.articles > 1000 && rows.find((r) => r.articles >= 1000)) || rows[0];
const ratio = last && first ? last.msPerPage / first.msPerPage : 0;
const verdict = !last || !first || rows.length < 2 ? 'Run at least two sizes to compare time per page.' : `Time per page from ${first.articles} to ${last.articles} articles: ×${ratio.toFixed(2)} — ${ratio <= 1.25 ? 'flat (no super-linear step)' : 'NOT flat: something grows faster than the corpus'}.`;
const searchTable = `First search for a common word at scale (median of ${SEARCH_RUNS}, cold cache):\n\n${HEADER(['articles', 'flow', 'CPU', 'query'])}\n${searchRows.join('\n')}`;
const report = SEARCH_ONLY ? `# Scale benchmark (search only)\n\n${searchTable}\n` : `# Scale benchmark\n\n${table}\n\n${verdict}\n\n${searchTable}\n`;
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/scale.md'), report);
console.log(`\n${report}`);
