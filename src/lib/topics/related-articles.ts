// Ranks other articles by how many topics they share with one article.
//
// Why bitmasks: every article page asks for its related articles, so a per-page scan that
// filtered and sorted every other article made the build quadratic (and the page listed
// thousands of links). Each article's topics become a bitmask once; a page then costs one pass
// of AND + popcount over small integer arrays and keeps only the best few.

/** An article related to another one, with the topic ids both mention. */
export interface RelatedArticle {
  id: string;
  shared: string[];
}

/** How many related articles a page lists. */
export const RELATED_LIMIT = 5;

/** Number of set bits in a 32-bit integer. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * A lookup of related articles over `byArticle` (article id → its topic ids): for an article,
 * up to `limit` others sharing at least one topic, most shared first, ties by id.
 */
export function relatedArticlesOf(byArticle: ReadonlyMap<string, readonly string[]>, limit = RELATED_LIMIT): (articleId: string) => RelatedArticle[] {
  // Sorted ids make "ties by id" a comparison of positions.
  const ids = [...byArticle.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const position = new Map(ids.map((id, i) => [id, i]));
  const bit = new Map<string, number>();
  for (const topics of byArticle.values()) for (const topic of topics) if (!bit.has(topic)) bit.set(topic, bit.size);
  const words = Math.max(1, Math.ceil(bit.size / 32));
  const masks = new Uint32Array(ids.length * words);
  ids.forEach((id, i) => {
    for (const topic of byArticle.get(id)!) {
      const b = bit.get(topic)!;
      masks[i * words + (b >>> 5)]! |= 1 << (b & 31);
    }
  });

  return (articleId) => {
    const self = position.get(articleId);
    if (self === undefined) return [];
    // Best candidates so far as [count, position], kept sorted (count desc, position asc).
    const best: [number, number][] = [];
    for (let j = 0; j < ids.length; j++) {
      if (j === self) continue;
      let count = 0;
      for (let w = 0; w < words; w++) count += popcount(masks[self * words + w]! & masks[j * words + w]!);
      if (count === 0 || (best.length === limit && count <= best[limit - 1]![0])) continue;
      let at = best.length;
      while (at > 0 && best[at - 1]![0] < count) at--;
      best.splice(at, 0, [count, j]);
      if (best.length > limit) best.pop();
    }
    const own = new Set(byArticle.get(articleId));
    return best.map(([, j]) => ({ id: ids[j]!, shared: byArticle.get(ids[j]!)!.filter((t) => own.has(t)) }));
  };
}
