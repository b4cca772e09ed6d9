// Whole-word highlighting: a searched word is marked only as a whole word (or with an
// ending), never inside another word.
import { describe, expect, it } from 'vitest';
import { wordRanges } from '../../../src/lib/search/word-ranges.ts';
import { random } from '../../support/seeded-random.ts';

const marked = (text: string, words: string[]) => wordRanges(text, words).map(([a, b]) => text.slice(a, b));

describe('wordRanges', () => {
  it('marks whole words and their plurals, case-insensitively', () => {
    expect(marked('Knee pain; knees hurt. Kneecap.', ['knee'])).toEqual(['Knee', 'knees']);
  });
  it('never marks a one-letter word, nor a word inside another', () => {
    expect(marked('I think it is thigh pain', ['i', 'thigh'])).toEqual(['thigh']);
    expect(marked('a bump on the bum', ['bum'])).toEqual(['bum']);
  });
  it('property: every range is bounded by non-letters and spells a searched word', () => {
    const next = random(5);
    const words = ['nerve', 'disc', 'back', 'pain'];
    const pool = ['nerve', 'nerves', 'discs', 'disco', 'backed', 'payback', 'pain', 'painful', 'x', '—', ',', ' '];
    for (let n = 0; n < 300; n++) {
      const text = Array.from({ length: 12 }, () => pool[Math.floor(next() * pool.length)]).join(' ');
      for (const [a, b] of wordRanges(text, words)) {
        expect(/[\p{L}\p{N}]/u.test(text[a - 1] ?? ' ') || /[\p{L}\p{N}]/u.test(text[b] ?? ' '), text).toBe(false);
        expect(words.some((w) => new RegExp(`^${w}(s|es|ing|ed)?$`, 'i').test(text.slice(a, b))), text.slice(a, b)).toBe(true);
      }
    }
  });
});
