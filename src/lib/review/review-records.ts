// The clinical sign-off records (content/reviews.yaml): who reviewed which pages, when, and the
// hash of each page's clinical text at the time. One schema for the content collection and for
// the code that reads the file outside Astro (the build's gate, the hash script, the tests).
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { parseDocument } from 'yaml';

/** The records' file, from the project folder (where Astro and the scripts run). */
export const REVIEWS_FILE = 'content/reviews.yaml';

/** One reviewed page: its site path (without the base path) and the clinical-text hash then. */
const reviewedPage = z.object({
  /** The page's site path, e.g. "/conditions/meniscus-tear/" (from `npm run review:hashes`). */
  path: z.string().regex(/^\/([^\s]*\/)?$/, 'path must be a site path that starts and ends with "/", e.g. /conditions/meniscus-tear/'),
  /** The page's clinical-text hash as the reviewer read it (16 hex digits, from `npm run review:hashes`). */
  // Quoted, because YAML reads a hash of digits only (or "1e5…") as a number.
  hash: z
    .string({ error: 'hash must be in quotes, e.g. hash: "0123456789abcdef"' })
    .regex(/^[0-9a-f]{16}$/, 'hash must be the 16 hex digits `npm run review:hashes` prints'),
});

/** One sign-off: a clinician, their registration, the date and the pages they reviewed. */
export const reviewRecordSchema = z.object({
  /** A unique id for the record, e.g. "2026-12-01-jane-smith". */
  id: z.string().min(1),
  /** The reviewer's name as it appears on the register. */
  reviewer: z.string().min(2),
  /** Their role in plain words, e.g. "physiotherapist" or "GP". */
  role: z.string().min(2),
  /** Their registration, e.g. "HCPC PH123456" or "GMC 1234567". */
  registration: z.string().min(3),
  /** The day they reviewed the pages. */
  date: z.coerce.date(),
  /** The pages they reviewed, each with the hash of its clinical text then. */
  pages: z.array(reviewedPage).min(1, 'a record must list at least one reviewed page'),
});

/** One sign-off record. */
export type ReviewRecord = z.infer<typeof reviewRecordSchema>;

/** Reads and checks a reviews file; a bad record throws naming the file, the line and the field. */
export function readReviewRecords(file: string): ReviewRecord[] {
  return parseReviewRecords(readFileSync(file, 'utf8'), file);
}

/** Parses and checks the text of a reviews file (see `readReviewRecords`). */
export function parseReviewRecords(text: string, file: string): ReviewRecord[] {
  const doc = parseDocument(text);
  if (doc.errors.length > 0) throw new Error(`${file}: ${doc.errors[0]!.message}`);
  const result = z.array(reviewRecordSchema).safeParse(doc.toJS() ?? []);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  // The line of the field, or of the nearest enclosing node when the field is missing.
  let line: number | undefined;
  for (let depth = issue.path.length; depth >= 0 && line === undefined; depth--) {
    const node = doc.getIn(issue.path.slice(0, depth) as (string | number)[], true) as { range?: [number, number] } | undefined;
    if (node?.range) line = text.slice(0, node.range[0]).split('\n').length;
  }
  throw new Error(`${file}${line ? `:${line}` : ''}: ${issue.path.join('.') || 'the file'}: ${issue.message}`);
}
