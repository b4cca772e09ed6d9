// The search index against its source of truth, the built pages: every indexed word is a word
// of the page's text as a reader sees it (none glued from two boxes: "ServesFront"), nothing
// print-only or hidden is indexed, and every synonym leads to words the index really has.
// (Words glued in the page itself, by an article's rendering, are the page's own defect.)
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Element, Root, RootContent } from 'hast';
import { visit } from 'unist-util-visit';
import { SEPARATE_TAGS } from '../../src/lib/search/block-spacing.ts';
import { describe, expect, it } from 'vitest';
import { SYNONYMS } from '../../src/lib/search/synonyms.ts';
import { stem } from '../../src/lib/search/stem.ts';
import type { SearchWords } from '../../src/lib/search/vocabulary.ts';
import { wordsOf } from '../../src/lib/search/words.ts';
import { readTopicFiles } from '../../src/lib/topics/read-topic-files.ts';
import { builtPages, DIST } from './built-site.ts';

const BUNDLE = join(DIST, 'pagefind');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** Every page Pagefind indexed: its path and indexed text. */
function fragments(): { path: string; content: string }[] {
  return readdirSync(join(BUNDLE, 'fragment')).map((f) => {
    const page = JSON.parse(gunzipSync(readFileSync(join(BUNDLE, 'fragment', f))).subarray(12).toString('utf8')) as { url: string; content: string };
    return { path: `/${page.url.slice(base.length)}`, content: page.content };
  });
}

const SEPARATE = new Set(SEPARATE_TAGS);

/** Text as a reader sees it: inline elements run on, separate boxes are apart; ignored parts left out. */
function readerText(node: Root | RootContent): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  if (node.type === 'element' && ('dataPagefindIgnore' in node.properties || node.tagName === 'script' || node.tagName === 'style')) return ' ';
  const inner = node.children.map(readerText).join('');
  return node.type === 'element' && SEPARATE.has(node.tagName) ? ` ${inner} ` : inner;
}

/** The words of the page's indexed <main>, as a reader sees it. */
function pageWords(tree: Root): Set<string> {
  const words = new Set<string>();
  visit(tree, 'element', (main: Element) => {
    if (main.tagName === 'main' && 'dataPagefindBody' in main.properties) for (const w of wordsOf(readerText(main))) words.add(w);
  });
  return words;
}

describe('the search index', () => {
  const pages = new Map(builtPages().map((p) => [p.path, p]));
  const indexed = fragments();

  it('indexes every searchable page', () => {
    expect(indexed.length).toBeGreaterThan(40);
  });

  it.each(indexed.map((f) => [f.path, f]))('%s: every indexed word is a word of the page (none glued together)', (path, fragment) => {
    const page = pages.get(path);
    expect(page, `${path} is indexed but not built`).toBeDefined();
    const own = pageWords(page!.tree);
    const glued = [...new Set(wordsOf(fragment.content))].filter((w) => !own.has(w));
    expect(glued, `${path}: indexed words not in the page's text`).toEqual([]);
  });

  it('indexes no print-only footer or hidden alias lists', () => {
    const topics = readTopicFiles(join(import.meta.dirname, '../../content/topics'));
    for (const { path, content } of indexed) {
      expect(content, path).not.toMatch(/Printed from|Read the latest version/);
      for (const topic of topics) if (topic.aliases.length > 1) expect(content, `${path}: aliases of ${topic.id}`).not.toContain(topic.aliases.join(', '));
    }
  });

  it('every synonym leads to words the index has (in some form: Pagefind stems them)', () => {
    const known = new Set((JSON.parse(readFileSync(join(BUNDLE, 'search-words.json'), 'utf8')) as SearchWords).words.map(stem));
    const missing = Object.entries(SYNONYMS).flatMap(([from, targets]) => targets.flatMap((t) => wordsOf(t).filter((w) => !known.has(stem(w))).map((w) => `${from} → ${t} (“${w}”)`)));
    expect(missing).toEqual([]);
  });
});
