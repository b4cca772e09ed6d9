// The clinical sign-off: the clinical text and its hash, the review line a page earns from the
// records, and the records' schema. The records and the page are fixtures (fixtures/), never
// the real content/reviews.yaml.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clinicalHash, clinicalText, hashText } from '../../../src/lib/review/clinical-text.ts';
import { parseReviewRecords, readReviewRecords } from '../../../src/lib/review/review-records.ts';
import { applyClinicalReview, UNREVIEWED } from '../../../src/lib/review/review-line.ts';
import { reviewLineOf } from '../../../src/lib/review/review-lines.ts';
import { reviewStatus } from '../../../src/lib/review/review-status.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const page = readFileSync(join(FIXTURES, 'page.html'), 'utf8');
const records = readReviewRecords(join(FIXTURES, 'reviews.yaml'));
const PATH = '/conditions/example/';
const REVIEWED = 'Reviewed by Jane Smith, physiotherapist (HCPC PH000000), on <time datetime="2026-12-01">1 December 2026</time>.';

/** The review line's inner HTML on a page once filled in. */
const lineOf = (html: string, path = PATH) => /data-clinical-review="\w+"[^>]*>(.*?)<\/p>/.exec(applyClinicalReview(html, path, records))![1];

describe('the clinical text', () => {
  it('is the text of <main> without navigation, buttons, scripts or anything marked data-review-ignore', () => {
    expect(clinicalText(page)).toBe('Example condition The knee hurts after a twist 1 . Call 999 now if you have numbness around your genitals. When to get help See a GP if the pain stops you sleeping 2 .');
  });

  it('does not depend on attributes (the site address, the base path) or on how white space is laid out', () => {
    const moved = page.replaceAll('href="/', 'href="https://example.org/back-to-knee/').replaceAll('\n      ', '\n\n   \t');
    expect(clinicalHash(moved)).toBe(clinicalHash(page));
  });

  it('has a hash that changes with any word of the text and with none outside it', () => {
    const words = clinicalText(page).split(' ').filter((w) => /^[a-z]{4,}$/.test(w));
    const [head, main] = page.split('<main');
    for (const word of words) {
      const changed = `${head}<main${main!.replace(new RegExp(`\\b${word}\\b(?![^<]*>)`, 'g'), `${word}s`)}`;
      expect(clinicalHash(changed), `changing “${word}”`).not.toBe(clinicalHash(page));
    }
    for (const [outside, by] of [['Checked by our editors', 'Checked by us'], ['Call 999 in an emergency', 'Call 112'], ['>Share<', '>Send<'], ['>Home</a></li>', '>Start</a></li>']]) {
      expect(clinicalHash(page.replace(outside!, by!)), `changing “${outside}”`).toBe(clinicalHash(page));
    }
  });

  it('hashes any text to 16 hex digits, the same text always alike and different texts apart', () => {
    const seen = new Map<string, string>();
    for (let i = 0; i < 500; i++) {
      const text = Array.from({ length: 1 + (i % 40) }, (_, j) => ((i * 7919 + j * 104729) % 1000).toString(36)).join(' ');
      const hash = hashText(text);
      expect(hash).toMatch(/^[0-9a-f]{16}$/);
      expect(hashText(text)).toBe(hash);
      if (seen.has(hash)) expect(seen.get(hash)).toBe(text);
      seen.set(hash, text);
    }
  });

  it('is empty for a page without <main>', () => {
    expect(clinicalText('<p>No main here</p>')).toBe('');
  });
});

