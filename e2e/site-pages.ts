// The site paths of every built page, for sweeps that visit them all.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const dist = resolve(import.meta.dirname, '../dist');

/** Every built HTML page as a site path ("/", "/articles/x/", "/404.html"), redirect pages aside. */
export function sitePaths(): string[] {
  return allPaths().filter((path) => !redirectPaths().includes(path));
}

/** The redirect pages (a merged copy's old address): they leave at once for their target. */
export function redirectPaths(): string[] {
  return allPaths().filter((path) => /http-equiv="refresh"/i.test(readFileSync(join(dist, path.replace(/\/$/, '/index.html')), 'utf8')));
}

function allPaths(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : walk(path);
      return entry.name.endsWith('.html') ? [path] : [];
    });
  return walk(dist).map((file) => `/${relative(dist, file).replace(/index\.html$/, '')}`).sort();
}
