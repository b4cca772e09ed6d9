// Combines the searches of a plan into one ranked list. Pages that match every concept come
// first. When none do, pages matching any concept follow, most concepts first; when only a
// few do, only pages missing just one of three or more concepts join them (with two concepts,
// "chest pain", a page with only "pain" is a loose match, not an answer). Within a concept a
// page scores its best alternative (a synonym or the typed word).

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

/** Fewer pages than this matching every concept brings in pages that miss one. */
export const FEW = 3;

/** The combined ranking of per-concept results (`byConcept[c]`: every alternative's hits, flattened). */
export function rankHits<T>(byConcept: readonly (readonly Hit<T>[])[]): { results: Ranked<T>[]; allMatched: number } {
  const pages = new Map<string, { score: number; matched: number; best: Hit<T> }>();
  for (const hits of byConcept) {
    // The best hit per page within this concept.
    const best = new Map<string, Hit<T>>();
    for (const hit of hits) if ((best.get(hit.id)?.score ?? -1) < hit.score) best.set(hit.id, hit);
    for (const hit of best.values()) {
      const page = pages.get(hit.id);
      if (!page) pages.set(hit.id, { score: hit.score, matched: 1, best: hit });
      else {
        page.score += hit.score;
        page.matched++;
        if (hit.score > page.best.score) page.best = hit;
      }
    }
  }
  const all = byConcept.length;
  const ranked = [...pages.values()]
    .map(({ score, matched, best }) => ({ id: best.id, item: best.item, score, matched }))
    .sort((a, b) => b.matched - a.matched || b.score - a.score || (a.id < b.id ? -1 : 1));
  const allMatched = ranked.filter((r) => r.matched === all).length;
  if (allMatched === 0) return { results: ranked, allMatched };
  const enough = allMatched >= FEW || all < 3 ? all : all - 1;
  return { results: ranked.filter((r) => r.matched >= enough), allMatched };
}
