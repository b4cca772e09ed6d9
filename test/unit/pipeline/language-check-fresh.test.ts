// Issue 26: the language check on a fresh set of real clean articles
// (test/fixtures/real-articles/fresh/), collected after its threshold rule was chosen and never
// read by scripts/fit-language-check.ts nor by anyone choosing the rule: neither half of
// clean-halves.ts has them. It must refuse none of them, and catch light garbling of 300-word
// articles made from them as well as it was measured to on its first run (floors below: the
// measured rates rounded down to a whole percent, so a change that catches less fails here).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GARBLED_SCORE, languageEvidence, readsGarbled } from '../../../src/pipeline/language-check.ts';
import { parsePlainText } from '../../../src/pipeline/parse-plain-text.ts';
import { articles300, cleanTexts } from './clean-halves.ts';
import { garble } from './garble.ts';
import { allRealArticles, realArticles } from './real-articles.ts';

const evidence = (text: string) => languageEvidence(parsePlainText('t', 't.txt', text).tree);
const fresh = realArticles('fresh');

// Measured on the first run (56 texts, 18 articles of 300 words, 180 copies a rate):
// 5 %: 128/180 = 71.1 %, 10 %: 176/180 = 97.8 %, 20 %: 180/180.
const FLOORS = { 0.05: 0.71, 0.1: 0.97, 0.2: 1 } as const;

/** Share of garbled copies of 300-word articles from the fresh set the check catches at one swap rate (ten seeds per article). */
function detectionRate(rate: number): number {
  const copies = articles300(fresh).flatMap((text, i) => Array.from({ length: 10 }, (_, seed) => garble(text, rate, i * 100 + seed)));
  return copies.filter((copy) => readsGarbled(evidence(copy))).length / copies.length;
}

describe('issue 26: the language check on fresh real articles', () => {
  it('has at least 30 fresh articles, none from an address of the fitting or held-out set', () => {
    expect(fresh.length).toBeGreaterThanOrEqual(30);
    const sources = readFileSync(resolve(import.meta.dirname, '../../../content/sources/sources.yaml'), 'utf8');
    const seen = new Set([...allRealArticles().map((a) => a.url), ...[...sources.matchAll(/^\s*url: (\S+)$/gm)].map((m) => m[1])]);
    expect(fresh.every((a) => /^https?:\/\//.test(a.url))).toBe(true);
    expect(fresh.filter((a) => seen.has(a.url)).map((a) => a.name)).toEqual([]);
    expect(new Set(fresh.map((a) => a.url)).size).toBe(fresh.length);
    // Nor is any fresh text one of the clean texts the threshold was fitted or checked on.
    const clean = new Set(cleanTexts().map((c) => c.text));
    expect(fresh.filter((a) => clean.has(a.text)).map((a) => a.name)).toEqual([]);
  });

  it('refuses none of the fresh articles', () => {
    const scores = fresh.map(({ name, text }) => ({ name, score: evidence(text).score })).sort((a, b) => b.score - a.score);
    console.log(`fresh set: ${fresh.length} articles, threshold ${GARBLED_SCORE}; highest scores:`, scores.slice(0, 5).map((s) => `${s.name}: ${s.score}`));
    expect(scores.filter((s) => s.score >= GARBLED_SCORE).map((s) => `${s.name}: ${s.score}`)).toEqual([]);
  });

  it('catches garbled 300-word fresh articles at least as often as first measured', { timeout: 120_000 }, () => {
    expect(articles300(fresh).length).toBeGreaterThanOrEqual(12);
    const rates = Object.fromEntries(Object.keys(FLOORS).map((r) => [r, detectionRate(Number(r))]));
    console.log(`twinless detection of ${articles300(fresh).length * 10} garbled 300-word fresh articles by swap rate:`, rates);
    for (const [rate, floor] of Object.entries(FLOORS)) expect(rates[rate], `swap rate ${rate}`).toBeGreaterThanOrEqual(floor);
    // The bar: 10 % swaps caught at 95 % or more.
    expect(rates[0.1]).toBeGreaterThanOrEqual(0.95);
  });
});
