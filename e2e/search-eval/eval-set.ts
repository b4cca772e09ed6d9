// The search evaluation set (e2e/search-eval/queries.json): readers' phrasings gathered from
// forums, Q&A pages, patient leaflets and clinic pages (each with the page it came from), with
// the page(s) a clinician would want a reader to reach, chosen before the query was searched.
// A hash of each query splits the set into a tuning half (the tests assert on it) and a
// held-out half that is only measured (npm run bench:search-eval), never tuned on.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** One reader's query and what a clinician would want it to find. */
export interface EvalQuery {
  query: string;
  /** Acceptable pages: any one of them counts as a hit. */
  expect: string[];
  /** A warning sign of an emergency or same-day level: the warning signs must come first. */
  urgent: boolean;
  /** The query names a warning sign, so the warning signs in its top three are no fault. */
  namesWarningSign: boolean;
  /** Where the phrasing came from (a URL). */
  source: string;
  /** A deliberate typo, or American or British wording of a phrase on the source page. */
  variant?: 'typo' | 'us' | 'uk';
}

/** The half of the set a query belongs to. */
export type Half = 'tuning' | 'held-out';

/** The warning-signs page. */
export const URGENT_PAGE = '/urgent-help/';

/** Every query of the set, in file order. */
export const EVAL_QUERIES: readonly EvalQuery[] = JSON.parse(readFileSync(resolve(import.meta.dirname, 'queries.json'), 'utf8')) as EvalQuery[];

/** A second, later set (fresh.json), gathered in the same way by someone who had seen neither the search's code nor its results nor the first set: measured, never tuned on, never asserted on. */
export const FRESH_QUERIES: readonly EvalQuery[] = JSON.parse(readFileSync(resolve(import.meta.dirname, 'fresh.json'), 'utf8')) as EvalQuery[];

/** FNV-1a, 32 bits: a stable hash that needs no library. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash;
}

/** The half a query is in, fixed by a hash of its text (lower-cased, spaces collapsed). */
export function halfOf(query: string): Half {
  return fnv1a(query.toLowerCase().replace(/\s+/g, ' ').trim()) % 2 === 0 ? 'tuning' : 'held-out';
}

/** The queries of one half. */
export function queriesOf(half: Half, queries: readonly EvalQuery[] = EVAL_QUERIES): EvalQuery[] {
  return queries.filter((q) => halfOf(q.query) === half);
}

/** What search showed for a query: the first result paths (up to three). */
export interface Answer {
  query: EvalQuery;
  top: readonly string[];
}

/** The figures of a run. */
export interface Scores {
  queries: number;
  top1: number;
  top3: number;
  /** Queries (all in scope) that found nothing. */
  zero: number;
  urgent: number;
  urgentFirst: number;
  /** Queries that name no warning sign. */
  nonUrgent: number;
  /** Of those, how many had the warning signs in their top three (a fault). */
  warningInTop3: number;
  /** Each miss, fault or empty answer, in words, for a report. */
  problems: string[];
}

/** Scores a run's answers. */
export function score(answers: readonly Answer[]): Scores {
  const s: Scores = { queries: answers.length, top1: 0, top3: 0, zero: 0, urgent: 0, urgentFirst: 0, nonUrgent: 0, warningInTop3: 0, problems: [] };
  for (const { query: q, top } of answers) {
    const first = top[0] !== undefined && q.expect.includes(top[0]);
    const inTop3 = top.slice(0, 3).some((p) => q.expect.includes(p));
    s.top1 += Number(first);
    s.top3 += Number(inTop3);
    s.zero += Number(top.length === 0);
    const shown = `“${q.query}” → ${top.slice(0, 3).join(', ') || 'nothing'}`;
    if (q.urgent) {
      s.urgent++;
      if (top[0] === URGENT_PAGE) s.urgentFirst++;
      else s.problems.push(`urgent, warning signs not first: ${shown}`);
    }
    if (!q.namesWarningSign) {
      s.nonUrgent++;
      if (top.slice(0, 3).includes(URGENT_PAGE)) {
        s.warningInTop3++;
        s.problems.push(`warning signs in a non-urgent top three: ${shown}`);
      }
    }
    if (!inTop3) s.problems.push(`miss (wanted ${q.expect.join(' or ')}): ${shown}`);
    else if (!first) s.problems.push(`not first: ${shown}`);
  }
  return s;
}

/** The scores as lines of text. */
export function describe(label: string, s: Scores): string {
  const pct = (n: number, of: number) => (of === 0 ? '–' : `${((100 * n) / of).toFixed(1)} %`);
  return [
    `${label}: ${s.queries} queries`,
    `  top-1 ${s.top1} (${pct(s.top1, s.queries)}), top-3 ${s.top3} (${pct(s.top3, s.queries)}), no result ${s.zero}`,
    `  urgent with the warning signs first ${s.urgentFirst} of ${s.urgent}`,
    `  warning signs in a non-urgent top three ${s.warningInTop3} of ${s.nonUrgent} (${pct(s.warningInTop3, s.nonUrgent)})`,
  ].join('\n');
}
