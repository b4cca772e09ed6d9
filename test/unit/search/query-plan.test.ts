// The query layer: stop words, phrases, synonyms both ways of spelling, typo correction that
// never touches a known word, and unknown words reported rather than matched by a fragment.
import { describe, expect, it } from 'vitest';
import { buildLexicon } from '../../../src/lib/search/lexicon.ts';
import { correct, inScope, isKnown, planQuery, unplaced } from '../../../src/lib/search/query-plan.ts';
import { stem } from '../../../src/lib/search/stem.ts';
import { STOP_WORDS } from '../../../src/lib/search/stop-words.ts';
import { random } from '../../support/seeded-random.ts';
import { LEXICON, WORDS } from './lexicon-fixture.ts';

const searches = (q: string) => planQuery(q, LEXICON).concepts.map((c) => c.searches);

describe('planQuery', () => {
  it('drops stop words: "pinched nerve in my back" searches three words', () => {
    const plan = planQuery('pinched nerve in my back', LEXICON);
    expect(plan.concepts.map((c) => c.said)).toEqual(['pinched', 'nerve', 'back']);
    expect(plan.dropped).toEqual(['in', 'my']);
  });

  it('keeps words that carry meaning here (back, front, down)', () => {
    for (const w of ['back', 'front', 'down', 'side', 'leg', 'knee']) expect(STOP_WORDS.has(w), w).toBe(false);
  });

  it('expands British and American spellings both ways', () => {
    expect(searches('oedema')).toEqual([['swelling']]);
    expect(searches('edema')).toEqual([['swelling']]);
    expect(searches('slipped disk')[1]).toEqual(['disc']);
    expect(searches('paracetamol')).toEqual(searches('acetaminophen'));
  });

  it('matches the longest phrase first, stop words inside it included', () => {
    expect(planQuery('pins and needles in my thigh', LEXICON).concepts.map((c) => c.said)).toEqual(['pins and needles', 'thigh']);
    expect(searches("can't pee")).toEqual([['pee', 'bladder']]);
    expect(searches('slipped disc')).toEqual([['disc herniation']]);
  });

  it('searches no stop word, even inside a topic title ("Numbness or tingling")', () => {
    const lexicon = buildLexicon({ words: ['numbness', 'tingling'], names: { p: ['numbness or tingling', 'numb'] } }, {});
    // "numb" is a form of "numbness" (one stem), so the index's own word is searched too.
    expect(planQuery('numb', lexicon).concepts[0]!.searches).toEqual(['numbness', 'numbness tingling']);
  });

  it('searches a known word as typed and its synonyms too', () => {
    expect(searches('physio')).toEqual([['physical therapy']]);
    expect(searches('patella')).toEqual([['kneecap']]);
    expect(searches('my knee hurts')).toEqual([['knee'], ['pain']]);
  });

  it('corrects typos against the index vocabulary and says what it searched', () => {
    const plan = planQuery('sciatca', LEXICON);
    expect(plan.concepts).toEqual([{ said: 'sciatica', typed: 'sciatca', searches: ['sciatica', 'sciatica lumbar radiculopathy'], status: 'corrected' }]);
    expect(planQuery('feemoral nerve', LEXICON).concepts.map((c) => c.said)).toEqual(['femoral', 'nerve']);
  });

  it('never corrects a word the index knows, nor words under four letters', () => {
    // "sciatic" is one edit from "sciatica", but it is a word of its own.
    expect(planQuery('sciatic', LEXICON).concepts[0]).toMatchObject({ said: 'sciatic', status: 'found' });
    expect(planQuery('bum', LEXICON).concepts[0]).toMatchObject({ said: 'bum', searches: ['buttock'] });
    expect(planQuery('kne', LEXICON).concepts[0]!.status).toBe('unknown');
  });

  it('reports a word the site lacks instead of matching a fragment of it', () => {
    const plan = planQuery('tennis elbow', LEXICON);
    expect(plan.concepts.map((c) => c.status)).toEqual(['unknown', 'unknown']);
    expect(inScope(plan)).toBe(false);
  });

  it('treats a query that is mostly words the site lacks as out of scope', () => {
    expect(inScope(planQuery('elbow pain', LEXICON))).toBe(false);
    expect(inScope(planQuery('elbow and knee pain', LEXICON))).toBe(true);
    expect(inScope(planQuery('the', LEXICON))).toBe(false);
  });

  it('always searches a query that names a warning sign, whatever words the site lacks', () => {
    // Neither "chest" nor "wipe" is in the fixture's index: the warning signs must still show.
    expect(inScope(planQuery('chest pain', LEXICON))).toBe(true);
    expect(inScope(planQuery('cant feel when i wipe', LEXICON), LEXICON)).toBe(true);
  });

  it('searches a description of three or more words when one word it has is on few pages', () => {
    // "stairs" is rare on the site; "tennis" and "elbow" are not on it at all.
    expect(inScope(planQuery('leaning on a trolley for the stairs', LEXICON), LEXICON)).toBe(true);
    // Without the site's common words the rule cannot tell, so it keeps the strict one.
    expect(inScope(planQuery('leaning on a trolley for the stairs', LEXICON))).toBe(false);
    // A name of a word or two stays out, whatever it has: half a name missing is another thing.
    expect(inScope(planQuery('carpal stairs', LEXICON), LEXICON)).toBe(false);
    // Words on most pages ("knee", and "sore", which also searches "pain") are not enough.
    expect(inScope(planQuery('tennis elbow and knee', LEXICON), LEXICON)).toBe(false);
    expect(inScope(planQuery('tennis elbow and a sore throat', LEXICON), LEXICON)).toBe(false);
  });

  it('property: every known word comes through unchanged, whatever stop words surround it', () => {
    const next = random(7);
    const stops = [...STOP_WORDS];
    for (let n = 0; n < 500; n++) {
      const word = WORDS[Math.floor(next() * WORDS.length)]!;
      const query = [stops[Math.floor(next() * stops.length)], word, stops[Math.floor(next() * stops.length)]].join(' ');
      // Alone, or inside a phrase the lexicon knows that a stop word begins ("can't pee").
      const concept = planQuery(query, LEXICON).concepts.find((c) => c.said.split(' ').includes(word));
      expect(concept, query).toBeDefined();
      expect(concept!.status, query).toBe('found');
    }
  });

  it('property: one slip (drop, double, swap) in a known word of 7+ letters is corrected back to a known word', () => {
    const next = random(11);
    const long = WORDS.filter((w) => w.length >= 7);
    for (let n = 0; n < 300; n++) {
      const word = long[Math.floor(next() * long.length)]!;
      const at = 1 + Math.floor(next() * (word.length - 2));
      const slip = [word.slice(0, at) + word.slice(at + 1), word.slice(0, at) + word[at] + word.slice(at), word.slice(0, at - 1) + word[at] + word[at - 1] + word.slice(at + 1)][n % 3]!;
      if (isKnown(slip, LEXICON)) continue;
      const fixed = correct(slip, LEXICON);
      expect(fixed, `${slip} (from ${word})`).toBeDefined();
      expect(LEXICON.known.has(fixed!) || LEXICON.phraseStems.has(stem(fixed!)), `${slip} → ${fixed}`).toBe(true);
    }
  });
});

