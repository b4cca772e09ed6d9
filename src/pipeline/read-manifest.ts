// Reads and checks content/sources/sources.yaml, and checks each raw file against it.
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
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
});

/** Parses the manifest text; throws an ImportError naming the entry and field at fault. */
export function readManifest(file: string, text: string): SourceManifestEntry[] {
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new ImportError(file, `not valid YAML (${(error as Error).message.split('\n')[0]})`);
  }
  const parsed = z.array(entrySchema).min(1).safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new ImportError(file, `entry ${issue.path.join('.')}: ${issue.message}`);
  }
  const ids = new Set<string>();
  for (const entry of parsed.data) {
    if (ids.has(entry.id)) throw new ImportError(file, `duplicate source id "${entry.id}"`);
    ids.add(entry.id);
  }
  return parsed.data;
}

/** Throws unless the raw bytes are exactly the ones the manifest pins. */
export function verifySource(entry: SourceManifestEntry, bytes: Uint8Array): void {
  const actual = createHash('sha256').update(bytes).digest('hex');
  if (actual !== entry.sha256) {
    throw new ImportError(entry.file, `its SHA-256 is ${actual}, but sources.yaml pins ${entry.sha256}; raw sources must stay byte for byte as received`);
  }
}
