// The evaluation set's data and scoring: every query has a source and real expected pages, the
// split is stable and near even, and the scores count what they say.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe as group, expect, it } from 'vitest';
import { random } from '../../support/seeded-random.ts';
import { EVAL_QUERIES, FRESH_QUERIES, halfOf, queriesOf, score, URGENT_PAGE, type EvalQuery } from '../../../e2e/search-eval/eval-set.ts';

const root = resolve(import.meta.dirname, '../../..');
const TOPIC_DIRS: Record<string, string> = { nerves: 'topics', conditions: 'topics', signs: 'topics', treatments: 'topics' };

/** True when a site path is a page the sources produce (a topic, an article, a tool or the warning signs). */
function pageExists(path: string): boolean {
  const [, section, slug] = path.split('/');
  if (section && TOPIC_DIRS[section]) return existsSync(resolve(root, 'content/topics', `${slug}.md`));
  if (section === 'articles') return existsSync(resolve(root, 'content/articles', `${slug}.mdx`));
  if (section === 'tools') return existsSync(resolve(root, 'src/pages/tools', `${slug}.astro`));
  return path === URGENT_PAGE;
}

/** A query has a source and pages that exist; an urgent one names a warning sign, and wants the warning signs. */
function checkQuery(q: EvalQuery): void {
  expect(q.source, q.query).toMatch(/^https?:\/\//);
  expect(q.expect.length, q.query).toBeGreaterThan(0);
  for (const path of q.expect) expect(pageExists(path), `${q.query}: ${path}`).toBe(true);
  if (q.urgent) expect(q.namesWarningSign && q.expect.includes(URGENT_PAGE), q.query).toBe(true);
}

group('the evaluation set', () => {
  it('has at least 200 distinct queries, each with a source and pages that exist', () => {
    expect(EVAL_QUERIES.length).toBeGreaterThanOrEqual(200);
    expect(new Set(EVAL_QUERIES.map((q) => q.query.toLowerCase())).size).toBe(EVAL_QUERIES.length);
    EVAL_QUERIES.forEach(checkQuery);
  });

  it('has a fresh set of at least 100 queries checked the same way, none of them in the first set', () => {
    expect(FRESH_QUERIES.length).toBeGreaterThanOrEqual(100);
    const first = new Set(EVAL_QUERIES.map((q) => q.query.toLowerCase()));
    expect(new Set(FRESH_QUERIES.map((q) => q.query.toLowerCase())).size).toBe(FRESH_QUERIES.length);
    for (const q of FRESH_QUERIES) {
      expect(first.has(q.query.toLowerCase()), q.query).toBe(false);
      checkQuery(q);
    }
  });

  it('splits into two halves of 40–60 % each, the same way every time', () => {
    const tuning = queriesOf('tuning').length;
    expect(tuning / EVAL_QUERIES.length).toBeGreaterThan(0.4);
    expect(tuning / EVAL_QUERIES.length).toBeLessThan(0.6);
    const next = random(25);
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 30) }, () => 'abcdefgh ijk'[Math.floor(next() * 12)]).join('');
      expect(halfOf(text)).toBe(halfOf(`  ${text.toUpperCase()} `));
    }
  });
});

group('scoring', () => {
  const q = (over: Partial<EvalQuery>): EvalQuery => ({ query: 'x', expect: ['/a/'], urgent: false, namesWarningSign: false, source: 'https://example.org', ...over });

  it('counts first, top three, empty, urgent-first and warning-sign faults', () => {
    const s = score([
      { query: q({}), top: ['/a/', '/b/'] },
      { query: q({}), top: ['/b/', '/c/', '/a/'] },
      { query: q({}), top: ['/b/', URGENT_PAGE] },
      { query: q({}), top: [] },
      { query: q({ urgent: true, namesWarningSign: true, expect: [URGENT_PAGE] }), top: [URGENT_PAGE] },
      { query: q({ urgent: true, namesWarningSign: true, expect: [URGENT_PAGE] }), top: ['/a/', URGENT_PAGE] },
      { query: q({ namesWarningSign: true }), top: [URGENT_PAGE, '/a/'] },
    ]);
    expect(s).toMatchObject({ queries: 7, top1: 2, top3: 5, zero: 1, urgent: 2, urgentFirst: 1, nonUrgent: 4, warningInTop3: 1 });
  });

  it('never counts more hits in the top one than in the top three', () => {
    const next = random(3);
    const paths = ['/a/', '/b/', '/c/', URGENT_PAGE];
    const some = (min: number, max: number) => Array.from({ length: min + Math.floor(next() * (max - min + 1)) }, () => paths[Math.floor(next() * paths.length)]!);
    for (let run = 0; run < 200; run++) {
      const s = score(Array.from({ length: Math.floor(next() * 20) }, () => ({ query: q({ expect: some(1, 3) }), top: some(0, 3) })));
      expect(s.top1).toBeLessThanOrEqual(s.top3);
      expect(s.top3).toBeLessThanOrEqual(s.queries);
      expect(s.zero).toBeLessThanOrEqual(s.queries - s.top3);
    }
  });
});
