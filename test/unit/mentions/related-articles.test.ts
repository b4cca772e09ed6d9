import { describe, expect, it } from 'vitest';
import { relatedArticlesOf } from '../../../src/lib/topics/related-articles.ts';
import { random } from '../../support/seeded-random.ts';

/** The ranking spelled out the slow, obvious way, to check the fast one against. */
function naive(byArticle: Map<string, string[]>, id: string, limit: number) {
  const own = new Set(byArticle.get(id));
  return [...byArticle]
    .filter(([other]) => other !== id)
    .map(([other, topics]) => ({ id: other, shared: topics.filter((t) => own.has(t)) }))
    .filter((r) => r.shared.length > 0)
    .sort((a, b) => b.shared.length - a.shared.length || (a.id < b.id ? -1 : 1))
    .slice(0, limit);
}

describe('related articles', () => {
  const byArticle = new Map([
    ['b', ['femoral', 'sciatica', 'knee']],
    ['a', ['femoral', 'knee']],
    ['c', ['sciatica']],
    ['d', ['hip']],
    ['e', ['femoral', 'sciatica', 'knee', 'hip']],
  ]);

  it('ranks by topics in common, then by id, and leaves out articles with none', () => {
    const related = relatedArticlesOf(byArticle)('b');
    expect(related).toEqual([
      { id: 'e', shared: ['femoral', 'sciatica', 'knee'] },
      { id: 'a', shared: ['femoral', 'knee'] },
      { id: 'c', shared: ['sciatica'] },
    ]);
    expect(relatedArticlesOf(byArticle)('d')).toEqual([{ id: 'e', shared: ['hip'] }]);
  });

  it('keeps only the best few', () => {
    expect(relatedArticlesOf(byArticle, 2)('b').map((r) => r.id)).toEqual(['e', 'a']);
  });

  it('gives nothing for an unknown article or one without topics', () => {
    const find = relatedArticlesOf(new Map([...byArticle, ['z', []]]));
    expect(find('missing')).toEqual([]);
    expect(find('z')).toEqual([]);
  });

  it('agrees with the obvious ranking on a large random corpus with more than 32 topics', () => {
    const next = random(7);
    const topics = Array.from({ length: 70 }, (_, i) => `t${i}`);
    const corpus = new Map(Array.from({ length: 300 }, (_, i) => [`article-${i}`, topics.filter(() => next() < 0.08)]));
    const find = relatedArticlesOf(corpus, 5);
    for (const id of [...corpus.keys()].slice(0, 60)) expect(find(id)).toEqual(naive(corpus, id, 5));
  });
});
