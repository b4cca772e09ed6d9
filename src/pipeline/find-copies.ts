// Step 3: finds sources that are copies of one another by the content words they share.
// Garbling swaps common (short) words but keeps content words, so a garbled copy still
// shares nearly all of its long words with its clean twin.

/**
 * Sources whose content words overlap this much, measured against the larger set, are copies.
 * Against the larger set, so that a short text on the same topic (whose few content words all
 * occur in a long article) is not taken for a copy of it.
 */
export const COPY_THRESHOLD = 0.8;
const CONTENT_WORD_LENGTH = 6;

/** The set of content words (six letters or more) of a text's words. */
export function contentWords(words: readonly string[]): Set<string> {
  return new Set(words.filter((w) => w.length >= CONTENT_WORD_LENGTH));
}

/** Symmetric overlap of two word sets: shared words over the larger set's size. */
export function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const word of a) if (b.has(word)) shared++;
  return shared / Math.max(a.size, b.size);
}

/** A pair of sources compared, with their overlap. */
export interface CopyComparison {
  a: string;
  b: string;
  overlap: number;
}

/**
 * Groups sources into copies, keeping input order inside each group and across groups. Every
 * member of a group is a near-duplicate of every other one: a source joins the first group
 * all of whose members it is a copy of, so copies never chain (A like B, B like C, A unlike C).
 * Also returns every pairwise comparison for the report.
 */
export function findCopies(docs: readonly { id: string; words: readonly string[] }[]): {
  groups: string[][];
  comparisons: CopyComparison[];
} {
  const sets = docs.map((d) => contentWords(d.words));
  const comparisons: CopyComparison[] = [];
  const copies = docs.map(() => new Set<number>());
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const value = Math.round(overlap(sets[i]!, sets[j]!) * 1000) / 1000;
      comparisons.push({ a: docs[i]!.id, b: docs[j]!.id, overlap: value });
      if (value >= COPY_THRESHOLD) {
        copies[i]!.add(j);
        copies[j]!.add(i);
      }
    }
  }
  const groups: number[][] = [];
  docs.forEach((_, i) => {
    const group = groups.find((members) => members.every((m) => copies[i]!.has(m)));
    if (group) group.push(i);
    else groups.push([i]);
  });
  return { groups: groups.map((members) => members.map((i) => docs[i]!.id)), comparisons };
}
