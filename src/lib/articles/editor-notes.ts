// Editors' notes made ready for a page: each note's text split into words and resolved
// citations, and the build check that every note lands on a real paragraph and cites
// something real. The notes themselves are data (src/data/editor-notes.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { EDITOR_NOTES, type EditorNote } from '../../data/editor-notes.ts';
import { findReference } from '../../data/references.ts';
import { readFrontmatter } from '../content/frontmatter.ts';
import { CITATION, citationKeys, splitKeys } from '../citations/citation-keys.ts';

/** A citation resolved for a page: its key, where it links and the text shown. */
export interface NoteCitation {
  key: string;
  href: string;
  text: string;
}

/** A piece of a note: plain text, or a citation resolved to a link. */
export type NotePart = string | NoteCitation;

/** Resolves a citation key to what a note shows. */
export type NoteResolver = (key: string) => Omit<NoteCitation, 'key'>;

/** A note ready to show beside its paragraph. */
export interface PreparedNote {
  anchor: string;
  parts: NotePart[];
}

// A sentence ends with its citation: "… [@G20]." or "… [@G2][@G3]."
const CITED_SENTENCE = /\]\s*[.!?]?[”"’]?$/;

/** Splits a note's text into text and citations, resolving each citation with `resolve`. */
export function noteParts(text: string, resolve: NoteResolver): NotePart[] {
  const parts: NotePart[] = [];
  let last = 0;
  for (const match of text.matchAll(CITATION)) {
    if (match.index > last) parts.push(text.slice(last, match.index));
    for (const key of splitKeys(match[1]!)) parts.push({ key, ...resolve(key) });
    last = match.index + match[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** The notes of one article, ready for its page (or for quotes of it on topic pages). */
export function notesForArticle(articleId: string, resolve: NoteResolver, notes: readonly EditorNote[] = EDITOR_NOTES): PreparedNote[] {
  return notes.filter((n) => n.article === articleId).map((n) => ({ anchor: n.anchor, parts: noteParts(n.text, resolve) }));
}

/**
 * Problems with the notes, each naming src/data/editor-notes.ts and the note: an article that
 * does not exist, an anchor that is not one of its paragraphs, a note with no citation, a
 * citation to nothing, a sentence without a citation, or two notes on one paragraph.
 */
export function editorNoteProblems(notes: readonly EditorNote[], anchors: ReadonlyMap<string, ReadonlySet<string>>, citable: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const note of notes) {
    const name = `src/data/editor-notes.ts: note on ${note.article}#${note.anchor}`;
    const paragraphs = anchors.get(note.article);
    if (!paragraphs) problems.push(`${name}: there is no article "${note.article}" (content/articles/${note.article}.mdx)`);
    else if (!paragraphs.has(note.anchor)) problems.push(`${name}: the article has no paragraph with the anchor "${note.anchor}"`);
    if (seen.has(`${note.article}#${note.anchor}`)) problems.push(`${name}: a paragraph can have only one note`);
    seen.add(`${note.article}#${note.anchor}`);
    const keys = citationKeys(note.text);
    if (keys.length === 0) problems.push(`${name}: the note cites nothing`);
    for (const key of keys) if (!citable.has(key)) problems.push(`${name}: cites [@${key}], which is neither a source id nor a reference id`);
    for (const sentence of note.text.trim().split(/(?<=[.!?])\s+(?=[A-Z“"])/)) {
      if (!CITED_SENTENCE.test(sentence)) problems.push(`${name}: the sentence "${sentence}" does not end with its citation`);
    }
  }
  return problems;
}

/**
 * The notes of every article, read before the content collections exist (the article plugin
 * runs in astro.config): citations resolve to a reference on /about/ or to the article that has
 * that source id, under the site's base path.
 */
export function editorNotesFromFiles(articlesDir: string, base: string): (articleId: string) => PreparedNote[] {
  const root = base.replace(/\/?$/, '');
  const articleBySource = new Map<string, { id: string; title: string }>();
  for (const file of readdirSync(articlesDir).filter((f) => f.endsWith('.mdx'))) {
    const data = readFrontmatter(join(articlesDir, file));
    for (const source of (data.sources as string[] | undefined) ?? []) articleBySource.set(source, { id: file.replace(/\.mdx$/, ''), title: String(data.title) });
  }
  const resolve: NoteResolver = (key) => {
    const article = articleBySource.get(key);
    if (article) return { href: `${root}/articles/${article.id}/`, text: article.title };
    const reference = findReference(key);
    if (reference) return { href: `${root}/about/#ref-${reference.id}`, text: reference.id };
    throw new Error(`src/data/editor-notes.ts: citation [@${key}] points to no article source or reference`);
  };
  const cache = new Map<string, PreparedNote[]>();
  return (articleId) => {
    if (!cache.has(articleId)) cache.set(articleId, notesForArticle(articleId, resolve));
    return cache.get(articleId)!;
  };
}
