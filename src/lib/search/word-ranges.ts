// Where the searched words are in a text, as whole words (with a plural or -ing/-ed ending),
// never inside another word: "i" must not mark every "i" in "thigh".
import { wordsOf } from './words.ts';

/** Start and end offsets of each whole-word occurrence of any of `words` in `text`. */
export function wordRanges(text: string, words: readonly string[]): [number, number][] {
  const wanted = [...new Set(words.flatMap(wordsOf))].filter((w) => w.length > 1).sort((a, b) => b.length - a.length);
  if (wanted.length === 0) return [];
  const escaped = wanted.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})(?:s|es|ing|ed)?(?![\\p{L}\\p{N}])`, 'giu');
  return [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].length]);
}
