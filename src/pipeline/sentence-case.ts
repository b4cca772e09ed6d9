// Step 6b: headings and titles in sentence case, keeping acronyms and proper names.

/**
 * Lower-cases every word but the first, except words that must keep their capitals:
 * acronyms and codes (PT, L5, NSAIDs), names with inner capitals (McKenzie), "I", and the
 * given proper nouns. A leading "1." list number is kept and the word after it capitalised.
 */
export function sentenceCase(text: string, properNouns: ReadonlySet<string>): string {
  let first = true;
  return text.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (word) => {
    if (/^\p{N}+$/u.test(word)) return word;
    const keep = hasInnerCapital(word) || word === 'I' || properNouns.has(word);
    const lower = keep ? word : word.toLowerCase();
    const out = first && !keep ? lower.charAt(0).toUpperCase() + lower.slice(1) : lower;
    first = false;
    return out;
  }).replace(/([?]\s+)(\p{Ll})/gu, (_, gap: string, letter: string) => gap + letter.toUpperCase());
}

function hasInnerCapital(word: string): boolean {
  return /^.+\p{Lu}/u.test(word) || /\p{N}/u.test(word);
}

/**
 * Proper nouns evidenced in running text: words capitalised in the middle of a sentence
 * (not after . ! ? or at the start of a block). Headings are title case, so they give no
 * evidence and are not passed in.
 */
export function findProperNouns(sentences: readonly string[]): Set<string> {
  const found = new Set<string>();
  for (const sentence of sentences) {
    // Quoted titles are in title case too: leave them out.
    const text = sentence.replace(/[“"][^”"]*[”"]/g, ' ');
    for (const match of text.matchAll(/(?<=[\p{L}\p{N},;:)’'"”]\s+)(\p{Lu}\p{Ll}+)/gu)) found.add(match[1]!);
  }
  return found;
}