describe('isKnown', () => {
  it('knows plain inflections of indexed words, and numbers', () => {
    expect(isKnown('knees', LEXICON)).toBe(true);
    expect(isKnown('hamstring', LEXICON)).toBe(true);
    expect(isKnown('l4', LEXICON)).toBe(false);
    expect(isKnown('2019', LEXICON)).toBe(true);
  });
});

describe('word forms and the speller', () => {
  it('searches the index form of a word it has in another form ("prolapse" finds "prolapsed", "stiff" finds "stiffness")', () => {
    const lexicon = buildLexicon({ words: ['prolapsed', 'stiffness', 'disc'] }, {});
    expect(planQuery('disc prolapse', lexicon).concepts.map((c) => [c.status, c.searches])).toEqual([['found', ['disc']], ['found', ['prolapsed']]]);
    expect(planQuery('stiff', lexicon).concepts[0]!.searches).toEqual(['stiffness']);
  });

  it('never rewrites an English word the index lacks ("lost", "gout", "splints", "sprain", "fingers")', () => {
    const lexicon = buildLexicon({ words: ['most', 'out', 'splits', 'strain', 'fibers', 'bladder', 'control'] }, {});
    const english = new Set(['lost', 'gout', 'splints', 'sprain', 'fingers']);
    for (const word of english) {
      expect(unplaced(word, lexicon), word).toEqual([word]);
      expect(planQuery(word, lexicon).concepts[0]!.said, `${word} without the dictionary`).not.toBe(word);
      expect(planQuery(word, lexicon, { english }).concepts[0], word).toMatchObject({ said: word, status: 'unknown' });
    }
    expect(planQuery('lost bladder control', lexicon, { english }).concepts.map((c) => c.said)).toEqual(['lost', 'bladder', 'control']);
  });

  it('corrects an English word only when the correction makes a phrase of the site with a neighbour ("bakers cist")', () => {
    const lexicon = buildLexicon({ words: ['baker', 'cyst', 'most', 'bladder'], names: { p1: ["baker's cyst"] } }, {});
    const english = new Set(['cist', 'lost']);
    expect(planQuery('bakers cist', lexicon, { english }).concepts.map((c) => c.said)).toEqual(['bakers', 'cyst']);
    expect(planQuery('lost bladder', lexicon, { english }).concepts.map((c) => c.said)).toEqual(['lost', 'bladder']);
  });

  it('reads a slip by its neighbours across stop words, one edit further in a phrase of the site, and to a warning sign’s own form', () => {
    const lexicon = buildLexicon({ words: ['cord', 'cauda', 'equina', 'loss', 'bowel', 'control', 'leg', 'lies', 'sciatica', 'towel'] }, {});
    const english = new Set(['bowl', 'towel']);
    const said = (query: string) => planQuery(query, lexicon, { english }).concepts.map((c) => c.said);
    // "corda" is two edits from "cauda" (one from "cord"), but "cauda equina" is a warning sign.
    expect(said('corda equina')).toEqual(['cauda', 'equina']);
    expect(said('corda')).toEqual(['cord']);
    // "bowl" is English: corrected only because "bowel control" names a warning sign ("of" is skipped).
    expect(said('loss of bowl control')).toEqual(['loss', 'bowel', 'control']);
    expect(said('bowl')).toEqual(['bowl']);
    // The index keeps "leg"; the warning sign says "both legs".
    expect(said('sciatica in both lges')).toEqual(['sciatica', 'both', 'legs']);
    // Two edits without such a phrase stay out of reach for a five-letter word.
    expect(said('cxrdz')).toEqual(['cxrdz']);
    // A phrase's neighbours count without its stop words too ("pins and needles" → "pins needles").
    const phrases = buildLexicon({ words: ['pins', 'tingling'] }, { 'pins and needles': ['tingling'] });
    expect(planQuery('pins needless', phrases, { english: new Set(['needless']) }).concepts.map((c) => c.said)).toEqual(['pins', 'needles']);
  });

  it('corrects a three-letter slip only when the correction makes a phrase of the site ("lower bak")', () => {
    const lexicon = buildLexicon({ words: ['lower', 'back', 'pain', 'bake'], names: { p1: ['lower back pain'] } }, {});
    const said = (query: string) => planQuery(query, lexicon).concepts.map((c) => c.said);
    expect(said('pain in my lower bak')).toEqual(['pain', 'lower', 'back']);
    // Alone, a three-letter word is never guessed at: "bak" could be many words.
    expect(said('bak')).toEqual(['bak']);
  });

  it('searches exactly what was typed when asked ("Search instead for")', () => {
    expect(planQuery('sciatca', LEXICON, { asTyped: true }).concepts[0]).toMatchObject({ said: 'sciatca', status: 'unknown' });
  });

  it('while typing, matches an unfinished last word as the start of index words ("sciatica kn")', () => {
    expect(planQuery('sciatica kne', LEXICON, { prefixLast: true }).concepts[1]).toMatchObject({ said: 'kne', status: 'found', searches: ['knee', 'kneecap'] });
    expect(planQuery('sciatica kne', LEXICON).concepts[1]!.status).toBe('unknown');
    // One or two letters start too many words: left out until the word is longer.
    expect(planQuery('sciatica kn', LEXICON, { prefixLast: true })).toMatchObject({ concepts: [{ said: 'sciatica' }], dropped: ['kn'] });
  });
});

describe('isKnown, near misses', () => {
  it('does not take a word one letter short of a known word ending in s as known ("numbnes")', () => {
    expect(isKnown('numbnes', { known: new Set(['numbness']), stems: new Set([stem('numbness')]) })).toBe(false);
  });
});
