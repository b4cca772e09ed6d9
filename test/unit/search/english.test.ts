// The speller's dictionary files: every dictionary word the index lacks (4+ letters) is in the
// file search looks it up in, no word the index has is, and the files are few and full.
import { describe, expect, it } from 'vitest';
import { englishFileOf, englishFiles } from '../../../src/lib/search/english.ts';
import { random } from '../../support/seeded-random.ts';

const letters = 'abcdefghijklmnopqrstuvwxyz';

/** `count` random lower-case words of 2–9 letters. */
function randomWords(seed: number, count: number): string[] {
  const next = random(seed);
  return Array.from({ length: count }, () => Array.from({ length: 2 + Math.floor(next() * 8) }, () => letters[Math.floor(next() * 26)]).join(''));
}

describe('englishFiles', () => {
  for (const seed of [5, 6, 7]) {
    it(`puts each word the index lacks in the file englishFileOf names, and leaves out known and short words (seed ${seed})`, () => {
      const dictionary = randomWords(seed, 30_000);
      const known = new Set(dictionary.filter((_, i) => i % 7 === 0));
      const files = englishFiles(dictionary, known);
      for (const word of [...dictionary, ...randomWords(seed + 100, 2000)]) {
        const listed = files.words[englishFileOf(word, files.bounds)]!.includes(word);
        expect(listed, word).toBe(word.length >= 4 && !known.has(word) && dictionary.includes(word));
      }
    });
  }

  it('makes files of at least a thousand words (but the last), each a run of whole keys', () => {
    const files = englishFiles(randomWords(8, 30_000), new Set());
    expect(files.words.length).toBeGreaterThan(5);
    expect(files.words.length).toBeLessThan(30);
    files.words.slice(0, -1).forEach((list) => expect(list.length).toBeGreaterThanOrEqual(1000));
    expect([...files.bounds].sort()).toEqual(files.bounds);
    expect(new Set(files.bounds).size).toBe(files.bounds.length);
  });
});
