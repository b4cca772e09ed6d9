// The alignment's invariants on random word lists, small (one exact table) and large (cut at
// anchors, banded), and its refusal of a stretch too large to align in bounded memory.
import { describe, expect, it } from 'vitest';
import { AlignmentTooLarge, alignTokens, MAX_CELLS } from '../../../src/pipeline/align-tokens.ts';
import { splitSentences } from '../../../src/pipeline/sentences.ts';
import { random } from '../../support/seeded-random.ts';

const VOCABULARY = 'a an the of to in is it on as be or and for you can this with knee pain back nerve spine thigh lumbar sciatic femoral'.split(' ');

function randomWords(seed: number, length: number): string[] {
  const next = random(seed);
  return Array.from({ length }, (_, i) => (next() < 0.05 ? `w${seed}x${i}` : VOCABULARY[Math.floor(next() * VOCABULARY.length)]!));
}

// A copy edited the ways copies differ: same-length swaps, words dropped and words added.
function edited(words: readonly string[], seed: number): string[] {
  const next = random(seed);
  const out: string[] = [];
  for (const word of words) {
    const r = next();
    if (r < 0.3) out.push('x'.repeat(word.length));
    else if (r < 0.32) continue;
    else out.push(word);
    if (next() < 0.02) out.push('added');
  }
  return out;
}

function expectValid(g: readonly string[], c: readonly string[]): void {
  const pairs = alignTokens(g, c);
  expect(pairs.filter((p) => p.garbled !== null).map((p) => p.garbled)).toEqual(g.map((_, i) => i));
  expect(pairs.filter((p) => p.clean !== null).map((p) => p.clean)).toEqual(c.map((_, j) => j));
  const unequal = pairs.filter(({ garbled, clean }) => garbled !== null && clean !== null && g[garbled]!.length !== c[clean]!.length);
  expect(unequal).toEqual([]);
}

describe('aligning word lists', () => {
  it('covers every word of both lists once, in order, pairing only words of equal length (200 random pairs)', () => {
    for (let seed = 0; seed < 200; seed++) {
      const clean = randomWords(seed, 1 + (seed % 60));
      expectValid(edited(clean, seed + 1000), clean);
    }
  });

  it('keeps those invariants on lists too large for one table, and restores the unchanged words', { timeout: 60_000 }, () => {
    const clean = randomWords(7, 60_000);
    const copy = edited(clean, 8);
    expect((copy.length + 1) * (clean.length + 1)).toBeGreaterThan(MAX_CELLS * 100);
    expectValid(copy, clean);
    const pairs = alignTokens(copy, clean);
    const same = pairs.filter((p) => p.garbled !== null && p.clean !== null && copy[p.garbled] === clean[p.clean]).length;
    expect(same / copy.filter((w) => !/^x+$/.test(w) && w !== 'added').length).toBeGreaterThan(0.99);
  });

  it('aligns a long stretch with no anchor word in a band around the diagonal', { timeout: 60_000 }, () => {
    // Only short words, each used many times: nothing to anchor on, too long for one table.
    const next = random(5);
    const clean = Array.from({ length: 4000 }, () => VOCABULARY[Math.floor(next() * 20)]!);
    const copy = edited(clean, 6);
    expect((copy.length + 1) * (clean.length + 1)).toBeGreaterThan(MAX_CELLS);
    expectValid(copy, clean);
    const pairs = alignTokens(copy, clean);
    const same = pairs.filter((p) => p.garbled !== null && p.clean !== null && copy[p.garbled] === clean[p.clean]).length;
    expect(same / copy.filter((w) => !/^x+$/.test(w) && w !== 'added').length).toBeGreaterThan(0.97);
  });

  it('refuses, with the sizes, a long stretch that shares no word and differs greatly in length', () => {
    const error = (() => {
      try {
        alignTokens(Array(3000).fill('knee'), Array(6000).fill('pain'));
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(AlignmentTooLarge);
    expect((error as Error).message).toMatch(/3000 words of the copy and 6000 words of its twin/);
  });
});

describe('splitting sentences', () => {
  it('gives back the text exactly when joined, for 500 random texts', () => {
    const next = random(3);
    const pieces = ['Dr. ', 'e.g. ', '2.5 ', 'mg. ', 'Stop! ', 'Why? ', 'https://x.org/a.b ', '“Yes.” ', 'i.e. ', '\n', 'knee ', 'A. ', '... ', 'vs. '];
    for (let run = 0; run < 500; run++) {
      const text = Array.from({ length: Math.floor(next() * 30) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      expect(splitSentences(text).join('')).toBe(text);
    }
  });

  it('does not end a sentence at an abbreviation, a decimal, an initial or a URL', () => {
    expect(splitSentences('Take 2.5 mg, e.g. with food, as Dr. Smith and J. Jones say at https://x.org/a.b now. Then rest.')).toEqual([
      'Take 2.5 mg, e.g. with food, as Dr. Smith and J. Jones say at https://x.org/a.b now. ',
      'Then rest.',
    ]);
  });
});
