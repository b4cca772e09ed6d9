// Where a manifest entry's file is on disk: only ever inside content/sources/, so a manifest
// cannot make the import read (and publish) any other file of the machine.
import { existsSync, realpathSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import { ImportError } from './import-error.ts';

const MOVE_IT_IN = 'copy the file itself into content/sources/ and name it there (no "..", absolute path or link to elsewhere)';

/** The real path of `file` inside `sourcesDir`; throws naming the file when it is missing or elsewhere. */
export function sourcePath(sourcesDir: string, file: string): string {
  const inside = (path: string, dir: string) => {
    const rel = relative(dir, path);
    return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
  };
  const path = resolve(sourcesDir, file);
  if (isAbsolute(file) || !inside(path, sourcesDir)) throw new ImportError(file, 'the manifest points outside content/sources/', MOVE_IT_IN);
  if (!existsSync(path)) {
    throw new ImportError(file, 'listed in content/sources/sources.yaml but not found in content/sources/', 'copy the page into content/sources/ under this name, or correct the `file:` field');
  }
  if (!inside(realpathSync(path), realpathSync(sourcesDir))) throw new ImportError(file, 'a link that leads outside content/sources/', MOVE_IT_IN);
  return path;
}
