// Combines the searches of a plan into one ranked list. Every page that matches any concept is
// ranked (a long question rarely has every word on the page made for it), by:
// - relevance: each matched concept counts by how rare it is on the site (a word on every page,
//   "pain", says little; "hamstrings" says a lot) and by Pagefind's score for the page within
//   that concept (scaled to the concept's best), times the share of the query's weight matched;
// - names: a page made for one subject (a topic or a tool) gains, for its best title or alias,
//   twice the weight of the query's concepts in that name times the square of the share of the
//   name that is the query's words, so the page made for the question comes before an article
//   that merely mentions it; a word on most pages counts only in a name the query covers whole;
// - the warning signs: first when the query names a warning sign (even when no search found them),
//   and out of the top three
//   (at the end) when it does not.

import { isCommon } from './vocabulary.ts';

/** One search result: an id, Pagefind's score, and whatever the caller needs to show it. */
export interface Hit<T> {
  id: string;
  score: number;
  item: T;
}

/** A result in the combined list. */
export interface Ranked<T> extends Hit<T> {
  /** How many of the plan's concepts the page matches. */
  matched: number;
}

/** What ranking needs beyond the hits. */
export interface RankOptions<T = unknown> {
  /** Per concept, the stems of each of its searches (for comparing with page names). */
  conceptStems?: readonly (readonly (readonly string[])[])[];
  /** Page id → stems of each of its own names. */
  names?: ReadonlyMap<string, readonly (readonly string[])[]>;
  /** How many pages the site has (for how rare a concept is). */
  pages?: number;
  /** The warning-signs page, whether the query names a warning sign, and the page to put first when no search found it. */
  urgent?: { id: string; first: boolean; page?: Hit<T> };
}

/** How much a page's own name counts against relevance (which is at most 1). */
const NAME_WEIGHT = 2;

/** True when one of `names` holds every stem of one of a concept's searches. */
function names(concept: readonly (readonly string[])[], pageNames: readonly (readonly string[])[]): boolean {
  return concept.some((search) => search.length > 0 && pageNames.some((name) => search.every((s) => name.includes(s))));
}

/** The combined ranking of per-concept results (`byConcept[c]`: every alternative's hits, flattened). */
export function rankHits<T>(byConcept: readonly (readonly Hit<T>[])[], options: RankOptions<T> = {}): { results: Ranked<T>[]; allMatched: number } {
  // The best hit per page within each concept.
  const best = byConcept.map((hits) => {
    const map = new Map<string, Hit<T>>();
    for (const hit of hits) if ((map.get(hit.id)?.score ?? -1) < hit.score) map.set(hit.id, hit);
    return map;
  });
  const sitePages = Math.max(options.pages ?? 0, ...best.map((m) => m.size), 1);
  // A concept's weight: its inverse document frequency (rarer on the site, more weight).
  const weights = best.map((m) => (m.size === 0 ? 0 : Math.log(1 + sitePages / m.size)));
  const total = weights.reduce((a, b) => a + b, 0) || 1;
  // A concept on more than half the site's pages (the rule the build uses for common words).
  const common = best.map((m) => isCommon(m.size, sitePages));
  const queryStems = new Set((options.conceptStems ?? []).flat(2));
  const pages = new Map<string, { hit: Hit<T>; matched: number; relevance: number; weight: number; sum: number }>();
  best.forEach((map, c) => {
    const top = Math.max(...[...map.values()].map((h) => h.score), Number.MIN_VALUE);
    for (const hit of map.values()) {
      const page = pages.get(hit.id) ?? { hit, matched: 0, relevance: 0, weight: 0, sum: 0 };
      page.matched++;
      page.sum += hit.score;
      page.weight += weights[c]!;
      page.relevance += weights[c]! * (0.5 + (0.5 * hit.score) / top);
      if (hit.score > page.hit.score) page.hit = hit;
      pages.set(hit.id, page);
    }
  });
  const ranked = [...pages.values()].map((p) => {
    const own = options.names?.get(p.hit.id) ?? [];
    // Each name scores the weight of the concepts it holds times the square of its share that
    // is the query's words; a word on most pages ("knee", "pain") only counts in a name the
    // query covers whole, so "runner's knee" does not claim every knee question.
    const nameScore = Math.max(
      0,
      ...own.map((name) => {
        if (name.length === 0) return 0;
        const cover = name.filter((s) => queryStems.has(s)).length / name.length;
        let named = 0;
        (options.conceptStems ?? []).forEach((concept, c) => {
          if (names(concept, [name]) && (cover === 1 || !common[c])) named += weights[c] ?? 0;
        });
        return (named / total) * cover ** 2;
      }),
    );
    const rank = ((p.weight / total) * p.relevance) / total + NAME_WEIGHT * nameScore;
    return { result: { id: p.hit.id, item: p.hit.item, score: p.sum, matched: p.matched }, rank };
  });
  ranked.sort((a, b) => b.rank - a.rank || b.result.score - a.result.score || (a.result.id < b.result.id ? -1 : 1));
  const results = ranked.map((r) => r.result);
  const urgent = options.urgent;
  const at = urgent ? results.findIndex((r) => r.id === urgent.id) : -1;
  if (urgent && at >= 0) {
    const [page] = results.splice(at, 1);
    if (urgent.first) results.unshift(page!);
    else results.push(page!);
  } else if (urgent?.first && urgent.page) {
    // A query that names a warning sign gets the warning signs first even when none of its
    // words is on that page ("cant feel when i wipe").
    results.unshift({ ...urgent.page, matched: 0 });
  }
  return { results, allMatched: results.filter((r) => r.matched === byConcept.length).length };
}
