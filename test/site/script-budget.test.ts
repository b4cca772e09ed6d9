// Content pages carry no JavaScript beyond the search loader, and the loader (with what it
// imports) stays under 2 kB gzipped: search itself downloads only when the reader opens it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, elements } from './built-site.ts';

const LOADER_BUDGET = 2048;
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');

/** The gzipped size of a built script and every chunk it imports statically. */
function gzippedWithImports(src: string, seen = new Set<string>()): number {
  if (seen.has(src)) return 0;
  seen.add(src);
  const code = readFileSync(join(DIST, src.slice(base.length - 1)));
  const imports = [...code.toString().matchAll(/from\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => src.replace(/[^/]+$/, m[1]!));
  return gzipSync(code).length + imports.reduce((n, s) => n + gzippedWithImports(s, seen), 0);
}

describe('JavaScript on content pages', () => {
  const content = builtPages().filter((p) => /^\/(articles|nerves|conditions|signs|treatments)\/[^/]+\/$/.test(p.path));

  it.each(content.map((p) => [p.path, p]))('%s ships only the search loader, under 2 kB gzipped', (_, page) => {
    const scripts = elements(page.tree, 'script').filter((s) => s.properties.type !== 'application/ld+json');
    expect(scripts, 'one module script').toHaveLength(1);
    const size = gzippedWithImports(String(scripts[0]!.properties.src));
    expect(size, `${page.path}: the search loader is ${size} bytes gzipped, over the ${LOADER_BUDGET}-byte budget`).toBeLessThan(LOADER_BUDGET);
  });
});
