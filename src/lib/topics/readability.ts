// Reading level of our own text: the Flesch–Kincaid US grade (the formula from the
// `flesch-kincaid` package, syllables counted by `syllable`), over the same sentences the
// citation check reads, and the longest sentence in words.
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';
import { splitSentences } from '../mentions/sentences.ts';

/** How hard a text is to read. */
export interface Readability {
  /** Flesch–Kincaid US school grade (lower is easier). */
  grade: number;
  sentences: number;
  words: number;
  /** The sentence with the most words, and its word count. */
  longest: { text: string; words: number };
}

// A word: letters or digits, with inner apostrophes or hyphens ("L4", "don’t", "pins-and-needles").
const WORD = /[\p{L}\p{N}]+(?:[’'-][\p{L}\p{N}]+)*/gu;

/** The words of a text. */
export function wordsOf(text: string): string[] {
  return text.match(WORD) ?? [];
}

/** Grade, counts and longest sentence of a text (paragraphs separated by blank lines). */
export function readability(text: string): Readability {
  const sentences = text.split(/\n\s*\n/).flatMap((p) => splitSentences(p.replace(/\s+/g, ' ')).map((s) => s.text)).filter((s) => wordsOf(s).length > 0);
  const words = sentences.flatMap(wordsOf);
  const longest = sentences.map((s) => ({ text: s, words: wordsOf(s).length })).reduce((a, b) => (b.words > a.words ? b : a), { text: '', words: 0 });
  const syllables = words.reduce((n, w) => n + Math.max(1, syllable(w)), 0);
  const grade = sentences.length === 0 ? 0 : fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables });
  return { grade, sentences: sentences.length, words: words.length, longest };
}
