// Every clinical page as built carries one review line, and it tells the truth: its hash is the
// page's clinical text recomputed from the built HTML, and its words are what the records in
// content/reviews.yaml earn that hash (while the file is empty: "Not yet reviewed by a
// clinician" on every page). The hash does not depend on the site's address or base path.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Element } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { isClinicalPath } from '../../src/lib/review/clinical-pages.ts';
import { clinicalHash } from '../../src/lib/review/clinical-text.ts';
import { readReviewRecords } from '../../src/lib/review/review-records.ts';
import { readReviewLines } from '../../src/lib/review/review-lines.ts';
import { reviewLineContent, UNREVIEWED } from '../../src/lib/review/review-line.ts';
import { reviewStatus } from '../../src/lib/review/review-status.ts';
import { builtPages, DIST, elements } from './built-site.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const records = readReviewRecords(join(ROOT, 'content/reviews.yaml'));
const pages = builtPages().filter((p) => !/http-equiv="refresh"/i.test(p.html));
const base = (process.env.BASE_PATH ?? '/').replace(/\/$/, '');
const sitePath = (path: string) => (base && path.startsWith(base) ? path.slice(base.length) || '/' : path);
const linesOf = (tree: (typeof pages)[number]['tree']) => elements(tree, 'p').filter((p: Element) => p.properties.dataClinicalReview !== undefined);

describe('the review line', () => {
  it('is on every clinical page once, and on no other page', () => {
    const problems = pages.flatMap((page) => {
      const count = linesOf(page.tree).length;
      const want = isClinicalPath(page.path) ? 1 : 0;
      return count === want ? [] : [`${page.path}: ${count} review lines (want ${want})`];
    });
    expect(problems, problems.join('\n')).toEqual([]);
    expect(pages.filter((p) => isClinicalPath(p.path)).length).toBeGreaterThanOrEqual(60);
  });

  it.each(pages.filter((p) => isClinicalPath(p.path)).map((p) => [p.path, p]))('%s: says what its clinical text earns against the records', (path, page) => {
    const [line] = linesOf(page.tree);
    const hash = clinicalHash(page.html);
    expect(line!.properties.dataClinicalHash, `${path}: the hash beside the line`).toBe(hash);
    const status = reviewStatus(sitePath(path), hash, records);
    expect(line!.properties.dataClinicalReview).toBe(status.reviewed ? 'reviewed' : 'unreviewed');
    expect(toHtml(line!.children)).toBe(reviewLineContent(status));
    if (records.length === 0) expect(toHtml(line!.children), 'no record: the page must say it is unreviewed').toBe(UNREVIEWED);
  });

  it('sits beside the dates on articles and topics', () => {
    for (const page of pages.filter((p) => /^\/(articles|nerves|conditions|signs|treatments)\/[^/]+\/$/.test(p.path))) {
      expect(page.html, page.path).toMatch(/class="source-dates"[^>]*>(?:(?!<\/div>)[\s\S])*data-clinical-review=/);
    }
  });

  // The sub-path and print builds (npm test makes both) must give every page the same hash.
  for (const other of ['dist-subpath', 'dist-print']) {
    const dir = join(ROOT, other);
    it.skipIf(!existsSync(dir) || DIST === dir)(`gives the same hashes in ${other}/ (another base path or site address)`, () => {
      const here = new Map(readReviewLines(DIST).map((l) => [l.path, l.hash]));
      const there = readReviewLines(dir);
      expect(there.length).toBe(here.size);
      for (const line of there) expect(line.hash, line.path).toBe(here.get(line.path));
    });
  }
});
