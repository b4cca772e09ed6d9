// Combining per-concept results: all-word matches first, any-word fallback ranked by how
// many concepts a page matches, and no loose single-word matches beside a real answer.
import { describe, expect, it } from 'vitest';
import { FEW, rankHits, type Hit } from '../../../src/lib/search/rank.ts';
import { random } from '../../support/seeded-random.ts';

const hits = (...pairs: [string, number][]): Hit<string>[] => pairs.map(([id, score]) => ({ id, score, item: id }));

describe('rankHits', () => {
  it('puts pages with every concept first, by summed score', () => {
    const { results, allMatched } = rankHits([hits(['a', 1], ['b', 5], ['c', 1], ['d', 1]), hits(['a', 1], ['b', 1], ['c', 9])]);
    expect(allMatched).toBe(3);
    expect(results.map((r) => r.id)).toEqual(['c', 'b', 'a']);
  });

  it('falls back to any concept when no page has all, most concepts first', () => {
    const { results, allMatched } = rankHits([hits(['a', 1], ['b', 1]), hits(['b', 1], ['c', 5]), hits(['d', 9])]);
    expect(allMatched).toBe(0);
    expect(results.map((r) => [r.id, r.matched])).toEqual([['b', 2], ['d', 1], ['c', 1], ['a', 1]]);
  });

  it('with two concepts and one page having both, shows only that page ("chest pain")', () => {
    const { results } = rankHits([hits(['urgent', 5]), hits(['urgent', 1], ['x', 3], ['y', 3])]);
    expect(results.map((r) => r.id)).toEqual(['urgent']);
  });

  it('scores a page by its best alternative within a concept, not the sum of them', () => {
    const { results } = rankHits([hits(['a', 3], ['a', 4], ['b', 5])]);
    expect(results.map((r) => [r.id, r.score])).toEqual([['b', 5], ['a', 4]]);
  });

  it('property: the list is ordered by concepts matched, then score; no page twice', () => {
    const next = random(3);
    for (let n = 0; n < 200; n++) {
      const concepts = 1 + Math.floor(next() * 4);
      const byConcept = Array.from({ length: concepts }, () => hits(...Array.from({ length: Math.floor(next() * 8) }, (): [string, number] => [`p${Math.floor(next() * 10)}`, next() * 10])));
      const { results, allMatched } = rankHits(byConcept);
      expect(new Set(results.map((r) => r.id)).size).toBe(results.length);
      for (let i = 1; i < results.length; i++) {
        const [a, b] = [results[i - 1]!, results[i]!];
        expect(a.matched > b.matched || (a.matched === b.matched && a.score >= b.score)).toBe(true);
      }
      if (allMatched >= FEW) expect(results.every((r) => r.matched === concepts)).toBe(true);
    }
  });
});
