// How search splits text into words, the same way for the reader's query, the build-time
// vocabulary and the highlighter: lower case, accents dropped, curly apostrophes straightened.

/** The words of a text, in order, lower-cased, without accents or punctuation. */
export function wordsOf(text: string): string[] {
  return (
    text
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .match(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu) ?? []
  ).map((w) => w.replace(/'s$/, ''));
}

/** True for a token that is a number (numbers are never corrected or expanded). */
export function isNumber(word: string): boolean {
  return /^\d+$/.test(word);
}
