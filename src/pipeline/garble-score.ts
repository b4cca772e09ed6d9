// Scores how garbled a text is, from the text alone. Garbling swaps common (short) words for
// random words of the same length, many of which are no English word at all: "it nd due",
// "t knee", "a's". A clean text, however terse (lists, few function words), has almost none,
// so what is measured is wrong short words, not missing function words.
import { createRequire } from 'node:module';
import type { Root } from 'mdast';
import { treeWords, type TreeWord } from './tree-words.ts';

// The lexicon: every English word of one to three letters (the lengths garbling leaves as
// non-words), from a ~275,000-word list, plus abbreviations and units a health text uses.
const lexicon: ReadonlySet<string> = new Set([
  ...(createRequire(import.meta.url)('an-array-of-english-words') as string[]).filter((w) => w.length <= 3),
  ...'mg ml cm mm kg km hr hrs min sec ok vs etc aka'.split(' '),
]);
const SHORT = 3;
// A word touching one of these is part of an address, a number, an abbreviation or a
// compound ("x-ray", "example.org", "e.g."), not a word of running prose.
const JOINED = /[.\-–/@:\d]/;
// A word next to one of these (spaces aside) is a symbol or a label ("a > b", "{x}").
const SYMBOL = /[{}<>[\]=+*\\|^~_#&%$]/;

/** Whether a short lower-case word (three letters or fewer) is an English word or a unit. */
export function isShortWord(word: string): boolean {
  return lexicon.has(word);
}

/** What garbling left in a text: words that are no English word where short words belong. */
export interface GarbleEvidence {
  /** Share of the text's short lower-case words that are no English word (0 = clean). */
  score: number;
  /** Those words, in order. */
  strayWords: string[];
}

/** Measures garbling in the words of a Markdown tree. */
export function garbleEvidence(tree: Root): GarbleEvidence {
  return evidenceOf(treeWords(tree));
}

/** Measures garbling in words already read from a tree. */
export function evidenceOf(words: readonly TreeWord[]): GarbleEvidence {
  let short = 0;
  const strayWords: string[] = [];
  for (const word of words) {
    const written = word.node.value.slice(word.start, word.end).replace(/’/g, "'");
    const [base = '', suffix] = written.split("'");
    if (!/^[a-z]+$/.test(base) || base.length > SHORT) continue;
    const { value } = word.node;
    if (JOINED.test(value.charAt(word.start - 1)) || JOINED.test(value.charAt(word.end))) continue;
    if (SYMBOL.test(value.slice(0, word.start).trimEnd().slice(-1)) || SYMBOL.test(value.slice(word.end).trimStart().charAt(0))) continue;
    short++;
    const stray = suffix === undefined ? !lexicon.has(base) : base.length === 1 && base !== 'i';
    if (stray) strayWords.push(word.word);
  }
  const score = short === 0 ? 0 : Math.round((strayWords.length / short) * 1000) / 1000;
  return { score, strayWords };
}

/**
 * Whether a text is garbled: two or more stray words, and at least one in a thousand words
 * (a long clean text may have a typo or two).
 */
export function isGarbled(evidence: GarbleEvidence, wordCount: number): boolean {
  return evidence.strayWords.length >= 2 && evidence.strayWords.length >= wordCount / 1000;
}
