// The class a word too rare for the language model's lexicon is read as, by its ending: a
// health text is full of words no general corpus has ("radiculopathy", "paraesthetica"), and
// "-ing", "-ed", "-ly" and "-ous" say more about their place in a sentence than "unknown" does.

/** Coarse word class (see language-classes.ts) that a rare lower-case word's ending suggests. */
export function endingClass(word: string): string {
  if (word.endsWith('ing')) return 'G';
  if (word.endsWith('ed')) return 'D';
  if (word.endsWith('ly')) return 'R';
  if (/(?:ous|ive|able|ible|al|ic|ary|ful|less)$/.test(word)) return 'J';
  if (/[^s]s$/.test(word)) return 'Ns';
  return 'Nn';
}
