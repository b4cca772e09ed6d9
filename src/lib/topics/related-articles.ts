// Ranks other articles by how many topics they share with one article.

/** Other articles sharing at least one topic, most shared first (ties by id), with the shared topic ids. */
export function relatedArticles(articleId: string, byArticle: ReadonlyMap<string, readonly string[]>): { id: string; shared: string[] }[] {
  const own = new Set(byArticle.get(articleId) ?? []);
  return [...byArticle]
    .filter(([id]) => id !== articleId)
    .map(([id, topics]) => ({ id, shared: topics.filter((t) => own.has(t)) }))
    .filter((r) => r.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || a.id.localeCompare(b.id));
}
