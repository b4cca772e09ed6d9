import { describe, expect, it } from 'vitest';
import { descramble } from '../../../src/pipeline/descramble.ts';
import { garbleEvidence, isGarbled } from '../../../src/pipeline/garble-score.ts';
import { parsePlainText } from '../../../src/pipeline/parse-plain-text.ts';
import { readSource } from '../../../src/pipeline/read-source.ts';
import { words } from '../../../src/pipeline/tokenize.ts';
import { treeWords } from '../../../src/pipeline/tree-words.ts';
import { random } from '../../support/seeded-random.ts';
import { garble } from './garble.ts';
import { realSources, realText } from './real-sources.ts';

const parsedWords = (id: string) => {
  const { file, text } = realText(id);
  return treeWords(readSource(id, file, text).tree).map((w) => w.word);
};

describe('de-scrambling the real garbled copy', () => {
  const garbled = parsedWords('verywell-hidden-link');
  const clean = parsedWords('verywell-back-disorders');
  const result = descramble(garbled, clean);

  it('restores every garbled word, leaving none unresolved', () => {
    expect(result.unresolved).toEqual([]);
    expect(result.restored.every((w) => w !== null)).toBe(true);
    expect(result.tokensCompared).toBe(garbled.length);
  });

  it('restores to exactly the clean twin’s words: only the twin’s own extra lines are left over', () => {
    const covered = new Set(result.cleanIndex);
    const leftOver = clean.filter((_, i) => !covered.has(i)).join(' ');
    expect(leftOver).toBe(
      'back disorders and knee pain can knee pain come from your spine pinched lower back nerve signs illustration by brianna gilmartin verywell was this page helpful',
    );
    expect(result.restored.join(' ')).toBe(clean.filter((_, i) => covered.has(i)).join(' '));
  });

  it('turns the garbled opening back into the original sentence', () => {
    expect(result.restored.slice(0, 12).join(' ')).toBe('most people assume if they have knee pain it is due to');
    expect(garbled.slice(0, 12).join(' ')).toBe("most people assume us i've i've knee pain it by due nd");
  });
});

describe('de-scrambling synthetic garbled copies', () => {
  // Clean paragraphs from the other articles, garbled in the test at the real copy's rate.
  const paragraphs = realSources()
    .filter((s) => !s.entry.id.startsWith('verywell'))
    .flatMap((s) => new TextDecoder().decode(s.bytes).split('\n'))
    .filter((line) => line.split(' ').length >= 25);

  it('uses a realistic garbling rate (about half of all words swapped, like the real copy)', () => {
    const all = paragraphs.join(' ');
    const original = words(all);
    const swapped = words(garble(all, 0.9, 7));
    const changed = swapped.filter((w, i) => w !== original[i]).length / original.length;
    expect(changed).toBeGreaterThan(0.3);
    const garbled = (text: string) => isGarbled(garbleEvidence(parsePlainText('p', 'p.txt', text).tree), words(text).length);
    expect(garbled(garble(all, 0.9, 7))).toBe(true);
    expect(garbled(all)).toBe(false);
  });

  it('restores at least 99% of tokens, even when the twin has extra and missing words', () => {
    let compared = 0;
    let correct = 0;
    paragraphs.forEach((paragraph, n) => {
      const original = words(paragraph);
      const garbled = words(garble(paragraph, 0.9, n + 1));
      // The twin differs a little from the copy: a caption line added, one word dropped.
      const next = random(n + 100);
      const drop = Math.floor(next() * original.length);
      const twin = ['photo', 'credit', 'line', ...original.filter((_, i) => i !== drop)];
      const result = descramble(garbled, twin);
      garbled.forEach((_, i) => {
        compared++;
        if (i !== drop && result.restored[i] === original[i]) correct++;
      });
      compared--; // the dropped word cannot be restored from a twin that lacks it
    });
    expect(paragraphs.length).toBeGreaterThan(20);
    expect(correct / compared).toBeGreaterThanOrEqual(0.99);
  });
});
