// What we know about each raw source and what the import did to it, for /sources/ and the
// attribution lines on articles. Read from the committed manifest and import report.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import report from '../../../content/import-report.json';
import { readManifest } from '../../pipeline/read-manifest.ts';
import type { ImportReport } from '../../pipeline/run-import.ts';
import type { SourceManifestEntry } from '../../pipeline/types.ts';

const manifestPath = resolve(process.cwd(), 'content/sources/sources.yaml');

/** Every source in the manifest, in manifest order. */
export const sourceEntries: SourceManifestEntry[] = readManifest('content/sources/sources.yaml', readFileSync(manifestPath, 'utf8'));

/** The import report as committed beside the articles. */
export const importReport = report as ImportReport;

/** The manifest entry of one source id. */
export function sourceEntry(id: string): SourceManifestEntry {
  const entry = sourceEntries.find((s) => s.id === id);
  if (!entry) throw new Error(`unknown source id "${id}" (not in content/sources/sources.yaml)`);
  return entry;
}
