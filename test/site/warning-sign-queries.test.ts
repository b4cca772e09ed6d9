// Every emergency or same-day warning sign, typed as content/care/warning-signs.yaml words it
// (and in its short form), is read by the search as naming a warning sign, with the built site's
// own word list: a sign the search cannot recognise sends its reader past the warning signs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCareFiles } from '../../src/lib/care/read-care-files.ts';
import { buildLexicon } from '../../src/lib/search/lexicon.ts';
import { planQuery } from '../../src/lib/search/query-plan.ts';
import type { SearchWords } from '../../src/lib/search/vocabulary.ts';
import { namesWarningSign } from '../../src/lib/search/warning-terms.ts';
import { DIST } from './built-site.ts';

const care = readCareFiles(join(import.meta.dirname, '../..'));
const lexicon = buildLexicon(JSON.parse(readFileSync(join(DIST, 'pagefind', 'search-words.json'), 'utf8')) as SearchWords);

describe('every urgent warning sign, in its own words, names a warning sign', () => {
  for (const sign of care.signs.filter((s) => s.level === 'emergency' || s.level === 'same-day')) {
    it(sign.id, () => {
      for (const words of [sign.text, sign.short].filter((w): w is string => Boolean(w))) {
        expect(namesWarningSign(planQuery(words, lexicon)), words).toBe(true);
      }
    });
  }
});
