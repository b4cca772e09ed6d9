// Reads the built site (dist/) for the checks that run after `npm run build`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** The build output folder (SITE_DIST picks another build, e.g. the sub-path one). */
export const DIST = resolve(import.meta.dirname, '../..', process.env.SITE_DIST ?? 'dist');

/** One built HTML page. */
export interface BuiltPage {
  /** File path relative to dist/, e.g. "articles/x/index.html". */
  file: string;
  /** Site path it is served at, e.g. "/articles/x/". */
  path: string;
  html: string;
  tree: Root;
}

/** Every HTML page of the build (throws with advice when the site has not been built). */
export function builtPages(): BuiltPage[] {
  if (!existsSync(DIST)) throw new Error('dist/ is missing: run `npm run build` before the site checks');
  return htmlFiles(DIST).map((abs) => {
    const file = relative(DIST, abs);
    const html = readFileSync(abs, 'utf8');
    const path = `/${file.replace(/index\.html$/, '').replace(/\.html$/, '')}`;
    return { file, path, html, tree: fromHtml(html) };
  });
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}

/** All elements of a page with the given tag name. */
export function elements(tree: Root, tagName: string): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    if (node.tagName === tagName) found.push(node);
  });
  return found;
}

/** The readable text of a page's <body>. */
export function bodyText(tree: Root): string {
  const [body] = elements(tree, 'body');
  return body ? toString(body) : '';
}
