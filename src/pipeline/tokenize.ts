// Word tokens for comparing texts: the unit of garble scoring, copy detection and alignment.

/** One word and where it sits in the text it came from. */
export interface Token {
  word: string;
  start: number;
  end: number;
}

// Letters and digits, with inner apostrophes ("don't", "i've") kept in the word.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

/** Splits text into word tokens with their offsets. */
export function tokenize(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => ({ word: m[0], start: m.index, end: m.index + m[0].length }));
}

/** Lower-cases a word and folds typographic apostrophes, so tokens compare equal across copies. */
export function foldWord(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** The folded words of a text, in order. */
export function words(text: string): string[] {
  return tokenize(text).map((t) => foldWord(t.word));
}
