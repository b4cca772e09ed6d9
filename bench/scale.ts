// Benchmark: how the build scales. Builds copies of the site with 100, 1,000 and 10,000
// synthetic articles (outside the committed content, in the system's temp folder) and reports
// build wall time, peak memory, time per page, Pagefind index size and what a first search
// downloads. Writes the table to bench-results/scale.md. Pass sizes to run only some:
// `node bench/scale.ts 100 1000`.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { dialogSearch } from './search.ts';
import { serveDist } from './serve-dist.ts';
import { sentencesOf, syntheticArticles } from './synthetic-corpus.ts';

const root = resolve(import.meta.dirname, '..');
const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
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

/** Cache folders the build writes to inside node_modules. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/** A copy of the project (tracked files, shared node_modules) with `count` extra articles. */
function makeProject(count: number): string {
  const dir = join(tmpdir(), `btk-bench-${count}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  // Packages are shared; Astro's cache folder (node_modules/.astro) is not, so a benchmark
  // build never touches the project's own build.
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) if (!CACHES.has(entry)) symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  const articlesDir = join(dir, 'content/articles');
  const bodies = readdirSync(articlesDir).map((f) => readFileSync(join(articlesDir, f), 'utf8'));
  for (const article of syntheticArticles(count, sentencesOf(bodies), 'signs-to-look-for')) writeFileSync(join(articlesDir, `${article.slug}.mdx`), article.mdx);
  return dir;
}

function sizeOf(dir: string, skip: RegExp): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => {
    const path = join(dir, e.name);
    if (skip.test(e.name)) return n;
    return n + (e.isDirectory() ? sizeOf(path, skip) : statSync(path).size);
  }, 0);
}

function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => (e.isDirectory() ? n + countPages(join(dir, e.name)) : n + (e.name.endsWith('.html') ? 1 : 0)), 0);
}

async function measure(count: number): Promise<Row> {
  const dir = makeProject(count);
  const timeBin = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  // The same build as `npm run build`: Astro, with the search index and preview images built by our integrations.
  const build = 'npx astro build';
  const started = Date.now();
  const result = timeBin
    ? spawnSync(timeBin, ['-v', 'sh', '-c', build], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 1 << 28 })
    : spawnSync('sh', ['-c', build], { cwd: dir, encoding: 'utf8', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, maxBuffer: 1 << 28 });
  const seconds = (Date.now() - started) / 1000;
  if (result.status !== 0) throw new Error(`build of ${count} articles failed:\n${result.stderr.slice(-2000)}`);
  // Astro's log (times of each build step) is kept for reading after the copy is removed.
  writeFileSync(join(tmpdir(), `btk-bench-${count}.log`), result.stdout);
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr)?.[1];
  const user = /User time \(seconds\): ([\d.]+)/.exec(result.stderr)?.[1];
  const system = /System time \(seconds\): ([\d.]+)/.exec(result.stderr)?.[1];
  const cpuSeconds = user && system ? Number(user) + Number(system) : null;
  const pages = countPages(join(dir, 'dist'));
  const indexKb = sizeOf(join(dir, 'dist/pagefind'), /^pagefind-(component-ui|modular-ui|ui|highlight)\./) / 1024;
  const server = await serveDist(4520, dir);
  let firstQueryKb = 0;
  try {
    firstQueryKb = (await dialogSearch(server.url, 'femoral')).gzipBytes / 1024;
  } finally {
    server.stop();
  }
  rmSync(dir, { recursive: true, force: true });
  return { articles: count, pages, seconds, cpuSeconds, peakMb: peak ? Number(peak) / 1024 : null, msPerPage: (seconds * 1000) / pages, indexKb, firstQueryKb };
}

const rows: Row[] = [];
for (const count of SIZES) {
  console.log(`building with ${count} synthetic articles…`);
  rows.push(await measure(count));
}
const table = [
  '| articles | pages | build (s) | CPU (s) | peak memory (MB) | ms per page | Pagefind index (kB) | first query (kB gzip) |',
  '| --- | --- | --- | --- | --- | --- | --- | --- |',
  ...rows.map((r) => `| ${r.articles} | ${r.pages} | ${r.seconds.toFixed(1)} | ${r.cpuSeconds?.toFixed(1) ?? 'n/a'} | ${r.peakMb?.toFixed(0) ?? 'n/a'} | ${r.msPerPage.toFixed(1)} | ${r.indexKb.toFixed(0)} | ${r.firstQueryKb.toFixed(1)} |`),
].join('\n');
// Compare per-page time from 1,000 articles up (the range), or from the smallest run.
const last = rows.at(-1)!;
const first = (last.articles > 1000 && rows.find((r) => r.articles >= 1000)) || rows[0]!;
const ratio = last.msPerPage / first.msPerPage;
const verdict = rows.length < 2 ? 'Run at least two sizes to compare time per page.' : `Time per page from ${first.articles} to ${last.articles} articles: ×${ratio.toFixed(2)} — ${ratio <= 1.25 ? 'flat (no super-linear step)' : 'NOT flat: something grows faster than the corpus'}.`;
const report = `# Scale benchmark\n\n${table}\n\n${verdict}\n`;
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/scale.md'), report);
console.log(`\n${report}`);
