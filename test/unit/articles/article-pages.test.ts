import { describe, expect, it } from 'vitest';
import { articleIndexPages, articleIndexPath, pageLinks } from '../../../src/lib/articles/article-pages.ts';
import type { Article } from '../../../src/lib/articles/articles.ts';

const articles = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `a${i}` }) as Article);

describe('the article index in pages', () => {
  it('is one page at /articles/ for a handful of articles', () => {
    const pages = articleIndexPages(articles(4));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.articles).toHaveLength(4);
    expect(articleIndexPath(1)).toBe('/articles/');
  });

  it('splits many articles into full pages, the last holding the rest', () => {
    const pages = articleIndexPages(articles(120), 50);
    expect(pages.map((p) => p.articles.length)).toEqual([50, 50, 20]);
    expect(pages.map((p) => p.count)).toEqual([3, 3, 3]);
    expect(articleIndexPath(3)).toBe('/articles/page/3/');
  });

  it('links the first and last pages and two either side of the current one', () => {
    expect(pageLinks(1, 3)).toEqual([1, 2, 3]);
    expect(pageLinks(10, 200)).toEqual([1, null, 8, 9, 10, 11, 12, null, 200]);
    expect(pageLinks(200, 200)).toEqual([1, null, 198, 199, 200]);
  });
});
