// The review lines of a built site, read back from its HTML files: each clinical page's path,
// state and clinical-text hash as the middleware wrote them. For the build's gate and
// `npm run review:hashes`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REVIEW_LINE } from './review-line.ts';

/** One clinical page's review line, as built. */
export interface BuiltReviewLine {
  /** Site path without the base path, e.g. "/conditions/meniscus-tear/". */
  path: string;
  /** "reviewed", "unreviewed", or "pending" when the middleware never filled it in. */
  state: string;
  /** The clinical-text hash written beside the line ("" when pending). */
  hash: string;
}

const LINE = new RegExp(`<p\\b[^>]*\\b${REVIEW_LINE}="([a-z]+)"[^>]*>`);
const HASH = /\bdata-clinical-hash="([0-9a-f]+)"/;

/** The review line of an HTML page, or undefined for a page without one. */
export function reviewLineOf(html: string, path: string): BuiltReviewLine | undefined {
  const tag = LINE.exec(html);
  return tag ? { path, state: tag[1]!, hash: HASH.exec(tag[0])?.[1] ?? '' } : undefined;
}

/** Every review line under a build folder, sorted by path. */
export function readReviewLines(dist: string): BuiltReviewLine[] {
  return htmlFiles(dist)
    .map((file) => reviewLineOf(readFileSync(file, 'utf8'), pathOf(relative(dist, file))))
    .filter((line): line is BuiltReviewLine => line !== undefined)
    .sort((a, b) => a.path.localeCompare(b.path));
}

// "conditions/x/index.html" → "/conditions/x/"
function pathOf(file: string): string {
  return `/${file.split('\\').join('/').replace(/index\.html$/, '').replace(/\.html$/, '')}`;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'pagefind' ? [] : htmlFiles(path);
    return entry.name.endsWith('.html') ? [path] : [];
  });
}
