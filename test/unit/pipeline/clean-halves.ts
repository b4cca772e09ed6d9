// The false-refusal set of the language check (every real clean article: the real pages and
// our clean sources), split in two halves by a hash of each name: every threshold of the check
// is fitted on the fitting half (scripts/fit-language-check.ts), and its false refusals are
// reported on the held-out half, which nothing was fitted on.
import { createHash } from 'node:crypto';
import { allRealArticles } from './real-articles.ts';
import { realSources } from './real-sources.ts';

/** A clean text and the name it is known by. */
export interface CleanText {
  name: string;
  text: string;
}

/** Every real clean article, in name order. */
export function cleanTexts(): CleanText[] {
  return [
    ...allRealArticles().map((a) => ({ name: a.name, text: a.text })),
    // The one garbled source is no clean text.
    ...realSources().filter((s) => s.entry.id !== 'verywell-hidden-link').map((s) => ({ name: s.entry.id, text: new TextDecoder().decode(s.bytes) })),
  ];
}

// Sorted by hash and dealt alternately, so the halves are as even as can be and a name's half
// depends on no text.
const hash = (name: string) => createHash('sha256').update(name).digest('hex');
const dealt = (half: 0 | 1) => cleanTexts().sort((a, b) => (hash(a.name) < hash(b.name) ? -1 : 1)).filter((_, i) => i % 2 === half);

/** The half the check's thresholds are fitted on. */
export function fittingHalf(): CleanText[] {
  return dealt(0);
}

/** The half the check's false refusals are reported on. */
export function heldOutHalf(): CleanText[] {
  return dealt(1);
}

/** 300-word articles: runs of whole lines of the texts, 300 words or just over. */
export function articles300(texts: readonly CleanText[]): string[] {
  return texts.flatMap(({ text }) => {
    const out: string[] = [];
    let lines: string[] = [];
    for (const line of text.split('\n')) {
      lines.push(line);
      if (lines.join(' ').split(/\s+/).filter(Boolean).length >= 300) {
        out.push(lines.join('\n'));
        lines = [];
      }
    }
    return out;
  });
}
