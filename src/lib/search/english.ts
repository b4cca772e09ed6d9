// The speller's dictionary: a word a reader types that the index lacks is corrected only when it
// is not an English word ("lost", "gout", "splints" are English: the site just lacks them). The
// dictionary is an-array-of-english-words (275,000 words; measured against nspell with
// dictionary-en and dictionary-en-gb on the evaluation set's words, see README), which is too big
// for a browser; the build writes the words the index lacks in small files by their first three
// letters (a few kB gzipped at most), and search loads only the file of a word it cannot place.

/** The file (without extension) that holds a word's dictionary entries. */
export function englishShard(word: string): string {
  return word.slice(0, 3).replace(/[^a-z]/g, '_').padEnd(3, '_');
}

/** Dictionary words the index lacks, grouped by shard (only words of 4+ letters: shorter are never corrected). */
export function englishShards(dictionary: Iterable<string>, known: ReadonlySet<string>): Map<string, string[]> {
  const shards = new Map<string, string[]>();
  for (const word of dictionary) {
    if (word.length < 4 || known.has(word) || !/^[a-z]+$/.test(word)) continue;
    const key = englishShard(word);
    const list = shards.get(key) ?? [];
    list.push(word);
    shards.set(key, list);
  }
  return shards;
}
