// Every warning-sign term search uses is words of a sign the site lists (src/data/warning-signs.ts)
// or of its care levels, or a reader's word the synonym list turns into such words; and a query
// names a warning sign exactly when it holds every word of a term.
import { describe, expect, it } from 'vitest';
import { CARE_LEVELS } from '../../../src/data/care-levels.ts';
import { WARNING_SIGNS } from '../../../src/data/warning-signs.ts';
import { stem } from '../../../src/lib/search/stem.ts';
import { SYNONYMS } from '../../../src/lib/search/synonyms.ts';
import { namesWarningSign, WARNING_TERMS } from '../../../src/lib/search/warning-terms.ts';
import { wordsOf } from '../../../src/lib/search/words.ts';
import { LEXICON } from './lexicon-fixture.ts';
import { planQuery } from '../../../src/lib/search/query-plan.ts';

const signText = [...WARNING_SIGNS.flatMap((s) => [s.text, s.short ?? '', s.meaning]), ...Object.values(CARE_LEVELS).flatMap((l) => Object.values(l).filter((v): v is string => typeof v === 'string'))].join(' ');
// The warning-signs page's own title, for terms that ask for the page itself.
const signStems = new Set(wordsOf(`${signText} Warning signs: when to get help now`).map(stem));
/** A word's stems as the signs say it: itself, or what the synonym list turns it into. */
const said = (word: string) => [stem(word), ...(SYNONYMS[word] ?? []).flatMap(wordsOf).map(stem)];
const STOP = ['a', 'in', 'my', 'the', 'of', 'you', 'your', 'when', 'or', 'after'];

describe('warning-sign terms', () => {
  it('stand for words of the listed warning signs (a reader’s word, or the signs’ own)', () => {
    const stray = Object.entries(WARNING_TERMS).filter(([, words]) => !wordsOf(words).every((w) => STOP.includes(w) || said(w).some((s) => signStems.has(s))));
    expect(stray.join(' | ')).toBe('');
  });

  it('a query names a warning sign when it has every word of a term, in any order', () => {
    expect(namesWarningSign(planQuery("can't pee", LEXICON))).toBe(true);
    expect(namesWarningSign(planQuery('numbness around the bladder', LEXICON))).toBe(true);
    expect(namesWarningSign(planQuery('pain in my back', LEXICON))).toBe(false);
    expect(namesWarningSign(planQuery('swollen knee', LEXICON))).toBe(false);
  });
});
