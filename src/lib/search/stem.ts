// Word forms as Pagefind sees them: Pagefind stems every indexed and searched word with the
// Snowball English (Porter2) stemmer, so "prolapse" finds "prolapsed" and "stiff" finds
// "stiffness". The query layer uses the same algorithm to tell whether the index has a form
// of a word, to match phrases and to compare a query with a page's own names.
import porter2 from 'wink-porter2-stemmer';
import { isNumber } from './words.ts';

/** The Porter2 stem of a lower-case word (numbers and words with an apostrophe as they are). */
export function stem(word: string): string {
  return isNumber(word) || word.includes("'") ? word : porter2(word);
}

/** The stems of a list of words, joined by spaces: the key a phrase is looked up by. */
export function stemKey(words: readonly string[]): string {
  return words.map(stem).join(' ');
}
