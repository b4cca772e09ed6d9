// Step 3: finds sources that are copies of one another by the content words they share.
// Garbling swaps common (short) words but keeps content words, so a garbled copy still
// shares nearly all of its long words with its clean twin.

/** Sources whose content-word overlap reaches this are the same article. */
export const COPY_THRESHOLD = 0.6;
const CONTENT_WORD_LENGTH = 6;

/** The set of content words (six letters or more) of a text's words. */
export function contentWords(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => w.length >= CONTENT_WORD_LENGTH));
}

/** Overlap coefficient of two word sets: shared words over the smaller set's size. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.min(a.size, b.size);
}

/** A pair of sources compared, with their overlap. */
export interface CopyComparison {
  a: string;
  b: string;
  overlap: number;
}

/**
 * Groups sources into copies (connected by overlap ≥ threshold), keeping input order inside
 * each group and across groups. Also returns every pairwise comparison for the report.
 */
export function findCopies(docs: readonly { id: string; words: readonly string[] }[]): {
  groups: string[][];
  comparisons: CopyComparison[];
} {
  const sets = docs.map((d) => contentWords(d.words));
  const parent = docs.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const comparisons: CopyComparison[] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const value = Math.round(overlap(sets[i]!, sets[j]!) * 1000) / 1000;
      comparisons.push({ a: docs[i]!.id, b: docs[j]!.id, overlap: value });
      if (value >= COPY_THRESHOLD) parent[Math.max(root(i), root(j))] = Math.min(root(i), root(j));
    }
  }
  const groups = new Map<number, string[]>();
  docs.forEach((doc, i) => {
    const key = root(i);
    groups.set(key, [...(groups.get(key) ?? []), doc.id]);
  });
  return { groups: [...groups.values()], comparisons };
}
