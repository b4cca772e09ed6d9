// Every article page says what its .mdx source says: the words inside the article body (less
// what the site adds, marked data-site-added) equal the source's words, in order, none extra
// and none lost; every "What the articles say" quote appears exactly once in the paragraph its
// link points at; and the text Pagefind indexed for each article holds each of its paragraphs
// once and repeats no passage.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { articleBlocks } from '../../src/lib/mentions/article-blocks.ts';
import { parseArticle } from '../../src/lib/mentions/parse-article.ts';
import { mdxSourceText } from '../support/mdx-source-text.ts';
import { foldSpace, sourceText, wordsOf } from '../support/source-text.ts';
import { builtPages, DIST, type BuiltPage } from './built-site.ts';

const ARTICLES_DIR = resolve(import.meta.dirname, '../../content/articles');
const pages = builtPages();
const pageAt = new Map(pages.map((p) => [p.path, p]));

const byClass = (page: BuiltPage, name: string): Element[] => {
  const found: Element[] = [];
  visit(page.tree, 'element', (node: Element) => {
    if ((node.properties.className as string[] | undefined)?.includes(name)) found.push(node);
  });
  return found;
};

/** Where two word lists part, with a few words of context, for a readable failure. */
function firstDifference(page: string[], source: string[]): string | null {
  const at = page.findIndex((w, i) => w !== source[i]);
  const index = at === -1 ? (page.length === source.length ? -1 : Math.min(page.length, source.length)) : at;
  if (index === -1) return null;
  const around = (words: string[]) => words.slice(Math.max(0, index - 6), index + 6).join(' ');
  return `word ${index + 1}: page says “…${around(page)}…”, source says “…${around(source)}…”`;
}

const articleFiles = readdirSync(ARTICLES_DIR).filter((f) => f.endsWith('.mdx'));

describe('article pages say what their sources say', () => {
  it.each(articleFiles)('%s: the body on the page is the .mdx body, word for word', (file) => {
    const { body } = splitFrontmatter(readFileSync(join(ARTICLES_DIR, file), 'utf8'), file);
    const page = pageAt.get(`/articles/${file.replace(/\.mdx$/, '')}/`);
    expect(page, `no page for ${file}`).toBeDefined();
    const [articleBody] = byClass(page!, 'article-body');
    expect(articleBody, `${file}: no .article-body on its page`).toBeDefined();
    const shown = wordsOf(sourceText(articleBody!));
    const source = wordsOf(mdxSourceText(body));
    expect(firstDifference(shown, source), file).toBeNull();
  });
});

describe('quotes on topic pages', () => {
  const quotes = pages.flatMap((page) =>
    byClass(page, 'in-context').map((link) => {
      const item = link as Element;
      return { page: page.path, href: String(item.properties.href), item };
    }),
  );

  it('there are quotes to check', () => {
    expect(quotes.length).toBeGreaterThan(20);
  });

  it('each quote appears exactly once in the paragraph its link points at', () => {
    const problems: string[] = [];
    for (const page of pages) {
      visit(page.tree, 'element', (li: Element) => {
        if (li.tagName !== 'li') return;
        const q = li.children.find((c): c is Element => c.type === 'element' && c.tagName === 'q');
        const link = li.children.find((c): c is Element => c.type === 'element' && ((c.properties.className as string[] | undefined)?.includes('in-context') ?? false));
        if (!q || !link) return;
        const [path, anchor] = String(link.properties.href).split('#');
        const target = pageAt.get(path!);
        let paragraph: Element | undefined;
        if (target) visit(target.tree, 'element', (node: Element) => (node.properties.id === anchor ? ((paragraph = node), false) : undefined));
        const quote = foldSpace(toString(q));
        if (!paragraph) {
          problems.push(`${page.path}: “${quote}” links to ${path}#${anchor}, which does not exist`);
          return;
        }
        const count = foldSpace(sourceText(paragraph)).split(quote).length - 1;
        if (count !== 1) problems.push(`${page.path}: “${quote}” appears ${count} times in ${path}#${anchor}`);
      });
    }
    expect(problems).toEqual([]);
  });
});

describe('the search index', () => {
  const WINDOW = 12;
  const fragments = readdirSync(join(DIST, 'pagefind/fragment')).map((f) => {
    const bytes = gunzipSync(readFileSync(join(DIST, 'pagefind/fragment', f)));
    // A fragment is "pagefind_dcd" followed by JSON.
    return JSON.parse(bytes.subarray(bytes.indexOf('{')).toString('utf8')) as { url: string; content: string };
  });

  it('has a fragment for every article page', () => {
    for (const file of articleFiles) expect(fragments.some((f) => f.url.endsWith(`/articles/${file.replace(/\.mdx$/, '')}/`)), file).toBe(true);
  });

  const articleFragments = fragments.filter((f) => /\/articles\/[^/]+\/$/.test(f.url));

  it('holds each paragraph of an article exactly once on its page', () => {
    const problems: string[] = [];
    for (const file of articleFiles) {
      const { body } = splitFrontmatter(readFileSync(join(ARTICLES_DIR, file), 'utf8'), file);
      const fragment = articleFragments.find((f) => f.url.endsWith(`/articles/${file.replace(/\.mdx$/, '')}/`))!;
      const indexed = foldSpace(fragment.content);
      for (const block of articleBlocks(parseArticle(body))) {
        const count = indexed.split(foldSpace(block.text)).length - 1;
        if (count !== 1) problems.push(`${file}: “${block.text.slice(0, 60)}…” is indexed ${count} times`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('repeats no passage of 12 words or more within an article', () => {
    const problems: string[] = [];
    for (const { url, content } of articleFragments) {
      const words = wordsOf(content.toLowerCase());
      const seen = new Map<string, number>();
      for (let i = 0; i + WINDOW <= words.length; i++) {
        const key = words.slice(i, i + WINDOW).join(' ');
        const first = seen.get(key);
        if (first !== undefined && i - first >= WINDOW) {
          problems.push(`${url}: “${key}” is indexed twice`);
          break;
        }
        if (first === undefined) seen.set(key, i);
      }
    }
    expect(problems).toEqual([]);
  });
});
