// Runs a query plan against Pagefind (or anything with its search call). Pagefind matches a
// word's prefix ("bum" finds "bump") and, for a word it lacks, ever shorter prefixes
// ("acetaminophen" ended at "a"); its exact mode ("quoted") matches whole words (and their
// stems) but scores every page alike. So each search is scored normally and kept only on
// pages the exact search finds for every one of its words.
import type { Lexicon } from './lexicon.ts';
import type { QueryPlan } from './query-plan.ts';
import { rankHits, type Hit, type Ranked } from './rank.ts';
import { stem } from './stem.ts';
import { URGENT_KIND } from './vocabulary.ts';
import { namesWarningSign } from './warning-terms.ts';
import { wordsOf } from './words.ts';

/** The part of Pagefind's API this needs (a null term finds every page the filters allow). */
export interface SearchEngine<T> {
  search(term: string | null, options: { filters: Record<string, string> }): Promise<{ results: { id: string; score: number; data: T }[] } | null>;
}

/** The ranked results of a plan, optionally only pages of one kind; the lexicon gives page names, the site's size and the warning-signs page. */
export async function runPlan<T>(plan: QueryPlan, engine: SearchEngine<T>, kind?: string, lexicon?: Pick<Lexicon, 'names' | 'pages' | 'urgent'>): Promise<{ results: Ranked<T>[]; allMatched: number }> {
  const filters: Record<string, string> = kind ? { kind } : {};
  const wholeWord = new Map<string, Promise<Set<string>>>();
  const pagesWith = (word: string) => {
    let pages = wholeWord.get(word);
    if (!pages) {
      pages = engine.search(`"${word}"`, { filters }).then((r) => new Set((r?.results ?? []).map((x) => x.id)));
      wholeWord.set(word, pages);
    }
    return pages;
  };
  const searchable = plan.concepts.filter((c) => c.searches.length > 0);
  const byConcept = await Promise.all(
    searchable.map(async (concept) => {
      const perSearch = await Promise.all(
        concept.searches.map(async (term): Promise<Hit<T>[]> => {
          const [found, ...exact] = await Promise.all([engine.search(term, { filters }), ...wordsOf(term).map(pagesWith)]);
          return (found?.results ?? []).filter((r) => exact.every((ids) => ids.has(r.id))).map((r) => ({ id: r.id, score: r.score, item: r.data }));
        }),
      );
      return perSearch.flat();
    }),
  );
  // The warning-signs page itself, for a query that names a warning sign when no search found it
  // (unless the reader chose another kind of page).
  const urgentFirst = namesWarningSign(plan);
  const urgentId = lexicon?.urgent;
  const missing = urgentFirst && urgentId && (!kind || kind === URGENT_KIND) && !byConcept.some((hits) => hits.some((h) => h.id === urgentId));
  const found = missing ? (await engine.search(null, { filters: { kind: URGENT_KIND } }))?.results.find((r) => r.id === urgentId) : undefined;
  return rankHits(byConcept, {
    conceptStems: searchable.map((c) => c.searches.map((s) => wordsOf(s).map(stem))),
    names: lexicon?.names,
    pages: lexicon?.pages,
    urgent: urgentId ? { id: urgentId, first: urgentFirst, page: found && { id: found.id, score: 0, item: found.data } } : undefined,
  });
}
