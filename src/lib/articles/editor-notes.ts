// Editors' notes made ready for a page: each note's text split into words and resolved
// citations, where a note belongs (its paragraph, and the quotes that hold its claim), and the
// build check that every note sits on a real claim and rests on real references. The notes
// themselves are content (content/editor-notes.yaml).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findReference } from '../../data/references.ts';
import { readFrontmatter } from '../content/frontmatter.ts';
import { readYamlEntries } from '../content/yaml-entries.ts';
import { CITATION, citationKeys, splitKeys } from '../citations/citation-keys.ts';
import { voiceProblems, type VoiceContext } from '../citations/two-voices.ts';
import { EDITOR_NOTES_FILE, editorNoteEntry, type EditorNote } from './editor-note-schema.ts';

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
  id: string;
  anchor: string;
  /** The paragraph's words the note is about. */
  claim: string;
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

/** The notes of one article, ready for its page (or for quotes of it on topic pages), in file order. */
export function notesForArticle(articleId: string, resolve: NoteResolver, notes: readonly EditorNote[]): PreparedNote[] {
  return notes.filter((n) => n.article === articleId).map((n) => ({ id: n.id, anchor: n.anchor, claim: n.claim, parts: noteParts(n.text, resolve) }));
}

// Text compared for a claim: runs of white space are one space.
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether a text (a paragraph, or one quoted sentence of it) holds a note's claim, word for word. */
export function holdsClaim(text: string, claim: string): boolean {
  return squash(text).includes(squash(claim));
}

/**
 * The notes to show after one quote on a topic page: those of its paragraph whose claim the
 * quote itself holds, each only after the first such quote (`shown` keeps the ids already shown).
 */
export function notesForQuote(notes: readonly PreparedNote[], anchor: string, sentence: string, shown: Set<string>): PreparedNote[] {
  const due = notes.filter((n) => n.anchor === anchor && !shown.has(n.id) && holdsClaim(sentence, n.claim));
  for (const n of due) shown.add(n.id);
  return due;
}

/**
 * Problems with the notes, each naming content/editor-notes.yaml and the note: an article that
 * does not exist, an anchor that is not one of its paragraphs, a claim the paragraph does not
 * hold, two notes on one claim, a citation to nothing, a sentence without its citation, and
 * (with `voice`) a sentence that rests on no reference or does not carry its reference's claim.
 */
export function editorNoteProblems(notes: readonly EditorNote[], paragraphs: ReadonlyMap<string, ReadonlyMap<string, string>>, citable: ReadonlySet<string>, voice?: VoiceContext): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const note of notes) {
    const name = `${EDITOR_NOTES_FILE}: note "${note.id}" (${note.article}#${note.anchor})`;
    const article = paragraphs.get(note.article);
    const paragraph = article?.get(note.anchor);
    if (!article) problems.push(`${name}: there is no article "${note.article}" (content/articles/${note.article}.mdx)`);
    else if (paragraph === undefined) problems.push(`${name}: the article has no paragraph with the anchor "${note.anchor}"`);
    else if (!holdsClaim(paragraph, note.claim)) problems.push(`${name}: the paragraph does not contain the claim “${note.claim}” (copy its words exactly)`);
    const key = `${note.article}#${note.anchor}#${squash(note.claim)}`;
    if (seen.has(key)) problems.push(`${name}: another note is about the same claim; a claim can have only one note`);
    seen.add(key);
    const keys = citationKeys(note.text);
    if (keys.length === 0) problems.push(`${name}: the note cites nothing`);
    for (const k of keys) if (!citable.has(k)) problems.push(`${name}: cites [@${k}], which is neither a source id nor a reference id`);
    for (const sentence of note.text.trim().split(/(?<=[.!?])\s+(?=[A-Z“"])/)) {
      if (!CITED_SENTENCE.test(sentence)) problems.push(`${name}: the sentence "${sentence}" does not end with its citation`);
    }
    if (voice) for (const problem of voiceProblems(note.text, voice, { requireReference: true })) problems.push(`${name}: ${problem}`);
  }
  return problems;
}

/**
 * The notes of every article, read before the content collections exist (the article plugin
 * runs in astro.config): citations resolve to a reference on /about/ or to the article that has
 * that source id, under the site's base path.
 */
export function editorNotesFromFiles(articlesDir: string, base: string, notesFile = EDITOR_NOTES_FILE): (articleId: string) => PreparedNote[] {
  const notes = readYamlEntries(notesFile, editorNoteEntry);
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
    throw new Error(`${notesFile}: citation [@${key}] points to no article source or reference`);
  };
  const cache = new Map<string, PreparedNote[]>();
  return (articleId) => {
    if (!cache.has(articleId)) cache.set(articleId, notesForArticle(articleId, resolve, notes));
    return cache.get(articleId)!;
  };
}
