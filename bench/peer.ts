// Benchmark: our build and search against Starlight's, on the same Astro and Pagefind and the
// same words (issue 29). For each size (the committed site alone, and with 1,000 synthetic
// articles) it builds both sites cold, interleaved (ours, theirs, ours, …), and prints
// ours / theirs / ratio for build CPU seconds, wall seconds, peak memory, first-view bytes and
// requests of an article, and the first search's time, bytes and requests. Starlight's packages
// are bench/peer's own (pinned there, installed here on first use). Writes bench-results/peer.md.
//
// Usage: node bench/peer.ts [sizes…] [--runs 3] [--port 4540]   (sizes: synthetic articles; 0 = none)
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { firstView, starlightSearch, type View } from './peer-browser.ts';
import { peerSite } from './peer-site.ts';
import { countPages, projectCopy } from './project-copy.ts';
import { CPUS, firstSearch, medianOf, type Sample } from './search.ts';
import { serveDist } from './serve-dist.ts';
import { timedRun, type RunCost } from './timed-run.ts';

const root = resolve(import.meta.dirname, '..');
const PEER = join(root, 'bench/peer');
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const RUNS = option('runs', 3);
const PORT = option('port', 4540);
const sizes = process.argv.slice(2).filter((a, i, all) => /^\d+$/.test(a) && !/^--/.test(all[i - 1] ?? '')).map(Number);
const SIZES = sizes.length > 0 ? sizes : [0, 1000];
/** The article both sites have, for the first view and the search dialog. */
const ARTICLE = '/articles/back-disorders-and-knee-pain/';
/** A rare word and a word on nearly every page. */
const QUERIES = ['femoral', 'knee'];

function installPeer(): void {
  if (existsSync(join(PEER, 'node_modules/@astrojs/starlight'))) return;
  console.log('installing Starlight for the peer benchmark (bench/peer)…');
  const result = spawnSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: PEER, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm install in bench/peer failed');
}

/** A cold build: no output and no cache from the run before. */
function coldBuild(dir: string): RunCost {
  for (const stale of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, stale), { recursive: true, force: true });
  return timedRun('npx astro build', dir);
}

const median = (values: number[]) => values.slice().sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** One table row: a figure for both sites and ours ÷ theirs. */
function line(label: string, ours: number, theirs: number, digits = 1): string {
  return `| ${label} | ${ours.toFixed(digits)} | ${theirs.toFixed(digits)} | ${theirs === 0 ? 'n/a' : (ours / theirs).toFixed(2)} |`;
}

/** What a reader's browser met on one site: the first view of an article, and first searches by query and CPU. */
interface Browsed {
  view: View;
  searches: Map<string, Sample>;
}

async function browse(dir: string, port: number, search: (url: string, query: string, slowdown: number, whole: boolean) => Promise<Sample>): Promise<Browsed> {
  const server = await serveDist(port, dir);
  try {
    const view = await firstView(server.url, ARTICLE);
    const searches = new Map<string, Sample>();
    for (const [cpu, slowdown, whole] of CPUS) {
      for (const query of QUERIES) searches.set(`${query}|${cpu}`, await medianOf(RUNS, () => search(server.url, query, slowdown, whole)));
    }
    return { view, searches };
  } finally {
    server.stop();
  }
}

async function compare(size: number): Promise<string> {
  const oursDir = projectCopy(`btk-peer-ours-${size}`, size);
  const theirsDir = peerSite(size);
  const ours: RunCost[] = [];
  const theirs: RunCost[] = [];
  for (let run = 0; run < RUNS; run++) {
    console.log(`${size} synthetic articles, run ${run + 1} of ${RUNS}: ours…`);
    ours.push(coldBuild(oursDir));
    console.log(`${size} synthetic articles, run ${run + 1} of ${RUNS}: Starlight…`);
    theirs.push(coldBuild(theirsDir));
  }
  const oursPages = countPages(join(oursDir, 'dist'));
  const theirsPages = countPages(join(theirsDir, 'dist'));
  const oursBrowse = await browse(oursDir, PORT, (url, query, slowdown, whole) => firstSearch(url, 'dialog', query, slowdown, whole));
  const theirsBrowse = await browse(theirsDir, PORT + 1, (url, query, slowdown, whole) => starlightSearch(url, ARTICLE, query, slowdown, whole));
  rmSync(oursDir, { recursive: true, force: true });
  const cpu = (runs: RunCost[]) => median(runs.map((r) => r.cpuSeconds ?? Number.NaN));
  const rows = [
    `### ${size === 0 ? 'The site as committed' : `With ${size.toLocaleString('en-GB')} synthetic articles`} (ours ${oursPages} pages, Starlight ${theirsPages})`,
    '',
    '| figure (median of runs) | ours | Starlight | ratio |',
    '| --- | --- | --- | --- |',
    line('build CPU (s)', cpu(ours), cpu(theirs)),
    line('build CPU per page (ms)', (1000 * cpu(ours)) / oursPages, (1000 * cpu(theirs)) / theirsPages),
    line('build wall (s)', median(ours.map((r) => r.seconds)), median(theirs.map((r) => r.seconds))),
    line('peak memory (MB)', median(ours.map((r) => r.peakMb ?? Number.NaN)), median(theirs.map((r) => r.peakMb ?? Number.NaN)), 0),
    line('first view of an article (kB gzip)', oursBrowse.view.gzipBytes / 1024, theirsBrowse.view.gzipBytes / 1024),
    line('first view of an article (requests)', oursBrowse.view.requests, theirsBrowse.view.requests, 0),
    ...[...oursBrowse.searches.keys()].flatMap((key) => {
      const [a, b] = [oursBrowse.searches.get(key)!, theirsBrowse.searches.get(key)!];
      const [query, where] = key.split('|');
      return [
        line(`first search “${query}”, ${where}: ms to first result`, a.ms, b.ms, 0),
        line(`first search “${query}”, ${where}: kB gzip`, a.gzipBytes / 1024, b.gzipBytes / 1024),
        line(`first search “${query}”, ${where}: requests`, a.requests, b.requests, 0),
      ];
    }),
  ];
  return rows.join('\n');
}

installPeer();
const before = loadavg()[0]!;
const sections: string[] = [];
for (const size of SIZES) sections.push(await compare(size));
const after = loadavg()[0]!;
const report = `# Peer benchmark: ours against Starlight\n\n${new Date().toISOString().slice(0, 10)}, ${RUNS} interleaved cold builds a side; load average ${before.toFixed(1)} at the start, ${after.toFixed(1)} at the end (2 cores).\n\n${sections.join('\n\n')}\n`;
mkdirSync(join(root, 'bench-results'), { recursive: true });
writeFileSync(join(root, 'bench-results/peer.md'), report);
console.log(`\n${report}`);
