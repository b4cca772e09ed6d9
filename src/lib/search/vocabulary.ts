// The words the search index holds, emitted at build time so the browser can tell a known word
// from a typo and correct it without matching fragments of words.
import { isNumber, wordsOf } from './words.ts';

/** What the browser loads beside the index: known words, most widespread first, and aliases. */
export interface SearchWords {
  /** Every indexed word (numbers left out), by how many pages use it, most first. */
  words: string[];
  /** Reader's phrase (a topic alias, as words joined by spaces) → the titles of its topics. */
  aliases: Record<string, string[]>;
}

/** The indexed words of the given page texts, most widespread first (ties alphabetical). */
export function vocabularyOf(texts: Iterable<string>): string[] {
  const pages = new Map<string, number>();
  for (const text of texts) {
    for (const word of new Set(wordsOf(text))) if (!isNumber(word)) pages.set(word, (pages.get(word) ?? 0) + 1);
  }
  return [...pages].sort(([a, m], [b, n]) => n - m || (a < b ? -1 : 1)).map(([w]) => w);
}

/** Topic aliases keyed by their words, each leading to the titles of the topics that have it. */
export function aliasesOf(topics: readonly { title: string; aliases: readonly string[] }[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const topic of topics) {
    for (const alias of topic.aliases) {
      const key = wordsOf(alias).join(' ');
      if (key && key !== wordsOf(topic.title).join(' ')) (out[key] ??= []).push(topic.title);
    }
  }
  return out;
}
