// Our editors' notes on the built pages: each beside its paragraph on the article, on topic
// pages only beside the first quote that holds the note's claim, and the publisher notice at the top.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Element, ElementContent } from 'hast';
import { sourceText } from '../support/source-text.ts';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { EDITOR_NOTES_FILE, editorNoteEntry } from '../../src/lib/articles/editor-note-schema.ts';
import { holdsClaim } from '../../src/lib/articles/editor-notes.ts';
import { readYamlEntries } from '../../src/lib/content/yaml-entries.ts';
import { sourceEntries } from '../../src/lib/sources/provenance.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { builtPages, type BuiltPage } from './built-site.ts';

const ARTICLES = resolve(import.meta.dirname, '../../content/articles');
const EDITOR_NOTES = readYamlEntries(resolve(import.meta.dirname, '../..', EDITOR_NOTES_FILE), editorNoteEntry);
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
  it.each(EDITOR_NOTES.map((n) => [n.id, n]))('%s sits right after its paragraph (after the paragraph’s earlier notes) and says what the file says', (_, note) => {
    const found = notesOn(page(`/articles/${note.article}/`)).filter((f) => f.note.properties.dataNoteId === note.id);
    expect(found).toHaveLength(1);
    const { note: element, parent, index } = found[0]!;
    const before = parent.children.slice(0, index).filter(isElement);
    while (before.at(-1)?.properties.dataEditorNote === note.anchor) before.pop();
    expect(before.at(-1)?.properties.id === note.anchor || parent.properties.id === note.anchor).toBe(true);
    expect(element.properties.dataEditorNote).toBe(note.anchor);
    // The note as a reader sees it: without the print-only link numbers (marked site-added).
    expect(sourceText(element)).toBe(shownText(note.text));
    expect(element.properties.role).toBe('note');
  });

  it('no article shows a note that is not in the file', () => {
    const shown = pages.filter((p) => p.path.startsWith('/articles/')).flatMap((p) => notesOn(p).map((f) => `${p.path}#${f.note.properties.dataNoteId}`));
    expect(shown.sort()).toEqual(EDITOR_NOTES.map((n) => `/articles/${n.article}/#${n.id}`).sort());
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
  const topicPages = pages.filter((p) => /^\/(nerves|conditions|signs|treatments)\/[^/]+\/$/.test(p.path));

  /** Each quote of a topic page: its list item, the paragraph it links to, its words and the notes beside it. */
  const quotesOn = (p: BuiltPage) => {
    const quotes: { target: string; text: string; notes: string[] }[] = [];
    visit(p.tree, 'element', (li: Element) => {
      if (li.tagName !== 'li') return;
      const link = li.children.find((c): c is Element => isElement(c) && c.tagName === 'a' && (c.properties.className as string[] | undefined)?.includes('in-context') === true);
      if (!link) return;
      const words = li.children.filter((c) => !(isElement(c) && (c === link || c.properties.dataEditorNote !== undefined)));
      const text = squash(words.map((c) => toString(c)).join(''));
      const notes = li.children.filter((c): c is Element => isElement(c) && c.properties.dataEditorNote !== undefined).map((n) => String(n.properties.dataNoteId));
      quotes.push({ target: String(link.properties.href), text, notes });
    });
    return quotes;
  };

  it('at least one topic page quotes a claim that has a note (the check is not empty)', () => {
    expect(topicPages.some((p) => notesOn(p).length > 0)).toBe(true);
  });

  it.each(topicPages.map((p) => [p.path, p]))('%s shows a note only beside the first quote that holds its claim', (_, p) => {
    const seen = new Set<string>();
    for (const quote of quotesOn(p)) {
      const expected = EDITOR_NOTES.filter((n) => `/articles/${n.article}/#${n.anchor}` === quote.target && !seen.has(n.id) && holdsClaim(quote.text, n.claim)).map((n) => n.id);
      for (const id of expected) seen.add(id);
      expect(quote.notes, `${p.path}: notes beside the quote “${quote.text.slice(0, 60)}…”`).toEqual(expected);
    }
    for (const found of notesOn(p)) {
      const data = EDITOR_NOTES.find((n) => n.id === found.note.properties.dataNoteId)!;
      expect(sourceText(found.note)).toBe(shownText(data.text));
    }
  });

  it('the three notes that sat under the wrong quote now sit under their own', () => {
    const where = (id: string) => topicPages.flatMap((p) => quotesOn(p).filter((q) => q.notes.includes(id)).map((q) => q.text));
    for (const text of where('regenexx-stem-cells')) expect(text).toContain('stem cells');
    for (const text of where('guide-nsaids-over-the-counter')) expect(text).toContain('NSAIDs, such as ibuprofen');
    expect(topicPages.flatMap((p) => quotesOn(p)).filter((q) => q.text.includes('Corticosteroids are hormones')).every((q) => !q.notes.includes('guide-nsaids-over-the-counter'))).toBe(true);
  });
});
