// The publishing gate: a production build lists the unreviewed pages, and REQUIRE_CLINICAL_REVIEW=1
// stops the build while any clinical page is unreviewed. Run on a built folder in a temporary
// directory, through the integration's own hook, as `npm run build:prod` runs it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import clinicalReview from '../../../src/integrations/clinical-review.ts';
import { reviewGate } from '../../../src/lib/review/review-gate.ts';
import type { BuiltReviewLine } from '../../../src/lib/review/review-lines.ts';

const reviewed: BuiltReviewLine = { path: '/a/', state: 'reviewed', hash: 'aaaaaaaaaaaaaaaa' };
const unreviewed: BuiltReviewLine = { path: '/b/', state: 'unreviewed', hash: 'bbbbbbbbbbbbbbbb' };

describe('the review gate', () => {
  it('gives only the count in an ordinary build, and never stops it for unreviewed pages', () => {
    expect(reviewGate([reviewed, unreviewed], {})).toEqual({
      report: ['clinical review: 1 of 2 clinical pages reviewed by a clinician', '  `npm run review:hashes` lists the unreviewed pages with their hashes'],
    });
  });

  it('lists every unreviewed page with its hash in a production build', () => {
    expect(reviewGate([reviewed, unreviewed], { PRODUCTION_BUILD: '1' })).toEqual({
      report: ['clinical review: 1 of 2 clinical pages reviewed by a clinician', '  not yet reviewed: /b/ (hash bbbbbbbbbbbbbbbb)'],
    });
  });

  it('stops the build with REQUIRE_CLINICAL_REVIEW=1 while a page is unreviewed, and lets a fully reviewed site through', () => {
    expect(reviewGate([reviewed, unreviewed], { PRODUCTION_BUILD: '1', REQUIRE_CLINICAL_REVIEW: '1' }).error).toMatch(/^clinical review: 1 clinical page\(s\) are not reviewed and REQUIRE_CLINICAL_REVIEW=1/);
    expect(reviewGate([reviewed], { PRODUCTION_BUILD: '1', REQUIRE_CLINICAL_REVIEW: '1' })).toEqual({ report: ['clinical review: 1 of 1 clinical pages reviewed by a clinician'] });
  });

  it('always stops on a line the middleware never filled in', () => {
    expect(reviewGate([{ path: '/c/', state: 'pending', hash: '' }], {}).error).toMatch(/review line of \/c\/ was never filled in/);
  });
});

describe('the clinical-review integration', () => {
  let dir = '';
  afterEach(() => {
    vi.unstubAllEnvs();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** Runs the integration's build:done hook on a folder of pages; returns what it logged. */
  function runOn(pages: Record<string, string>): string[] {
    dir = mkdtempSync(join(tmpdir(), 'review-gate-'));
    for (const [file, html] of Object.entries(pages)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), html);
    }
    const logged: string[] = [];
    const hook = clinicalReview().hooks['astro:build:done'] as (options: unknown) => void;
    hook({ dir: pathToFileURL(`${dir}/`), logger: { info: (line: string) => logged.push(line) } });
    return logged;
  }
  const line = (state: string, hash: string) => `<main><p class="clinical-review" data-clinical-review="${state}" data-clinical-hash="${hash}" data-review-ignore>…</p></main>`;
  const site = { 'index.html': line('reviewed', 'aaaaaaaaaaaaaaaa'), 'conditions/x/index.html': line('unreviewed', 'bbbbbbbbbbbbbbbb'), 'about/index.html': '<main><p>About</p></main>' };

  it('lists the unreviewed pages of a production build and lets it finish', () => {
    vi.stubEnv('PRODUCTION_BUILD', '1');
    vi.stubEnv('REQUIRE_CLINICAL_REVIEW', '');
    expect(runOn(site)).toEqual(['clinical review: 1 of 2 clinical pages reviewed by a clinician', '  not yet reviewed: /conditions/x/ (hash bbbbbbbbbbbbbbbb)']);
  });

  it('stops a production build with REQUIRE_CLINICAL_REVIEW=1', () => {
    vi.stubEnv('PRODUCTION_BUILD', '1');
    vi.stubEnv('REQUIRE_CLINICAL_REVIEW', '1');
    expect(() => runOn(site)).toThrow(/1 clinical page\(s\) are not reviewed and REQUIRE_CLINICAL_REVIEW=1/);
  });
});
