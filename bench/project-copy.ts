// A copy of this project for a benchmark (test/support/copy-project.ts), optionally with
// synthetic articles with a source of their own. Used by the scale and peer benchmarks.
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { copyProject } from '../test/support/copy-project.ts';
import { sentencesOf, syntheticArticles, type SyntheticArticle } from './synthetic-corpus.ts';

const root = resolve(import.meta.dirname, '..');

/** The manifest entry the synthetic articles cite (it points at a real source file). */
const SYNTHETIC_SOURCE_ID = 'synthetic-bench';
const SYNTHETIC_SOURCE = `- id: ${SYNTHETIC_SOURCE_ID}
  file: unattributed-can-your-back-cause-knee-pain-signs-to-look-for.txt
  seed: 002_6adaf155c49f968e.txt
  sha256: 4bcee180cda07a8a98ea99fc383a8d2eac010d2e0a2e3e78f94ea5aa291eb872
  publisher: null
  title: Synthetic articles for the scale benchmark
  author: null
  editor: null
  date: null
  url: null
  reviewed: 2026-11-22
  notes: Generated from the real articles' sentences; only in benchmark copies.
  readerNote: Synthetic articles made from the real articles' sentences, only in benchmark copies.
`;

/** The HTML pages under a build output folder. */
export function countPages(dir: string): number {
  return readdirSync(dir, { withFileTypes: true }).reduce((n, e) => (e.isDirectory() ? n + countPages(join(dir, e.name)) : n + (e.name.endsWith('.html') ? 1 : 0)), 0);
}

/** The articles the committed site publishes, as MDX text. */
export function committedArticles(): string[] {
  const dir = join(root, 'content/articles');
  return readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8'));
}

/** The synthetic articles a benchmark of `count` adds (the same corpus every run). */
export function benchArticles(count: number): SyntheticArticle[] {
  return syntheticArticles(count, sentencesOf(committedArticles()), SYNTHETIC_SOURCE_ID);
}

/** A copy of the project named `name` in the temp folder, with `count` synthetic articles. */
export function projectCopy(name: string, count: number): string {
  const dir = copyProject(name);
  if (count === 0) return dir;
  const articles = benchArticles(count);
  for (const article of articles) writeFileSync(join(dir, 'content/articles', `${article.slug}.mdx`), article.mdx);
  // Each source belongs to one article (topic citations name a source's paragraphs), so the
  // synthetic articles get a source of their own in the copy's manifest, and /sources/ (which
  // shows what the import did with each source) finds its first article in the report.
  appendFileSync(join(dir, 'content/sources/sources.yaml'), SYNTHETIC_SOURCE);
  const reportPath = join(dir, 'content/import-report.json');
  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const first = articles[0]!.slug;
  report.sources.push({ id: SYNTHETIC_SOURCE_ID, file: 'unattributed-can-your-back-cause-knee-pain-signs-to-look-for.txt', format: 'plain-text', garbleScore: 0, article: first });
  report.articles.push({ slug: first, title: first, sources: [SYNTHETIC_SOURCE_ID], redirectFrom: [], components: [] });
  writeFileSync(reportPath, JSON.stringify(report, null, 1));
  return dir;
}
