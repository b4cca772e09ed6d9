// A copy of this project in the system's temp folder: its tracked files, and its packages by
// symbolic link (without Astro's, Vite's and our caches, so a build there starts cold and never
// touches the project's own). Used by the build tests and the benchmarks.
import { cpSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');

/** Cache folders builds write inside node_modules. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

/** Copies the project into a fresh folder named after `name`; returns its path. */
export function copyProject(name: string): string {
  const dir = join(tmpdir(), `${name}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    cpSync(join(root, file), join(dir, file));
  }
  mkdirSync(join(dir, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) if (!CACHES.has(entry)) symlinkSync(join(root, 'node_modules', entry), join(dir, 'node_modules', entry));
  return dir;
}
