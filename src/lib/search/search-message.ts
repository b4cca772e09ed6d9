// What the results line says about a search: what was searched, corrections, words the site
// does not have, and whether the pages have all the words or only some.
import type { QueryPlan } from './query-plan.ts';
import { wordsOf } from './words.ts';

/** The parts of the message; the UI marks up `searched` as emphasis. */
export interface SearchMessage {
  /** "Showing results for …" when anything was corrected, else undefined. */
  correctedTo?: string;
  /** Words not on the site (not matched by any fragment of them). */
  unknown: string[];
  /** True when no page has every concept and the list shows pages with some of them. */
  someWords: boolean;
}

/** The message for a plan and how many results had every concept. */
export function searchMessage(plan: QueryPlan, allMatched: number, total: number): SearchMessage {
  const corrected = plan.concepts.some((c) => c.status === 'corrected');
  const shown = plan.concepts.filter((c) => c.status !== 'unknown').map((c) => c.said);
  return {
    correctedTo: corrected ? shown.join(' ') : undefined,
    unknown: plan.concepts.filter((c) => c.status === 'unknown').map((c) => c.said),
    someWords: total > 0 && allMatched === 0 && shown.length > 1,
  };
}

/**
 * The words to mark on a result's page: the reader's own words where the index has them, else
 * the first term they were expanded to ("acetaminophen" marks "pain relievers"). A topic
 * title an alias led to is not marked word by word ("quadriceps" does not mark "weak").
 */
export function highlightWords(plan: QueryPlan): string[] {
  return [...new Set(plan.concepts.flatMap((c) => wordsOf(c.searches[0] ?? '')))];
}
