// Whether a page's sign-off still holds: a record lists the page with the hash of its clinical
// text as it is now. A record with another hash means the page changed after the review.
import type { ReviewRecord } from './review-records.ts';

/** A page's review state: reviewed (by the latest matching record), or not, with the latest outdated record if any. */
export type ReviewStatus = { reviewed: true; record: ReviewRecord } | { reviewed: false; outdated?: ReviewRecord };

/** The review state of the page at `path` whose clinical text now hashes to `hash`. */
export function reviewStatus(path: string, hash: string, records: readonly ReviewRecord[]): ReviewStatus {
  const latestFirst = [...records].sort((a, b) => b.date.getTime() - a.date.getTime());
  const listing = latestFirst.filter((r) => r.pages.some((p) => p.path === path));
  const match = listing.find((r) => r.pages.some((p) => p.path === path && p.hash === hash));
  return match ? { reviewed: true, record: match } : { reviewed: false, ...(listing[0] && { outdated: listing[0] }) };
}
