// Issue 26: garbling without a twin. The language check's thresholds are fitted on one half of
// the real clean articles (clean-halves.ts); here it refuses none of the other half and
// catches light garbling of 300-word articles made from it; the detection rate by swap rate is
// measured here (README, Import).
import { describe, expect, it } from 'vitest';
import { GARBLED_SCORE, languageEvidence, readsGarbled } from '../../../src/pipeline/language-check.ts';
import { parsePlainText } from '../../../src/pipeline/parse-plain-text.ts';
import { articles300, cleanTexts, fittingHalf, heldOutHalf } from './clean-halves.ts';
import { garble } from './garble.ts';

const evidence = (text: string) => languageEvidence(parsePlainText('t', 't.txt', text).tree);
const clean = cleanTexts();
const heldOut = heldOutHalf();

/** Share of garbled copies of 300-word articles from the held-out half the check catches at one swap rate (ten seeds per article). */
export function detectionRate(rate: number): number {
  const copies = articles300(heldOut).flatMap((text, i) => Array.from({ length: 10 }, (_, seed) => garble(text, rate, i * 100 + seed)));
  return copies.filter((copy) => readsGarbled(evidence(copy))).length / copies.length;
}

const refusals = (texts: typeof clean) => texts.filter(({ text }) => readsGarbled(evidence(text))).map((r) => `${r.name}: ${evidence(r.text).score}`);

describe('issue 26: the language check', () => {
  it('splits the clean articles into two halves of at least 50, by name alone', () => {
    const fitting = fittingHalf();
    expect(fitting.length).toBeGreaterThanOrEqual(50);
    expect(heldOut.length).toBeGreaterThanOrEqual(50);
    expect(fitting.length + heldOut.length).toBe(clean.length);
    expect(fitting.filter((f) => heldOut.some((h) => h.name === f.name))).toEqual([]);
  });

  it('has its threshold from the fitting half: the highest score there plus ln 1000', async () => {
    const { MARGIN } = await import('../../../scripts/fit-language-check.ts');
    const highest = Math.max(...fittingHalf().map(({ text }) => evidence(text).score));
    expect(GARBLED_SCORE).toBe(Math.ceil((highest + MARGIN) * 100) / 100);
  });

  it(`refuses none of the held-out half of the real clean articles`, () => {
    expect(refusals(heldOut)).toEqual([]);
    expect(refusals(fittingHalf())).toEqual([]);
  });

  it('catches garbled 300-word articles, more at higher swap rates', { timeout: 120_000 }, () => {
    expect(articles300(heldOut).length).toBeGreaterThanOrEqual(12);
    const rates = Object.fromEntries([0.05, 0.1, 0.2, 0.3, 0.5].map((r) => [r, detectionRate(r)]));
    console.log(`twinless detection of ${articles300(heldOut).length * 10} garbled 300-word held-out articles by swap rate:`, rates);
    expect(rates[0.05]).toBeGreaterThanOrEqual(0.7);
    expect(rates[0.1]).toBeGreaterThanOrEqual(0.95);
    expect(rates[0.2]).toBe(1);
    expect(rates[0.3]).toBe(1);
    expect(rates[0.5]).toBe(1);
  });

  it('names the places that do not fit, with their line', () => {
    // The opening of the real garbled copy (content/sources/verywell-the-hidden-link…).
    const { implausible } = evidence("Knee Pain\n\nSciatica usually gets better in 4 to 6 weeks.\nMost people assume us i've i've knee pain it by due nd t problem many let knee joint.");
    expect(implausible).toContainEqual({ phrase: 'due [nd] t', line: 4 });
    expect(implausible).toContainEqual({ phrase: 'problem [many] let', line: 4 });
  });

  it('weighs no word of a title-case sentence, a contraction, or a word joined to a slash or a bracket', () => {
    // A text's first line is its title; the question here is in its body. "It can" is weighed.
    expect(evidence('Title\n\nRest helps.\n\nCould Your Back Be Causing Your Knee Pain? It can be.').weighed).toBe(2);
    // The last word of a sentence touches its dot, so it is never weighed.
    expect(evidence("It is not the knee, it is the back.").weighed).toBe(8);
    expect(evidence("It's not the knee, it's the back.").weighed).toBe(4);
    expect(evidence('Pain and or numbness in parts of the leg.').weighed).toBe(6);
    expect(evidence('Pain and/or numbness in part(s) of the leg.').weighed).toBe(4);
  });

  it('scores a text by its worst stretch, so a long clean text does not add up to a refusal', () => {
    const paragraph = 'The pain very may be felt in the knee. Rest and gentle exercise help most people.';
    const copies = (n: number) => evidence(Array.from({ length: n }, () => paragraph).join('\n\n')).score;
    expect(copies(2)).toBeGreaterThan(copies(1));
    expect(copies(80)).toBe(copies(40));
  });
});

describe('issue 26: the base of a pair is chosen by the text, never by manifest order', () => {
  it('with its clean twin present, a 5%-garbled copy of a real article never becomes the body', { timeout: 300_000 }, async () => {
    const { runImport } = await import('../../../src/pipeline/run-import.ts');
    const { rawSource } = await import('./raw-source.ts');
    // The import takes a description from the first paragraph, which must be a sentence or more.
    const long = clean.filter(({ text }) => text.split(/\s+/).length >= 150 && text.split('\n\n').slice(0, 2).every((p) => p.length >= 20));
    let pairs = 0;
    for (const [i, { text }] of long.entries()) {
      for (const seed of [1]) {
        const copy = garble(text, 0.05, i * 10 + seed);
        if (copy === text) continue;
        for (const order of [['copy', 'twin'], ['twin', 'copy']] as const) {
          // The twin is the page as saved with its chrome, which lowers its share of common
          // words below the lightly garbled copy's: the old tie-break chose the copy.
          const twin = `Skip to Content\n\nShare this page\n\n${text}\n\nWas this page helpful?\n\nPrivacy policy | Terms of use | Cookie settings | Accessibility statement | Contact us\n`;
          const result = await runImport(order.map((id) => rawSource(id, id === 'twin' ? twin : copy, `${id}.txt`, 'Title')), new Map());
          expect(result.report.articles.map((a) => a.sources), `${i}/${seed} ${order.join(',')}`).toEqual([['twin', 'copy']]);
          pairs++;
        }
      }
    }
    expect(pairs).toBeGreaterThanOrEqual(40);
  });
});