describe('the review line', () => {
  it('names the reviewer while the recorded hash matches the page', () => {
    expect(clinicalHash(page), 'the fixture record holds the fixture page’s hash').toBe(records[1]!.pages[0]!.hash);
    expect(lineOf(page)).toBe(REVIEWED);
  });

  it('says the page is not yet reviewed once one word of it changes, naming the latest review', () => {
    const changed = page.replace('stops you sleeping', 'stops you walking');
    expect(lineOf(changed)).toBe(`${UNREVIEWED} The page has changed since it was reviewed by Jane Smith, physiotherapist (HCPC PH000000), on <time datetime="2026-12-01">1 December 2026</time>.`);
  });

  it('stays reviewed when only the chrome changes (dates, navigation, the line itself)', () => {
    expect(lineOf(page.replace('2 December 2026', '3 March 2027').replace('>Home</a></li>', '>Start</a></li>'))).toBe(REVIEWED);
  });

  it('says only “not yet reviewed” for a page no record lists', () => {
    expect(lineOf(page, '/conditions/unlisted/')).toBe(UNREVIEWED);
    expect(applyClinicalReview(page, PATH, [])).toContain(`>${UNREVIEWED}</p>`);
  });

  it('writes the state and the hash for the build to read back, and leaves pages without a line alone', () => {
    const built = applyClinicalReview(page, PATH, records);
    expect(reviewLineOf(built, PATH)).toEqual({ path: PATH, state: 'reviewed', hash: clinicalHash(page) });
    expect(reviewLineOf(applyClinicalReview(page, '/x/', records), '/x/')).toEqual({ path: '/x/', state: 'unreviewed', hash: clinicalHash(page) });
    const plain = '<main><p>No review line</p></main>';
    expect(applyClinicalReview(plain, PATH, records)).toBe(plain);
  });

  it('escapes what the record says', () => {
    const [record] = parseReviewRecords('- {id: x, reviewer: "A <b>", role: GP, registration: GMC 1, date: 2026-01-01, pages: [{path: /, hash: 97083f8455e6eb78}]}', 'test.yaml');
    expect(/>(Reviewed by [^<]*)/.exec(applyClinicalReview(page, '/', [record!]))![1]).toBe('Reviewed by A &lt;b&gt;, GP (GMC 1), on ');
  });
});

describe('the review state', () => {
  it('takes the latest record that matches, and otherwise the latest that lists the page', () => {
    const status = reviewStatus(PATH, clinicalHash(page), records);
    expect(status.reviewed && status.record.id).toBe('2026-12-01-jane-smith');
    const outdated = reviewStatus(PATH, 'ffffffffffffffff', records);
    expect(!outdated.reviewed && outdated.outdated?.id).toBe('2026-12-01-jane-smith');
    expect(reviewStatus('/nowhere/', clinicalHash(page), records)).toEqual({ reviewed: false });
  });
});

describe('the records file', () => {
  it('may be empty', () => {
    expect(parseReviewRecords('# no reviews yet\n[]\n', 'reviews.yaml')).toEqual([]);
    expect(readReviewRecords(join(import.meta.dirname, '../../../content/reviews.yaml')), 'the real file starts empty: nobody has reviewed the site').toEqual([]);
  });

  it('refuses a bad record, naming the file, the line and the field', () => {
    const text = readFileSync(join(FIXTURES, 'reviews.yaml'), 'utf8');
    expect(() => parseReviewRecords(text.replace('hash: "97083f8455e6eb78"', 'hash: "97083f84"'), 'reviews.yaml')).toThrow(/^reviews\.yaml:17: 1\.pages\.0\.hash: hash must be the 16 hex digits/);
    expect(() => parseReviewRecords(text.replace('  registration: HCPC PH000000\n  date: 2026-12-01', '  date: 2026-12-01'), 'reviews.yaml')).toThrow(/^reviews\.yaml:10: 1\.registration: /);
    expect(() => parseReviewRecords(text.replace('path: /conditions/other/', 'path: conditions/other'), 'reviews.yaml')).toThrow(/^reviews\.yaml:18: 1\.pages\.1\.path: path must be a site path/);
    expect(() => parseReviewRecords(text.replace('hash: "1111111111111111"', 'hash: 1111111111111111'), 'reviews.yaml')).toThrow(/^reviews\.yaml:19: 1\.pages\.1\.hash: hash must be in quotes/);
    expect(() => parseReviewRecords('- id: [unclosed', 'reviews.yaml')).toThrow(/^reviews\.yaml: /);
  });
});
