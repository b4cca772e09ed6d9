// Every warning-sign term search uses is words of a sign the site lists (content/care/warning-signs.yaml)
// or of its care levels, or a reader's word the synonym list turns into such words; and a query
// names a warning sign exactly when it holds every word of a term.
import { describe, expect, it } from 'vitest';
import { readCareFiles } from '../../../src/lib/care/read-care-files.ts';
import { stem } from '../../../src/lib/search/stem.ts';
import { SYNONYMS } from '../../../src/lib/search/synonyms.ts';
import { namesWarningSign, WARNING_TERMS } from '../../../src/lib/search/warning-terms.ts';
import { wordsOf } from '../../../src/lib/search/words.ts';
import { LEXICON } from './lexicon-fixture.ts';
import { planQuery } from '../../../src/lib/search/query-plan.ts';

const care = readCareFiles(new URL('../../..', import.meta.url).pathname);
const signText = [...care.signs.flatMap((s) => [s.text, s.short ?? '', s.meaning]), ...care.levels.flatMap((l) => [l.name, l.heading, l.action]), ...care.groups.flatMap((g) => [g.legend, g.hint ?? ''])].join(' ');
// The warning-signs page's own title, for terms that ask for the page itself.
const signStems = new Set(wordsOf(`${signText} Warning signs: when to get help now`).map(stem));
/** A word's stems as the signs say it: itself, or what the synonym list turns it into. */
const said = (word: string) => [stem(word), ...(SYNONYMS[word] ?? []).flatMap(wordsOf).map(stem)];
const STOP = ['a', 'in', 'my', 'the', 'of', 'you', 'your', 'when', 'or', 'after'];
/** Readers' words for a sign → the words the list of signs uses (or the warning-signs page's title). */
const READERS_WORDS: Record<string, string> = {
  saddle: 'genitals bottom', 'numb groin': 'numb genitals', 'groin tingling': 'tingling genitals', 'groin tingly': 'tingling genitals', 'groin pins': 'pins genitals', 'groin feeling': 'feeling genitals', 'groin sensation': 'feeling genitals', 'groin dead': 'dead genitals', 'inner thighs': 'inside of your upper thighs', 'toilet paper': 'wipe after the toilet',
  'numb bum': 'numbness bottom', incontinent: 'control when you pee or poo', paralysis: 'weakness in your legs',
  'sudden weakness': 'weakness getting worse', fell: 'fall', deformed: 'out of shape', fever: 'high temperature', 'lost weight': 'weight loss', 'losing weight': 'weight loss',
  'warning sign': 'warning signs', 'red flags': 'warning signs', 'red flag': 'warning signs',
  'leg weaker': 'leg weakness getting worse', 'foot weaker': 'foot weakness getting worse', 'lift toes': 'foot drops', 'lift foot': 'foot drops', 'numb between legs': 'numb genitals', 'tingling between legs': 'tingling genitals', 'feeling between legs': 'feeling genitals', "can't walk": 'cannot walk', 'cant walk': 'cannot walk', 'unable to walk': 'cannot walk',
  'injured hip': 'hurt your hip', 'many joints': 'joints in several places', pregnancy: 'pregnant', 'year old limp': 'child limp', kid: 'child', son: 'child', daughter: 'child',
};

describe('warning-sign terms', () => {
  it('are words of the listed warning signs, or a reader’s words for them', () => {
    const stray = WARNING_TERMS.map((term) => READERS_WORDS[term] ?? term).filter((words) => !wordsOf(words).every((w) => STOP.includes(w) || said(w).some((s) => signStems.has(s))));
    expect(stray.join(' | ')).toBe('');
  });

  it('a query names a warning sign when it has every word of a term, in any order', () => {
    expect(namesWarningSign(planQuery("can't pee", LEXICON))).toBe(true);
    expect(namesWarningSign(planQuery('numbness around the bladder', LEXICON))).toBe(true);
    expect(namesWarningSign(planQuery('pain in my back', LEXICON))).toBe(false);
    expect(namesWarningSign(planQuery('swollen knee', LEXICON))).toBe(false);
    // A reader's own wording of a sign: "losing weight", in any order and any form.
    expect(namesWarningSign(planQuery('weight lose and back pain', LEXICON))).toBe(true);
    // The groin names a sign only with a change in feeling; a child only with a limp or a child's word.
    expect(namesWarningSign(planQuery('numbness in my groin', LEXICON))).toBe(true);
    expect(namesWarningSign(planQuery('pain from the groin down the thigh', LEXICON))).toBe(false);
    expect(namesWarningSign(planQuery('my 13 year old is limping', LEXICON))).toBe(true);
    expect(namesWarningSign(planQuery('limping because of back pain', LEXICON))).toBe(false);
    // A reader's words for worsening weakness and foot drop, and for the saddle area.
    expect(namesWarningSign(planQuery('foot getting weaker every day cant lift toes', LEXICON))).toBe(true);
    expect(namesWarningSign(planQuery('numb between my legs', LEXICON))).toBe(true);
  });
});
