import { describe, expect, it } from 'vitest';
import { quotedArticles } from '../../../src/lib/topics/quoted-articles.ts';

const entry = (id: string, count: number) => ({ id, mentions: Array.from({ length: count }, (_, i) => i) });

describe('articles quoted on a topic page', () => {
  it('quotes every article when there are few, in their order', () => {
    const { shown, more } = quotedArticles([entry('a', 1), entry('b', 1), entry('c', 1)], 8);
    expect(shown.map((e) => e.id)).toEqual(['a', 'b', 'c']);
    expect(more).toBe(0);
  });

  it('past the limit, quotes those with most mentions and counts the rest', () => {
    const { shown, more } = quotedArticles([entry('a', 1), entry('b', 4), entry('c', 2), entry('d', 4), entry('e', 1)], 3);
    expect(shown.map((e) => e.id)).toEqual(['b', 'd', 'c']);
    expect(more).toBe(2);
  });
});
