// The speller's dictionary files: every dictionary word the index lacks (4+ letters) is in the
// file search looks it up in, and no word the index has is.
import { describe, expect, it } from 'vitest';
import { englishShard, englishShards } from '../../../src/lib/search/english.ts';
import { random } from '../../support/seeded-random.ts';

describe('englishShards', () => {
  it('puts each word the index lacks where englishShard looks for it, and leaves out known and short words', () => {
    const next = random(5);
    const letters = 'abcdefghijklmnopqrstuvwxyz';
    const dictionary = Array.from({ length: 2000 }, () => Array.from({ length: 2 + Math.floor(next() * 8) }, () => letters[Math.floor(next() * 26)]).join(''));
    const known = new Set(dictionary.filter((_, i) => i % 7 === 0));
    const shards = englishShards(dictionary, known);
    for (const word of dictionary) {
      const listed = shards.get(englishShard(word))?.includes(word) ?? false;
      expect(listed, word).toBe(word.length >= 4 && !known.has(word));
    }
  });
});
