// Our editors' notes on the built pages: each beside its paragraph on the article, beside every
// quote of that paragraph on topic pages, and the publisher notice at the top.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Element, ElementContent } from 'hast';
import { sourceText } from '../support/source-text.ts';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { EDITOR_NOTES } from '../../src/data/editor-notes.ts';
import { sourceEntries } from '../../src/lib/sources/provenance.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { builtPages, type BuiltPage } from './built-site.ts';

const ARTICLES = resolve(import.meta.dirname, '../../content/articles');
const pages = builtPages();
const page = (path: string) => pages.find((p) => p.path === path)!;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const isElement = (n: ElementContent | undefined): n is Element => n?.type === 'element';

/** Every note element of a page, with its parent and position. */
function notesOn(p: BuiltPage): { note: Element; parent: Element; index: number }[] {
  const found: { note: Element; parent: Element; index: number }[] = [];
  visit(p.tree, 'element', (e: Element, index, parent) => {
    if (e.properties.dataEditorNote !== undefined) found.push({ note: e, parent: parent as Element, index: index! });
  });
  return found;
}

/** Article titles by source id, from the article files' frontmatter. */
const titleBySource = new Map(
  readdirSync(ARTICLES).filter((f) => f.endsWith('.mdx')).flatMap((f) => {
    const data = readFrontmatter(resolve(ARTICLES, f));
    return (data.sources as string[]).map((id) => [id, String(data.title)] as const);
  }),
);

/** What a note says on the page: its label, then its text with [@G1] shown as [G1] (and an article's source as its title). */
const shownText = (text: string) =>
  squash(`Note from our editors: ${text.replace(/\[@([^\]]+)\]/g, (_, keys: string) => keys.split(';').map((k) => {
    const key = k.trim().replace(/^@/, '');
    return `[${titleBySource.get(key) ?? key}]`;
  }).join(''))}`);

describe('notes on the articles', () => {
  it.each(EDITOR_NOTES.map((n) => [`${n.article}#${n.anchor}`, n]))('%s sits right after its paragraph and says what the data says', (_, note) => {
    const found = notesOn(page(`/articles/${note.article}/`)).filter((f) => f.note.properties.dataEditorNote === note.anchor);
    expect(found).toHaveLength(1);
    const { note: element, parent, index } = found[0]!;
    const previous = parent.children.slice(0, index).filter(isElement).at(-1);
    expect(previous?.properties.id === note.anchor || parent.properties.id === note.anchor).toBe(true);
    // The note as a reader sees it: without the print-only link numbers (marked site-added).
    expect(sourceText(element)).toBe(shownText(note.text));
    expect(element.properties.role).toBe('note');
  });

  it('no article shows a note that is not in the data', () => {
    const shown = pages.filter((p) => p.path.startsWith('/articles/')).flatMap((p) => notesOn(p).map((f) => `${p.path}#${f.note.properties.dataEditorNote}`));
    expect(shown.sort()).toEqual(EDITOR_NOTES.map((n) => `/articles/${n.article}/#${n.anchor}`).sort());
  });

  // That the article's own words stay exactly as imported is checked by article-fidelity.test.ts.
  const files = readdirSync(ARTICLES).filter((f) => f.endsWith('.mdx'));
  it.each(sourceEntries.filter((e) => e.sellerNotice).map((e) => e.id))('articles from %s say at the top that the publisher sells treatments', (source) => {
    const articles = files.filter((f) => readFileSync(resolve(ARTICLES, f), 'utf8').includes(`\n  - ${source}\n`));
    expect(articles.length).toBeGreaterThan(0);
    for (const file of articles) {
      const html = page(`/articles/${file.replace(/\.mdx$/, '')}/`).html;
      const notice = html.indexOf('About this publisher:');
      expect(notice, file).toBeGreaterThan(0);
      expect(notice, `${file}: before the article body`).toBeLessThan(html.indexOf('class="prose article-body"'));
    }
  });
});

describe('notes beside quotes on topic pages', () => {
  const noted = new Set(EDITOR_NOTES.map((n) => `/articles/${n.article}/#${n.anchor}`));
  const topicPages = pages.filter((p) => /^\/(nerves|conditions|signs|treatments)\/[^/]+\/$/.test(p.path));

  it('at least one topic page quotes a paragraph that has a note (the check is not empty)', () => {
    expect(topicPages.some((p) => notesOn(p).length > 0)).toBe(true);
  });

  it.each(topicPages.map((p) => [p.path, p]))('%s shows the note with the first quote of each noted paragraph', (_, p) => {
    const quoted = new Map<string, Element>();
    visit(p.tree, 'element', (li: Element) => {
      if (li.tagName !== 'li') return;
      const link = li.children.find((c): c is Element => isElement(c) && c.tagName === 'a' && (c.properties.className as string[] | undefined)?.includes('in-context') === true);
      const target = link && String(link.properties.href);
      if (target && noted.has(target) && !quoted.has(target)) quoted.set(target, li);
    });
    for (const [target, li] of quoted) {
      const anchor = target.split('#')[1];
      const note = li.children.find((c) => isElement(c) && c.properties.dataEditorNote === anchor);
      expect(note, `${p.path}: note beside the quote of ${target}`).toBeTruthy();
      const data = EDITOR_NOTES.find((n) => `/articles/${n.article}/#${n.anchor}` === target)!;
      expect(sourceText(note as Element)).toBe(shownText(data.text));
    }
    expect(notesOn(p)).toHaveLength(quoted.size);
  });
});
