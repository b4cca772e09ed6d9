// Everything the query layer knows about words: the index's vocabulary (from the build), the
// topic aliases and page names (from the build) and the reviewed synonym list, in the shapes
// lookups need. Phrases and names are compared by stems, as Pagefind compares words.
import { stem, stemKey } from './stem.ts';
import { STOP_WORDS } from './stop-words.ts';
import { SYNONYMS } from './synonyms.ts';
import type { SearchWords } from './vocabulary.ts';
import { WARNING_TERMS } from './warning-terms.ts';
import { wordsOf } from './words.ts';

/** Lookups for planning and ranking a query. */
export interface Lexicon {
  /** Words in the index. */
  known: ReadonlySet<string>;
  /** Stems of the words in the index. */
  stems: ReadonlySet<string>;
  /** Stem → the most widespread index word with it, the form searched and marked ("prolapse" → "prolapsed"). */
  surface: ReadonlyMap<string, string>;
  /** Words corrections may choose from, most widespread first. */
  candidates: readonly string[];
  /** Stems of words that only appear in readers' phrases (not in the index). */
  phraseStems: ReadonlySet<string>;
  /** Reader's phrase or word (stems joined by spaces) → what to search instead or as well. */
  expansions: ReadonlyMap<string, readonly string[]>;
  /** The most words any phrase in `expansions` has. */
  longestPhrase: number;
  /** Neighbouring stems ("baker cyst") in the site's phrases, page names and warning-sign terms, for correcting a word by its context. */
  pairs: ReadonlySet<string>;
  /** Page id → the stems of each of its own names, for pages made for one subject. */
  names: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** The warning-signs page's id. */
  urgent: string;
  /** How many pages are indexed. */
  pages: number;
  /** Stems of the words on more than half the pages. */
  common: ReadonlySet<string>;
}

/** The lexicon for a site's search words and a synonym list. */
export function buildLexicon(data: Pick<SearchWords, 'words'> & Partial<SearchWords>, synonyms: Readonly<Record<string, readonly string[]>> = SYNONYMS): Lexicon {
  // A page's names after its title are its topic's aliases: each leads to the title.
  const aliases: Record<string, string[]> = {};
  for (const [title, ...others] of Object.values(data.names ?? {})) for (const alias of others) if (alias !== title) (aliases[alias] ??= []).push(title!);
  const expansions = new Map<string, string[]>();
  const add = (key: string, targets: readonly string[]) => {
    const stems = stemKey(wordsOf(key));
    const list = expansions.get(stems) ?? [];
    for (const t of targets) if (!list.includes(t) && stemKey(wordsOf(t)) !== stems) list.push(t);
    expansions.set(stems, list);
  };
  for (const [key, targets] of Object.entries(synonyms)) add(key, targets);
  for (const [key, titles] of Object.entries(aliases)) add(key, titles);
  const known = new Set(data.words);
  const surface = new Map<string, string>();
  for (const word of data.words) if (!surface.has(stem(word))) surface.set(stem(word), word);
  const stems = new Set(surface.keys());
  const phraseStems = new Set([...expansions.keys()].flatMap((k) => k.split(' ')).filter((s) => !stems.has(s)));
  // Readers' words in phrases, and the words of warning-sign terms in another form than the
  // index keeps ("both lges" → "legs", where the index keeps "leg"), may be corrected to.
  const termWords = WARNING_TERMS.flatMap(wordsOf).filter((w) => stems.has(stem(w)));
  const phraseWords = [...new Set([...Object.keys(synonyms), ...Object.keys(aliases), ...termWords].flatMap(wordsOf))].filter((w) => !known.has(w));
  const names = new Map(Object.entries(data.names ?? {}).map(([id, list]) => [id, list.map((n) => wordsOf(n).filter((w) => !STOP_WORDS.has(w)).map(stem))]));
  const pairs = new Set<string>();
  // Phrases count with their stop words ("pins and needles") and without ("loss of bladder
  // control" gives "bladder control"), as the query layer looks at both neighbours.
  const stopStems = new Set([...STOP_WORDS].map(stem));
  const readers = [...[...expansions.keys()].map((k) => k.split(' ')), ...WARNING_TERMS.map((t) => wordsOf(t).map(stem))];
  for (const phrase of [...readers, ...readers.map((p) => p.filter((s) => !stopStems.has(s))), ...[...names.values()].flat()]) {
    for (let i = 1; i < phrase.length; i++) pairs.add(`${phrase[i - 1]} ${phrase[i]}`);
  }
  return {
    known,
    stems,
    surface,
    phraseStems,
    candidates: [...data.words, ...phraseWords],
    expansions,
    longestPhrase: Math.max(1, ...[...expansions.keys()].map((k) => k.split(' ').length)),
    pairs,
    names,
    urgent: data.urgent ?? '',
    pages: data.pages ?? data.words.length,
    common: new Set((data.common ?? []).map(stem)),
  };
}
