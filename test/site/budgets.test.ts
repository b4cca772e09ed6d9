// Size budgets on the built site, gzipped: what a reader on a phone downloads for each page.
// Article and topic pages: the first screen (everything up to the end of the care card: head,
// inlined CSS, header, title, source and the warning signs) in the first 14 kB, which arrive in
// the first round trip; the whole page under 24 kB (an article's own text grows it); all CSS
// under 20 kB.
// Tool pages: all JavaScript, React included, under 80 kB. (The search loader's own budget is
// in script-budget.test.ts.) A failure names the page and the figure.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST, elements, type BuiltPage } from './built-site.ts';

const KB = 1024;
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const gz = (text: string | Buffer) => gzipSync(text).length;
const file = (src: string) => join(DIST, src.slice(base.length - 1));

/** Gzipped size of a script and every chunk it imports statically. */
function scriptSize(src: string, seen: Set<string>): number {
  if (seen.has(src) || !existsSync(file(src))) return 0;
  seen.add(src);
  const code = readFileSync(file(src));
  const imports = [...code.toString().matchAll(/(?:from|import)\s*["']\.\/([\w.-]+\.js)["']/g)].map((m) => src.replace(/[^/]+$/, m[1]!));
  return gz(code) + imports.reduce((n, s) => n + scriptSize(s, seen), 0);
}

/** All JavaScript a page loads before any interaction: its scripts, its islands' code, inline bootstraps. */
function pageJs(page: BuiltPage): number {
  const seen = new Set<string>();
  const srcs = [
    ...elements(page.tree, 'script').map((s) => s.properties.src),
    ...elements(page.tree, 'astro-island').flatMap((i) => [i.properties['component-url'], i.properties['renderer-url']]),
  ].filter((s): s is string => typeof s === 'string');
  const inline = elements(page.tree, 'script').filter((s) => !s.properties.src && s.properties.type !== 'application/ld+json');
  return srcs.reduce((n, s) => n + scriptSize(s, seen), 0) + inline.reduce((n, s) => n + gz(toString(s)), 0);
}

function cssSize(page: BuiltPage): number {
  const inline = elements(page.tree, 'style').reduce((n, s) => n + gz(toString(s)), 0);
  const linked = elements(page.tree, 'link')
    .filter((l) => String(l.properties.rel) === 'stylesheet')
    .reduce((n, l) => n + gz(readFileSync(file(String(l.properties.href)))), 0);
  return inline + linked;
}

const pages = builtPages();
// Redirect pages (a merged copy's old address) only point to their article.
const isRedirect = (p: BuiltPage) => elements(p.tree, 'meta').some((m) => String(m.properties.httpEquiv).toLowerCase() === 'refresh');
const contentPages = pages.filter((p) => /^\/(articles|nerves|conditions|signs|treatments)\/[^/]+\/$/.test(p.path) && elements(p.tree, 'h1').length && !isRedirect(p));
const toolPages = pages.filter((p) => p.path.startsWith('/tools/'));

describe('budgets', () => {
  it.each(contentPages.map((p) => [p.path, p]))('%s: first screen in 14 kB, HTML under 24 kB, CSS under 20 kB', (_, page) => {
    const card = page.html.indexOf('data-care-card');
    expect(card, `${page.path}: no care card found`).toBeGreaterThan(0);
    const firstScreen = gz(page.html.slice(0, page.html.indexOf('</section>', card) + '</section>'.length));
    expect(firstScreen, `${page.path}: the page up to its care card is ${(firstScreen / KB).toFixed(1)} kB gzipped, over the 14 kB of a first round trip`).toBeLessThan(14 * KB);
    const html = gz(page.html);
    expect(html, `${page.path}: HTML is ${(html / KB).toFixed(1)} kB gzipped, over the 24 kB budget`).toBeLessThan(24 * KB);
    const css = cssSize(page);
    expect(css, `${page.path}: CSS is ${(css / KB).toFixed(1)} kB gzipped, over the 20 kB budget`).toBeLessThan(20 * KB);
  });

  it.each(toolPages.map((p) => [p.path, p]))('%s: all JavaScript under 80 kB', (_, page) => {
    const js = pageJs(page);
    expect(js, `${page.path}: JavaScript is ${(js / KB).toFixed(1)} kB gzipped, over the 80 kB budget`).toBeLessThan(80 * KB);
    expect(js, `${page.path}: no JavaScript counted, so the check measured nothing`).toBeGreaterThan(30 * KB);
  });
});
