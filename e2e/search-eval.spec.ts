// The tuning half of the search evaluation set (e2e/search-eval/) through /search/ on the built
// site. The held-out half is never asserted on: it is measured by `npm run bench:search-eval`
// and reported in the README, so the figures there are not tuned to.
import { expect, test } from '@playwright/test';
import { askAll } from './search-eval/ask.ts';
import { describe, queriesOf, score } from './search-eval/eval-set.ts';

test('the tuning half of the evaluation set', async ({ page, baseURL }) => {
  test.setTimeout(600_000);
  const s = score(await askAll(page, baseURL!, queriesOf('tuning')));
  test.info().annotations.push({ type: 'scores', description: describe('tuning', s) });
  const problems = `\n${describe('tuning', s)}\n${s.problems.join('\n')}`;
  // One tuning query is mostly words no page has ("leaning on a shopping trolley to walk"): it
  // gets the nothing-found help, by the same rule that keeps "sore throat" from loose matches.
  expect(s.zero, `queries that found nothing${problems}`).toBeLessThanOrEqual(1);
  expect(s.urgentFirst, `urgent queries with the warning signs first${problems}`).toBe(s.urgent);
  expect(s.top1 / s.queries, `top-1 share${problems}`).toBeGreaterThanOrEqual(0.85);
  expect(s.top3 / s.queries, `top-3 share${problems}`).toBeGreaterThanOrEqual(0.95);
  // The warning signs in a non-urgent top three: at most 1 in 20.
  expect(s.warningInTop3 / s.nonUrgent, `warning signs in non-urgent top threes${problems}`).toBeLessThanOrEqual(0.05);
});
