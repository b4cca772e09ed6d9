// The publishing gate: which clinical pages are not reviewed, and whether that stops the build.
import type { BuiltReviewLine } from './review-lines.ts';

/** What the build reports and whether it must stop. */
export interface GateResult {
  /** Lines for the build log. */
  report: string[];
  /** A message to stop the build with, or undefined to carry on. */
  error?: string;
}

/**
 * The gate over a build's review lines. A line left "pending" always stops the build (the page
 * would claim nothing true). A production build (PRODUCTION_BUILD=1) lists every unreviewed
 * page with its hash; other builds give the count. REQUIRE_CLINICAL_REVIEW=1 stops the build
 * while any clinical page is unreviewed.
 */
export function reviewGate(lines: readonly BuiltReviewLine[], env: Record<string, string | undefined>): GateResult {
  const pending = lines.filter((l) => l.state === 'pending');
  if (pending.length > 0) return { report: [], error: `clinical review: the review line of ${pending.map((l) => l.path).join(', ')} was never filled in (is src/middleware.ts running?)` };
  const unreviewed = lines.filter((l) => l.state !== 'reviewed');
  const summary = `clinical review: ${lines.length - unreviewed.length} of ${lines.length} clinical pages reviewed by a clinician`;
  const listed = unreviewed.map((l) => `  not yet reviewed: ${l.path} (hash ${l.hash})`);
  const list = env.PRODUCTION_BUILD === '1' || env.REQUIRE_CLINICAL_REVIEW === '1';
  const report = [summary, ...(list ? listed : unreviewed.length > 0 ? ['  `npm run review:hashes` lists the unreviewed pages with their hashes'] : [])];
  if (env.REQUIRE_CLINICAL_REVIEW === '1' && unreviewed.length > 0) {
    return { report, error: `clinical review: ${unreviewed.length} clinical page(s) are not reviewed and REQUIRE_CLINICAL_REVIEW=1; record each clinician's review in content/reviews.yaml (hashes from \`npm run review:hashes\`)` };
  }
  return { report };
}
