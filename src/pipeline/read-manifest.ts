// Reads and checks content/sources/sources.yaml, and checks each raw file against it.
import { createHash } from 'node:crypto';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { ImportError } from './import-error.ts';
import type { SourceManifestEntry } from './types.ts';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'use an ISO date, YYYY-MM-DD');
// YAML reads unquoted dates as Date objects; accept both and keep the ISO text.
const dateField = z.preprocess((v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v), isoDate);

const entrySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'lower-case letters, digits and hyphens only'),
  file: z.string().min(1),
  seed: z.string().min(1),
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a 64-character hex SHA-256'),
  publisher: z.string().nullable(),
  title: z.string().min(1),
  author: z.string().nullable(),
  editor: z.string().nullable(),
  date: dateField.nullable(),
  url: z.url().nullable(),
  reviewed: dateField,
  notes: z.string(),
  readerNote: z.string().min(20, 'write a sentence or two for readers (at least 20 characters)'),
  sellerNotice: z.string().min(20).optional(),
  textChecked: dateField.optional(),
});

// What to do about a wrong field, where the field needs more than its own message.
const FIELD_FIXES: Record<string, string> = {
  sha256: 'write the 64-character hex digest that `sha256sum FILE` prints, in quotes',
  date: 'write an ISO date (YYYY-MM-DD) or null',
  reviewed: 'write the date of our last editorial review as YYYY-MM-DD',
  url: 'write the full address (https://…) or null',
  readerNote: 'write, in plain words, what a reader should know about this source (shown on /sources/)',
  textChecked: 'write the date an editor read the text against the page, as YYYY-MM-DD, or leave the field out',
};
const MANIFEST_FIX = 'correct it as the field list at the top of content/sources/sources.yaml describes';

/** Parses the manifest text; throws an ImportError naming the entry, its file, the field and its line. */
export function readManifest(file: string, text: string): SourceManifestEntry[] {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines });
  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    const node = doc.getIn(path as unknown[], true) as { range?: [number, number, number] } | undefined;
    return node?.range ? lines.linePos(node.range[0]).line : undefined;
  };
  const [yamlError] = doc.errors;
  if (yamlError) throw new ImportError(file, `not valid YAML (${yamlError.message.split('\n')[0]})`, 'fix the YAML syntax there (indentation, quotes, colons)', yamlError.linePos?.[0].line);
  const data: unknown = doc.toJS();
  const parsed = z.array(entrySchema).min(1).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const [index, field] = issue.path;
    if (typeof index !== 'number') throw new ImportError(file, `expected a list of source entries (${issue.message})`, MANIFEST_FIX);
    const value = field === undefined ? undefined : (data as Record<string, unknown>[])[index]?.[field as string];
    const problem = field === undefined ? issue.message : `field "${String(field)}": ${describeIssue(issue, value)}`;
    const fix = FIELD_FIXES[String(field)] ?? MANIFEST_FIX;
    throw new ImportError(file, `${entryLabel(data, index)}, ${problem}`, fix, lineOf(issue.path) ?? lineOf([index]));
  }
  const ids = new Set<string>();
  parsed.data.forEach((entry, index) => {
    if (ids.has(entry.id)) throw new ImportError(file, `${entryLabel(data, index)}: duplicate source id "${entry.id}"`, 'give each source its own id', lineOf([index, 'id']));
    ids.add(entry.id);
  });
  return parsed.data;
}

// "entry 3 (the-file.txt)": counted from 1, with the file it lists when there is one.
function entryLabel(data: unknown, index: number): string {
  const entry = (data as Record<string, unknown>[])[index];
  const name = typeof entry?.file === 'string' ? entry.file : typeof entry?.id === 'string' ? entry.id : undefined;
  return `entry ${index + 1}${name ? ` (${name})` : ''}`;
}

function describeIssue(issue: z.core.$ZodIssue, value: unknown): string {
  if (issue.code !== 'invalid_type') return issue.message;
  const expected = issue.expected === 'string' ? 'text' : issue.expected;
  const got = value === undefined ? 'nothing (the field is missing)' : value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value} (${String(value)})`;
  return `expected ${expected}, got ${got}`;
}

/** Throws unless the raw bytes are exactly the ones the manifest pins. */
export function verifySource(entry: SourceManifestEntry, bytes: Uint8Array): void {
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== entry.sha256) {
    throw new ImportError(entry.file, `its SHA-256 is ${actual}, but sources.yaml pins ${entry.sha256}`, 'raw sources stay byte for byte as received: restore the original file, or, for a new copy of the page, record its new sha256 (`sha256sum FILE`)');
  }
}
