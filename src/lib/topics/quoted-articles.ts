// Which articles a topic page quotes. With a handful of articles it quotes them all; with
// thousands it quotes the few that say most about the topic and counts the rest, so the page
// stays short and its build cost does not grow with the corpus.

/** How many articles a topic page quotes at most. */
export const QUOTED_ARTICLES_LIMIT = 8;

/** The articles to quote (most mentions first, then in the given order) and how many are left out. */
export function quotedArticles<T extends { mentions: readonly unknown[] }>(mentioning: readonly T[], limit = QUOTED_ARTICLES_LIMIT): { shown: T[]; more: number } {
  const ranked = mentioning.map((entry, order) => ({ entry, order })).sort((a, b) => b.entry.mentions.length - a.entry.mentions.length || a.order - b.order);
  return { shown: ranked.slice(0, limit).map((r) => r.entry), more: Math.max(0, mentioning.length - limit) };
}
