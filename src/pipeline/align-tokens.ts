// Word-by-word alignment of a garbled copy to its clean twin (a Needleman–Wunsch alignment).
// Garbling replaces a word with another of the same length, so a substitution is only
// allowed between words of equal length; anything else is an insertion or a deletion.

/** One aligned position: indices into the garbled and clean word lists (null = gap). */
export interface AlignedPair {
  garbled: number | null;
  clean: number | null;
}

const MATCH = 0;
const SUBSTITUTE = 10;
// A gap costs a little more than a substitution, so a same-length swap is preferred to
// dropping a word from each side (2 × GAP).
const GAP = 11;

/** Aligns two word lists (already folded to lower case). */
export function alignTokens(garbled: readonly string[], clean: readonly string[]): AlignedPair[] {
  const n = garbled.length;
  const m = clean.length;
  const width = m + 1;
  const cost = new Float64Array((n + 1) * width);
  for (let i = 1; i <= n; i++) cost[i * width] = i * GAP;
  for (let j = 1; j <= m; j++) cost[j] = j * GAP;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const step = substitutionCost(garbled[i - 1]!, clean[j - 1]!);
      cost[i * width + j] = Math.min(
        cost[(i - 1) * width + j - 1]! + step,
        cost[(i - 1) * width + j]! + GAP,
        cost[i * width + j - 1]! + GAP,
      );
    }
  }
  const pairs: AlignedPair[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = cost[i * width + j]!;
    if (i > 0 && j > 0 && here === cost[(i - 1) * width + j - 1]! + substitutionCost(garbled[i - 1]!, clean[j - 1]!)) {
      pairs.push({ garbled: --i, clean: --j });
    } else if (i > 0 && here === cost[(i - 1) * width + j]! + GAP) {
      pairs.push({ garbled: --i, clean: null });
    } else {
      pairs.push({ garbled: null, clean: --j });
    }
  }
  return pairs.reverse();
}

function substitutionCost(a: string, b: string): number {
  if (a === b) return MATCH;
  return a.length === b.length ? SUBSTITUTE : Number.POSITIVE_INFINITY;
}
