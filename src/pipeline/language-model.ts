// Reads language-model.json (built by scripts/train-language-model.ts from the Brown corpus):
// the classes a word can be read as, and how likely each class or function word is to follow
// another.
import { createRequire } from 'node:module';
import { endingClass } from './word-endings.ts';

interface Model {
  words: Record<string, Record<string, number>>;
  endings: Record<string, Record<string, number>>;
  singles: Record<string, number>;
  pairs: Record<string, number>;
}

/** A word's possible classes with their shares (they add up to one). */
export type Reading = readonly (readonly [string, number])[];

const model = createRequire(import.meta.url)('./language-model.json') as Model;
const shares = (counts: Record<string, number>): Reading => {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  return Object.entries(counts).map(([cls, n]) => [cls, n / total] as const);
};
const readings = new Map(Object.entries(model.words).map(([word, counts]) => [word, shares(counts)]));
const byEnding = new Map(Object.entries(model.endings).map(([ending, counts]) => [ending, shares(counts)]));
const total = Object.values(model.singles).reduce((a, b) => a + b, 0);
const classes = Object.keys(model.singles).length;
// How many times each class is followed by something, and by how many different things.
const followers = new Map<string, { count: number; kinds: number }>();
for (const [pair, n] of Object.entries(model.pairs)) {
  const first = pair.slice(0, pair.indexOf(' '));
  const f = followers.get(first) ?? { count: 0, kinds: 0 };
  f.count += n;
  f.kinds++;
  followers.set(first, f);
}

/** The classes a lower-case content word is read as: the corpus's readings, or its ending's. */
export function readingOf(word: string): Reading {
  return readings.get(word) ?? byEnding.get(endingClass(word))!;
}

/** How common a class (or function word) is in running text. */
export function single(cls: string): number {
  return ((model.singles[cls] ?? 0) + 1) / (total + classes);
}

// Witten–Bell smoothing: a class followed by many different things leaves more room for an
// unseen one, so a pair the corpus lacks is rare, not impossible, in proportion. Memoised:
// there are a few hundred classes, and a long text asks the same pairs.
const pairs = new Map<string, number>();
/** How likely `next` is to follow `first`. */
export function follows(first: string, next: string): number {
  const key = `${first} ${next}`;
  let value = pairs.get(key);
  if (value === undefined) {
    const f = followers.get(first);
    value = f ? ((model.pairs[key] ?? 0) + f.kinds * single(next)) / (f.count + f.kinds) : single(next);
    pairs.set(key, value);
  }
  return value;
}
