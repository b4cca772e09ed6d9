// The article index in pages: with a handful of articles it is one page; with thousands each
// page lists a readable number, so no page grows with the corpus.
import type { Article } from './articles.ts';

/** Articles listed on one index page. */
export const ARTICLES_PER_PAGE = 50;

/** One page of the article index. */
export interface ArticleIndexPage {
  /** 1-based page number. */
  number: number;
  /** How many pages there are. */
  count: number;
  articles: Article[];
}

/** The site path of index page `number` (page 1 is /articles/ itself). */
export function articleIndexPath(number: number): string {
  return number === 1 ? '/articles/' : `/articles/page/${number}/`;
}

/** The articles split into index pages, in reading order. */
export function articleIndexPages(articles: readonly Article[], perPage = ARTICLES_PER_PAGE): ArticleIndexPage[] {
  const count = Math.max(1, Math.ceil(articles.length / perPage));
  return Array.from({ length: count }, (_, i) => ({ number: i + 1, count, articles: articles.slice(i * perPage, (i + 1) * perPage) }));
}

/** Page numbers to link from page `number`: the first, the last and two either side, with `null` where numbers are skipped. */
export function pageLinks(number: number, count: number): (number | null)[] {
  const wanted = [...new Set([1, number - 2, number - 1, number, number + 1, number + 2, count])].filter((n) => n >= 1 && n <= count).sort((a, b) => a - b);
  return wanted.flatMap((n, i) => (i > 0 && n - wanted[i - 1]! > 1 ? [null, n] : [n]));
}
