// The build's word lists: the common words are those on more than half the pages in any form.
import { describe, expect, it } from 'vitest';
import { commonWords, vocabularyOf } from '../../../src/lib/search/vocabulary.ts';

describe('commonWords', () => {
  it('lists the words on more than half the pages, counting every form of a word, without stop words', () => {
    const texts = ['knee pain and the back', 'knees hurt and the back', 'the knee pain', 'the walking'];
    // "knee" is on three pages in two forms; "pain" and "back" on two of four (not more than half).
    expect(commonWords(vocabularyOf(texts), texts)).toEqual(['knee']);
  });
});
