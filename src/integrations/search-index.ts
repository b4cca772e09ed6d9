// Astro integration: builds the Pagefind search index from the generated pages, and beside it
// the list of indexed words and topic aliases the browser's query layer reads
// (pagefind/search-words.json). In `astro dev` it serves the last build's index, as Pagefind
// only indexes built pages.
//
// Why not the `pagefind` command after `astro build`: indexing starts as soon as the pages are
// written and runs in Pagefind's own process, on the other core, while the build finishes
// its remaining work (preview images, sitemap) instead of after all of it.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { spaceBlocks } from '../lib/search/block-spacing.ts';
import { englishFiles } from '../lib/search/english.ts';
import { readToolNames, TOOL_NAMES_FILE } from '../lib/search/tool-names.ts';
import { commonWords, namesOf, URGENT_KIND, vocabularyOf, type IndexedPage, type SearchWords } from '../lib/search/vocabulary.ts';
import { readTopicFiles } from '../lib/topics/read-topic-files.ts';

/** The file beside Pagefind's bundle that holds the indexed words and the topic aliases. */
export const SEARCH_WORDS_FILE = 'search-words.json';
/** The folder beside Pagefind's bundle that holds the speller's dictionary files (`0.json`, `1.json`, …). */
export const ENGLISH_DIR = 'english';

/** The integration. */
export default function searchIndex(): AstroIntegration {
  let indexing: Promise<number> | undefined;
  let outDir = '';
  let base = '/';
  return {
    name: 'back-to-knee:search-index',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, 'pagefind');
        if (!existsSync(bundle)) logger.warn('search: no index yet; run `npm run build` once so search works in dev');
        server.middlewares.use(`${base}pagefind/`, (req, res, next) => {
          const file = normalize(join(bundle, decodeURIComponent((req.url ?? '/').split('?')[0]!)));
          if (!file.startsWith(bundle) || !existsSync(file)) return next();
          res.setHeader('Content-Type', CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
          res.end(readFileSync(file));
        });
      },
      'astro:build:generated': ({ dir }) => {
        indexing = indexSite(fileURLToPath(dir), base);
        // Kept from crashing the process if the build fails first; awaited in build:done.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        const pages = await indexing!;
        logger.info(`search index: ${pages} pages indexed`);
        await pagefind.close();
      },
    },
  };
}

const CONTENT_TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.pagefind': 'application/wasm' };

/** Every HTML file under dir. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => join(dir, f));
}

/** Pages sent to Pagefind before waiting for the oldest to be indexed. */
const PAGES_IN_FLIGHT = 32;

async function indexSite(dir: string, base: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  // Pagefind's service handles one page at a time, in the order sent; keeping a few pages in
  // flight lets it parse one while this process reads and prepares the next (half the time at
  // 1,000 articles). Each outcome is an error message or undefined, so none rejects unawaited.
  const inFlight: Promise<string | undefined>[] = [];
  const problems: string[] = [];
  const settle = async (outcome: Promise<string | undefined> | undefined) => {
    const problem = await outcome;
    if (problem) problems.push(problem);
  };
  let pages = 0;
  // Only pages that mark a body are indexed (Pagefind skips the rest once one page has one).
  for (const sourcePath of htmlFiles(dir)) {
    const html = await readFile(sourcePath, 'utf8');
    if (!html.includes('data-pagefind-body')) continue;
    inFlight.push(
      index.addHTMLFile({ sourcePath: sourcePath.slice(dir.length), content: spaceBlocks(html) }).then(
        (added) => (added.errors.length > 0 ? `Pagefind could not index ${sourcePath}: ${added.errors.join('; ')}` : undefined),
        (error: unknown) => `Pagefind could not index ${sourcePath}: ${String(error)}`,
      ),
    );
    pages++;
    if (inFlight.length >= PAGES_IN_FLIGHT) await settle(inFlight.shift());
  }
  for (const outcome of inFlight) await settle(outcome);
  if (problems.length > 0) throw new Error(problems.join('\n'));
  if (pages === 0) throw new Error(`Pagefind found no pages to index in ${dir}`);
  const outputPath = join(dir, 'pagefind');
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  writeSearchWords(outputPath, base);
  return pages;
}

/** Writes the indexed words (read back from Pagefind's own page fragments), topic aliases and names, and the speller's dictionary. */
function writeSearchWords(outputPath: string, base: string): void {
  const fragments = join(outputPath, 'fragment');
  const pages: IndexedPage[] = readdirSync(fragments).map((f) => {
    // A fragment is gzipped "pagefind_dcd" followed by the page's JSON; its name is the page's id.
    const json = gunzipSync(readFileSync(join(fragments, f))).subarray('pagefind_dcd'.length).toString('utf8');
    const page = JSON.parse(json) as { url: string; content: string; meta: { title?: string; kind?: string } };
    const path = `/${page.url.startsWith(base) ? page.url.slice(base.length) : page.url.replace(/^\//, '')}`;
    return { id: f.replace(/\.pf_fragment$/, ''), path, title: page.meta.title ?? '', kind: page.meta.kind ?? '', text: page.content };
  });
  const topics = readTopicFiles(join(process.cwd(), 'content', 'topics'));
  const toolNames = readToolNames(process.cwd());
  const unknown = Object.keys(toolNames).filter((path) => !pages.some((p) => p.path === path));
  if (unknown.length > 0) throw new Error(`${TOOL_NAMES_FILE}: no searchable page at ${unknown.join(', ')} (a tool's address, such as /tools/nerve-map/)`);
  const urgent = pages.find((p) => p.kind === URGENT_KIND);
  if (!urgent) throw new Error(`search index: no page of kind "${URGENT_KIND}" (the warning signs) was indexed`);
  const texts = pages.map((p) => `${p.title} ${p.text}`);
  const indexed = vocabularyOf(texts);
  const dictionary = createRequire(import.meta.url)('an-array-of-english-words') as string[];
  const english = englishFiles(dictionary, new Set(indexed));
  const words: SearchWords = {
    words: indexed,
    names: namesOf(pages, topics, toolNames),
    urgent: urgent.id,
    pages: pages.length,
    common: commonWords(indexed, texts),
    english: english.bounds,
  };
  writeFileSync(join(outputPath, SEARCH_WORDS_FILE), JSON.stringify(words));
  const englishDir = join(outputPath, ENGLISH_DIR);
  mkdirSync(englishDir, { recursive: true });
  english.words.forEach((list, file) => writeFileSync(join(englishDir, `${file}.json`), JSON.stringify(list)));
}
