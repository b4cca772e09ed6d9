// Benchmark: the import of one large garbled copy and its clean twin (issue 14: alignment in
// linear memory). For each size in MB it makes a random clean article of that size, garbles a
// copy (90% of common words swapped, as the real copy), imports the pair in a fresh Node
// process and reports wall time and peak memory (resident set). Checks that the published
// words are the twin's. Writes bench-results/import-pair.md. `node bench/import-pair.ts 1 5`.
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runImport } from '../src/pipeline/run-import.ts';
import { words } from '../src/pipeline/tokenize.ts';
import { randomArticle, toPlainText } from '../test/unit/pipeline/article-generator.ts';
import { garble } from '../test/unit/pipeline/garble.ts';
import { generatedSource, publishedWords, rawSource } from '../test/unit/pipeline/raw-source.ts';

const root = resolve(import.meta.dirname, '..');
// A paragraph of the generator is about 200 bytes of text.
const PARAGRAPHS_PER_MB = 5200;

async function one(megabytes: number): Promise<void> {
  const twin = toPlainText(randomArticle(5, { paragraphs: Math.round(megabytes * PARAGRAPHS_PER_MB) }));
  const copy = garble(twin, 0.9, 3);
  const started = performance.now();
  const result = await runImport([rawSource('copy', copy), generatedSource('twin', twin)], new Map());
  const seconds = (performance.now() - started) / 1000;
  const [mdx] = result.articles.values();
  const faithful = JSON.stringify(publishedWords(mdx!)) === JSON.stringify(words(twin));
  const row = { mb: Buffer.byteLength(twin) / 1e6, words: words(twin).length, seconds, peakMb: process.resourceUsage().maxRSS / 1024, restored: result.report.restorations[0]!.wordsRestored, faithful };
  console.log(JSON.stringify(row));
}

async function main(): Promise<void> {
  const only = process.argv.indexOf('--one');
  if (only > 0) return one(Number(process.argv[only + 1]));
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const rows = (sizes.length > 0 ? sizes : [1, 5]).map((mb) => {
    const run = spawnSync(process.execPath, ['--max-old-space-size=8192', import.meta.filename, '--one', String(mb)], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`the ${mb} MB import failed:\n${run.stderr}`);
    const row = JSON.parse(run.stdout.trim().split('\n').pop()!);
    console.log(row);
    return row;
  });
  const table = [
    '| twin (MB) | words | import (s) | peak memory (MB) | words restored | published = twin |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.mb.toFixed(2)} | ${r.words} | ${r.seconds.toFixed(1)} | ${Math.round(r.peakMb)} | ${r.restored} | ${r.faithful ? 'yes' : 'NO'} |`),
  ];
  mkdirSync(resolve(root, 'bench-results'), { recursive: true });
  writeFileSync(resolve(root, 'bench-results/import-pair.md'), `# Import of a garbled copy and its twin\n\n${table.join('\n')}\n`);
  console.log(table.join('\n'));
}

await main();
