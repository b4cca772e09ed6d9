// Everything the query layer knows about words: the index's vocabulary (from the build), the
// topic aliases (from the build) and the reviewed synonym list, in the shapes lookups need.
import { SYNONYMS } from './synonyms.ts';
import type { SearchWords } from './vocabulary.ts';
import { wordsOf } from './words.ts';

/** Lookups for planning a query. */
export interface Lexicon {
  /** Words in the index. */
  known: ReadonlySet<string>;
  /** Words corrections may choose from, most widespread first. */
  candidates: readonly string[];
  /** Words that only appear in readers' phrases (not in the index). */
  phraseWords: ReadonlySet<string>;
  /** Reader's phrase or word (words joined by spaces) → what to search instead or as well. */
  expansions: ReadonlyMap<string, readonly string[]>;
  /** The most words any phrase in `expansions` has. */
  longestPhrase: number;
}

/** The lexicon for a site's search words and a synonym list. */
export function buildLexicon(data: SearchWords, synonyms: Readonly<Record<string, readonly string[]>> = SYNONYMS): Lexicon {
  const expansions = new Map<string, string[]>();
  const add = (key: string, targets: readonly string[]) => {
    const words = wordsOf(key).join(' ');
    const list = expansions.get(words) ?? [];
    for (const t of targets) if (!list.includes(t) && wordsOf(t).join(' ') !== words) list.push(t);
    expansions.set(words, list);
  };
  for (const [key, targets] of Object.entries(synonyms)) add(key, targets);
  for (const [key, titles] of Object.entries(data.aliases)) add(key, titles);
  const known = new Set(data.words);
  const phraseWords = new Set([...expansions.keys()].flatMap((k) => k.split(' ')).filter((w) => !known.has(w)));
  return {
    known,
    phraseWords,
    candidates: [...data.words, ...phraseWords],
    expansions,
    longestPhrase: Math.max(1, ...[...expansions.keys()].map((k) => k.split(' ').length)),
  };
}
