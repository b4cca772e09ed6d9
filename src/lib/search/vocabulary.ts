// The words the search index holds, emitted at build time so the browser can tell a known word
// from a typo and correct it without matching fragments of words, and the names of the pages
// made for one subject (their titles and aliases), for ranking and for readers' phrases.
import { stem } from './stem.ts';
import { STOP_WORDS } from './stop-words.ts';
import { isNumber, wordsOf } from './words.ts';

/** What the browser loads beside the index: known words, most widespread first, and aliases. */
export interface SearchWords {
  /** Every indexed word (numbers left out), by how many pages use it, most first. */
  words: string[];
  /** Pagefind page id → the page's own names (title, then its topic's aliases; words joined by spaces), for pages made for one subject: topics and tools. */
  names: Record<string, string[]>;
  /** The Pagefind page id of the warning-signs page. */
  urgent: string;
  /** How many pages are indexed. */
  pages: number;
  /** The words (of `words`) on more than half the pages in some form, stop words left out: they say little about a page ("knee", "pain"). */
  common: string[];
  /** The first key of each of the speller's dictionary files (see english.ts). */
  english: string[];
}

/** One indexed page as the build reads it back from Pagefind's fragments. */
export interface IndexedPage {
  id: string;
  /** The page's address from the site's root (no base path), e.g. /tools/nerve-map/. */
  path: string;
  title: string;
  kind: string;
  text: string;
}

/** The names of pages made for one subject (every kind but articles, and not the warning signs): title, and topic aliases or a tool's other names (by address). */
export function namesOf(
  pages: readonly IndexedPage[],
  topics: readonly { title: string; aliases: readonly string[] }[],
  toolNames: Readonly<Record<string, readonly string[]>> = {},
): Record<string, string[]> {
  const aliases = new Map(topics.map((t) => [wordsOf(t.title).join(' '), t.aliases]));
  const out: Record<string, string[]> = {};
  for (const page of pages) {
    if (page.kind === 'Article' || page.kind === URGENT_KIND) continue;
    const title = wordsOf(page.title).join(' ');
    out[page.id] = [title, ...[...(aliases.get(title) ?? []), ...(toolNames[page.path] ?? [])].map((a) => wordsOf(a).join(' '))];
  }
  return out;
}

/** The kind of the warning-signs page. */
export const URGENT_KIND = 'Urgent help';

/** The indexed words of the given page texts, most widespread first (ties alphabetical), one form per stem: Pagefind searches every form of a stem alike, so the commonest form stands for the others. */
export function vocabularyOf(texts: Iterable<string>): string[] {
  const pages = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(wordsOf(text))) if (!isNumber(word)) pages.set(word, (pages.get(word) ?? 0) + 1);
  }
  const stems = new Set<string>();
  return [...pages]
    .sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1))
    .map(([w]) => w)
    .filter((w) => !stems.has(stem(w)) && stems.add(stem(w)));
}

/** Whether a word (or a query's concept) on `pages` of the site's `sitePages` is common: on more than half of them, so it says little about a page. */
export function isCommon(pages: number, sitePages: number): boolean {
  return pages > sitePages / 2;
}

/** The words of `vocabulary` whose stem is common on the given page texts (stop words left out). */
export function commonWords(vocabulary: readonly string[], texts: readonly string[]): string[] {
  const pages = new Map<string, number>();
  for (const text of texts) for (const s of new Set(wordsOf(text).map(stem))) pages.set(s, (pages.get(s) ?? 0) + 1);
  return vocabulary.filter((w) => !STOP_WORDS.has(w) && isCommon(pages.get(stem(w)) ?? 0, texts.length));
}
