// Combining per-concept results: every page with any concept is ranked, the rarer concept
// weighs more, pages matching more of the query come first, a page made for the question
// (its name is the query's words) beats pages that merely mention them, and the warning signs
// come first only for a query that names a warning sign.
import { describe, expect, it } from 'vitest';
import { rankHits, type Hit } from '../../../src/lib/search/rank.ts';
import { random } from '../../support/seeded-random.ts';

const hits = (...pairs: [string, number][]): Hit<string>[] => pairs.map(([id, score]) => ({ id, score, item: id }));
const ids = (r: { results: { id: string }[] }) => r.results.map((x) => x.id);

describe('rankHits', () => {
  it('puts a page with every concept and the best scores first, and keeps pages with some', () => {
    const { results, allMatched } = rankHits([hits(['a', 1], ['b', 5], ['c', 1]), hits(['b', 4], ['c', 1], ['d', 9])], { pages: 10 });
    expect(allMatched).toBe(2);
    expect(results[0]!.id).toBe('b');
    expect(new Set(ids({ results }))).toEqual(new Set(['a', 'b', 'c', 'd']));
  });

  it('weighs the rarer concept more: only the rare word beats only the common word', () => {
    // "pain" is on every page; "hamstrings" on two.
    const common = hits(...Array.from({ length: 10 }, (_, i): [string, number] => [`p${i}`, 1]));
    const { results } = rankHits([common, hits(['h1', 1], ['h2', 1])], { pages: 10 });
    expect(ids({ results }).slice(0, 2).sort()).toEqual(['h1', 'h2']);
  });

  it('puts the page made for the question (its name) before an article that mentions every word', () => {
    const byConcept = [hits(['article', 9], ['topic', 2]), hits(['article', 9])];
    const names = new Map([['topic', [['tight', 'hamstr']]]]);
    const { results } = rankHits(byConcept, { pages: 10, names, conceptStems: [[['hamstr']], [['tight']]] });
    expect(ids({ results })).toEqual(['topic', 'article']);
    // Without names the article, with both words and better scores, comes first.
    expect(ids(rankHits(byConcept, { pages: 10 }))).toEqual(['article', 'topic']);
  });

  it('puts the warning signs first when the query names a sign, and out of the top three when not', () => {
    const byConcept = [hits(['urgent', 9], ['a', 5], ['b', 4], ['c', 3], ['d', 2])];
    expect(ids(rankHits(byConcept, { urgent: { id: 'urgent', first: true } }))[0]).toBe('urgent');
    expect(ids(rankHits(byConcept, { urgent: { id: 'urgent', first: false } }))).toEqual(['a', 'b', 'c', 'd', 'urgent']);
    // Named but found by no search: the page given comes first; not named, it is left out.
    const without = [hits(['a', 5], ['b', 4])];
    const page = { id: 'urgent', score: 0, item: 'urgent' };
    expect(ids(rankHits(without, { urgent: { id: 'urgent', first: true, page } }))).toEqual(['urgent', 'a', 'b']);
    expect(ids(rankHits(without, { urgent: { id: 'urgent', first: false, page } }))).toEqual(['a', 'b']);
  });

  it('scores a page by its best alternative within a concept, not the sum of them', () => {
    const { results } = rankHits([hits(['a', 3], ['a', 4], ['b', 5])]);
    expect(results.map((r) => [r.id, r.score])).toEqual([['b', 5], ['a', 4]]);
  });

  it('property: every page with a hit is listed once; among pages without names, matching a superset with scores no lower never ranks below', () => {
    const next = random(3);
    for (let n = 0; n < 200; n++) {
      const concepts = 1 + Math.floor(next() * 4);
      const byConcept = Array.from({ length: concepts }, () => hits(...Array.from({ length: Math.floor(next() * 8) }, (): [string, number] => [`p${Math.floor(next() * 10)}`, 1])));
      const { results, allMatched } = rankHits(byConcept, { pages: 20 });
      const hit = new Set(byConcept.flat().map((h) => h.id));
      expect(new Set(results.map((r) => r.id))).toEqual(hit);
      expect(results.length).toBe(hit.size);
      expect(allMatched).toBe(results.filter((r) => r.matched === concepts).length);
      // With equal scores, a page with every concept comes before any page with fewer.
      const firstPartial = results.findIndex((r) => r.matched < concepts);
      if (firstPartial >= 0) expect(results.slice(firstPartial).every((r) => r.matched < concepts)).toBe(true);
    }
  });
});
