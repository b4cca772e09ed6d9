// The speller's dictionary: a word a reader types that the index lacks is corrected only when it
// is not an English word ("lost", "gout", "splints" are English: the site just lacks them). The
// dictionary is an-array-of-english-words (275,000 words; measured against nspell with
// dictionary-en and dictionary-en-gb on the evaluation set's words, see README), which is too big
// for a browser; the build writes the words the index lacks in files of about a thousand words
// in alphabetical runs (a few kB gzipped), and search loads only the file of a word it cannot
// place. Why runs and not a file per first three letters: that made 3,552 files, and creating
// them cost the build 2.5 s of CPU, a quarter of the whole small build.

/** Words a file holds at least before the next starts (at a change of the first three letters). */
const FILE_WORDS = 1000;

/** The dictionary as the build writes it: each file's first key, and each file's words. */
export interface EnglishFiles {
  /** The key (`englishKey`) of each file's first word, in order. */
  bounds: string[];
  words: string[][];
}

/** A word's sort key: its first three letters, padded; files hold whole runs of keys. */
export function englishKey(word: string): string {
  return word.slice(0, 3).replace(/[^a-z]/g, '_').padEnd(3, '_');
}

/** The number of the file that holds `word` if any does, from the files' first keys. */
export function englishFileOf(word: string, bounds: readonly string[]): number {
  const key = englishKey(word);
  let low = 0;
  let high = bounds.length - 1;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (bounds[mid]! <= key) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Dictionary words the index lacks, in files (only words of 4+ letters: shorter are never corrected). */
export function englishFiles(dictionary: Iterable<string>, known: ReadonlySet<string>): EnglishFiles {
  const byKey = new Map<string, string[]>();
  for (const word of dictionary) {
    if (word.length < 4 || known.has(word) || !/^[a-z]+$/.test(word)) continue;
    const key = englishKey(word);
    const list = byKey.get(key) ?? [];
    list.push(word);
    byKey.set(key, list);
  }
  const files: EnglishFiles = { bounds: [], words: [] };
  for (const key of [...byKey.keys()].sort()) {
    const last = files.words.at(-1);
    if (last && last.length < FILE_WORDS) last.push(...byKey.get(key)!);
    else {
      files.bounds.push(key);
      files.words.push([...byKey.get(key)!]);
    }
  }
  return files;
}
