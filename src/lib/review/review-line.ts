// The review line beside a clinical page's dates. Pages render it as a placeholder that says
// the page is unreviewed (the honest default); once the page is rendered, the middleware
// hashes the page's clinical text and writes the line as it truly stands.
import { formatDate, isoDay } from '../site/dates.ts';
import { clinicalHash, REVIEW_IGNORE } from './clinical-text.ts';
import type { ReviewRecord } from './review-records.ts';
import { reviewStatus, type ReviewStatus } from './review-status.ts';

/** What a page says when no clinician's sign-off matches it. */
export const UNREVIEWED = 'Not yet reviewed by a clinician.';

/** The attribute marking the review line; "pending" until the middleware fills it in. */
export const REVIEW_LINE = 'data-clinical-review';

const PLACEHOLDER = new RegExp(`<p\\b[^>]*\\b${REVIEW_LINE}="pending"[^>]*>[\\s\\S]*?</p>`);

/** The line's text for a review state (HTML-escaped, with a <time> for the date). */
export function reviewLineContent(status: ReviewStatus): string {
  const by = (r: ReviewRecord) => `${escape(r.reviewer)}, ${escape(r.role)} (${escape(r.registration)}), on <time datetime="${isoDay(r.date)}">${formatDate(r.date)}</time>`;
  if (status.reviewed) return `Reviewed by ${by(status.record)}.`;
  if (status.outdated) return `${UNREVIEWED} The page has changed since it was reviewed by ${by(status.outdated)}.`;
  return UNREVIEWED;
}

/** The whole review line element for a page in this state with this hash. */
export function reviewLineHtml(status: ReviewStatus, hash: string): string {
  const state = status.reviewed ? 'reviewed' : 'unreviewed';
  return `<p class="clinical-review" ${REVIEW_LINE}="${state}" data-clinical-hash="${hash}" ${REVIEW_IGNORE} data-pagefind-ignore>${reviewLineContent(status)}</p>`;
}

/** A rendered page with its review line filled in (pages without the placeholder come back as they were). */
export function applyClinicalReview(html: string, path: string, records: readonly ReviewRecord[]): string {
  if (!PLACEHOLDER.test(html)) return html;
  const hash = clinicalHash(html);
  return html.replace(PLACEHOLDER, () => reviewLineHtml(reviewStatus(path, hash, records), hash));
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
