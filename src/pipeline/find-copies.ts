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

/** Share of `part`'s content words that `whole` also has (1 = every one). */
export function containment(part: ReadonlySet<string>, whole: ReadonlySet<string>): number {
  if (part.size === 0) return 0;
  let shared = 0;
  for (const word of part) if (whole.has(word)) shared++;
  return shared / part.size;
}

/**
 * Puts each garbled source that is not a copy of anything into the group of the source that
 * holds most of its content words, when that is the copy threshold or more: it is a garbled
 * part of that page, restored from it rather than published (or refused) on its own. A clean
 * part stays its own article (a short text on the same topic is not a copy).
 */
export function attachParts(groups: readonly string[][], docs: readonly { id: string; words: readonly string[] }[], garbled: ReadonlySet<string>): string[][] {
  const sets = new Map(docs.map((d) => [d.id, contentWords(d.words)]));
  const out = groups.map((g) => [...g]);
  for (const group of out.filter((g) => g.length === 1 && garbled.has(g[0]!))) {
    const id = group[0]!;
    const best = bestContainer(id, sets, garbled);
    if (best === undefined || best.share < COPY_THRESHOLD) continue;
    out.find((g) => g.includes(best.id))!.push(id);
    group.length = 0;
  }
  return out.filter((g) => g.length > 0);
}

/** The clean source holding the largest share of a source's content words. */
export function bestContainer(id: string, sets: ReadonlyMap<string, ReadonlySet<string>>, garbled: ReadonlySet<string>): { id: string; share: number } | undefined {
  const own = sets.get(id)!;
  let best: { id: string; share: number } | undefined;
  for (const [other, set] of sets) {
    if (other === id || garbled.has(other)) continue;
    const share = containment(own, set);
    if (!best || share > best.share) best = { id: other, share };
  }
  return best;
}
