// Loads the committed raw sources and manifest, for tests that run on the real articles.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readManifest } from '../../../src/pipeline/read-manifest.ts';
import type { RawSource } from '../../../src/pipeline/run-import.ts';

/** The project's content/sources folder. */
export const SOURCES_DIR = resolve(import.meta.dirname, '../../../content/sources');

/** Every raw source with its manifest entry, in manifest order. */
export function realSources(): RawSource[] {
  const manifest = readManifest('sources.yaml', readFileSync(join(SOURCES_DIR, 'sources.yaml'), 'utf8'));
  return manifest.map((entry) => ({ entry, bytes: readFileSync(join(SOURCES_DIR, entry.file)) }));
}

/** The text of one real source, by manifest id. */
export function realText(id: string): { file: string; text: string } {
  const source = realSources().find((s) => s.entry.id === id);
  if (!source) throw new Error(`no source ${id}`);
  return { file: source.entry.file, text: new TextDecoder().decode(source.bytes) };
}
