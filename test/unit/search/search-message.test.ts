// What the results line says and which words are marked on the page a result opens.
import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../src/lib/search/query-plan.ts';
import { highlightWords, searchMessage } from '../../../src/lib/search/search-message.ts';
import { LEXICON } from './lexicon-fixture.ts';

describe('searchMessage', () => {
  it('says what a typo was searched as', () => {
    expect(searchMessage(planQuery('sciatca', LEXICON), 3, 3).correctedTo).toBe('sciatica');
    expect(searchMessage(planQuery('sciatica', LEXICON), 3, 3).correctedTo).toBeUndefined();
  });
  it('names words no page has, and says when pages have only some words', () => {
    const m = searchMessage(planQuery('knee zzzqx pain', LEXICON), 0, 4);
    expect(m.unknown).toEqual(['zzzqx']);
    expect(m.someWords).toBe(true);
  });
});

describe('highlightWords', () => {
  it('marks the reader’s words, corrected, without stop words', () => {
    expect(highlightWords(planQuery('pinched nerv in my back', LEXICON))).toEqual(['pinched', 'nerve', 'back']);
  });
  it('marks what a word the index lacks was expanded to', () => {
    expect(highlightWords(planQuery('acetaminophen', LEXICON))).toEqual(['pain', 'relievers']);
  });
});
