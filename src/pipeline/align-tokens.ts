// Word-by-word alignment of a garbled copy to its clean twin, in memory that grows linearly
// with the texts. Garbling replaces a word with another of the same length, so a substitution
// is only allowed between words of equal length; anything else is an insertion or a deletion.
//
// A full Needleman–Wunsch table is n × m cells (a 5 MB pair would need terabytes), so the
// texts are first cut at anchors: words that occur exactly once in each text, kept where they
// come in the same order in both (the longest increasing chain, as in patience diff). Where no
// word is unique (a long text repeats all its words), the k-th occurrences of a content word
// that occurs equally often in both are paired instead. Garbling keeps content words, so
// anchors fall every few words and the stretches between them are small; each is cut again by
// the words unique inside it, and only what is left is aligned by dynamic programming, in a
// table of at most MAX_CELLS cells (banded when the stretch is long).

/** One aligned position: indices into the garbled and clean word lists (null = gap). */
export interface AlignedPair {
  garbled: number | null;
  clean: number | null;
}

/** Thrown when a stretch without a shared word is too large to align in bounded memory. */
export class AlignmentTooLarge extends Error {
  readonly garbledWords: number;
  readonly cleanWords: number;
  constructor(garbledWords: number, cleanWords: number) {
    super(`a stretch of ${garbledWords} words of the copy and ${cleanWords} words of its twin share no word to align them by`);
    this.garbledWords = garbledWords;
    this.cleanWords = cleanWords;
  }
}

const SUBSTITUTE = 10;
// A gap costs a little more than a substitution, so a same-length swap is preferred to
// dropping a word from each side (2 × GAP).
const GAP = 11;
const INFINITE = 0x3fffffff;
/** The largest dynamic-programming table, in cells (4 bytes each). */
export const MAX_CELLS = 4_000_000;
// Stretches up to this many cells get the whole table (an exact alignment); longer ones are
// cut at anchors, or aligned in a band around the diagonal (garbling keeps lengths, so the
// best alignment of a garbled copy runs close to it).
const FULL_CELLS = 250_000;
// Extra band width around the diagonal for a long stretch, beyond the difference in lengths.
const BAND = 64;
// Words this long are content words, which garbling leaves alone.
const CONTENT_WORD = 5;

/** Aligns two word lists (already folded to lower case). */
export function alignTokens(garbled: readonly string[], clean: readonly string[]): AlignedPair[] {
  const pairs: AlignedPair[] = [];
  alignRange(garbled, clean, 0, garbled.length, 0, clean.length, pairs);
  return pairs;
}

function alignRange(g: readonly string[], c: readonly string[], g0: number, g1: number, c0: number, c1: number, out: AlignedPair[]): void {
  // Equal words at both ends align to each other.
  while (g0 < g1 && c0 < c1 && g[g0] === c[c0]) out.push({ garbled: g0++, clean: c0++ });
  const tail: AlignedPair[] = [];
  while (g0 < g1 && c0 < c1 && g[g1 - 1] === c[c1 - 1]) tail.push({ garbled: --g1, clean: --c1 });
  const n = g1 - g0;
  const m = c1 - c0;
  if (n === 0 || m === 0 || (n + 1) * (m + 1) <= FULL_CELLS) {
    alignByTable(g, c, g0, g1, c0, c1, out);
  } else {
    const unique = anchorsIn(g, c, g0, g1, c0, c1, true);
    const anchors = unique.length > 0 ? unique : anchorsIn(g, c, g0, g1, c0, c1, false);
    if (anchors.length > 0) {
      let gi = g0;
      let ci = c0;
      for (const [ga, ca] of anchors) {
        alignRange(g, c, gi, ga, ci, ca, out);
        out.push({ garbled: ga, clean: ca });
        gi = ga + 1;
        ci = ca + 1;
      }
      alignRange(g, c, gi, g1, ci, c1, out);
    } else {
      alignByTable(g, c, g0, g1, c0, c1, out);
    }
  }
  for (let k = tail.length - 1; k >= 0; k--) out.push(tail[k]!);
}

// Words that occur once in each range (or, when not `unique`, the k-th occurrences of content
// words that occur equally often in each), in the longest chain keeping the same order in both.
function anchorsIn(g: readonly string[], c: readonly string[], g0: number, g1: number, c0: number, c1: number, unique: boolean): [number, number][] {
  const seen = new Map<string, { g: number[]; c: number[] }>();
  for (let i = g0; i < g1; i++) {
    const entry = seen.get(g[i]!) ?? { g: [], c: [] };
    entry.g.push(i);
    seen.set(g[i]!, entry);
  }
  for (let j = c0; j < c1; j++) seen.get(c[j]!)?.c.push(j);
  const candidates: [number, number][] = [];
  for (const [word, at] of seen) {
    if (at.g.length !== at.c.length || (unique ? at.g.length !== 1 : word.length < CONTENT_WORD)) continue;
    at.g.forEach((i, k) => candidates.push([i, at.c[k]!]));
  }
  return longestIncreasing(candidates.sort((a, b) => a[0] - b[0]));
}

// Longest chain of pairs increasing in both coordinates (pairs come sorted by the first).
function longestIncreasing(pairs: readonly [number, number][]): [number, number][] {
  const tails: number[] = [];
  const previous = new Int32Array(pairs.length);
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    previous[k] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = k;
  });
  const chain: [number, number][] = [];
  for (let k = tails.length > 0 ? tails[tails.length - 1]! : -1; k >= 0; k = previous[k]!) chain.push(pairs[k]!);
  return chain.reverse();
}

// Needleman–Wunsch over a band of the table around its diagonal (the whole table when it fits).
function alignByTable(g: readonly string[], c: readonly string[], g0: number, g1: number, c0: number, c1: number, out: AlignedPair[]): void {
  const n = g1 - g0;
  const m = c1 - c0;
  const full = (n + 1) * (m + 1) <= FULL_CELLS;
  const half = full ? m : Math.abs(n - m) + BAND;
  const width = Math.min(m + 1, 2 * half + 1);
  if (!full && (n + 1) * width > MAX_CELLS) throw new AlignmentTooLarge(n, m);
  // Row i holds columns from(i) … from(i) + width - 1.
  const from = (i: number) => (full ? 0 : Math.min(Math.max(0, Math.round((i * m) / n) - half), m + 1 - width));
  const cost = new Int32Array((n + 1) * width).fill(INFINITE);
  const at = (i: number, j: number) => {
    const k = j - from(i);
    return k >= 0 && k < width ? cost[i * width + k]! : INFINITE;
  };
  const step = (i: number, j: number) => substitutionCost(g[g0 + i - 1]!, c[c0 + j - 1]!);
  for (let i = 0; i <= n; i++) {
    const start = from(i);
    for (let k = 0; k < width; k++) {
      const j = start + k;
      if (j > m) break;
      let best = i === 0 ? j * GAP : j === 0 ? i * GAP : INFINITE;
      if (i > 0 && j > 0) best = Math.min(at(i - 1, j - 1) + step(i, j), at(i - 1, j) + GAP, at(i, j - 1) + GAP);
      cost[i * width + k] = Math.min(best, INFINITE);
    }
  }
  const pairs: AlignedPair[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = at(i, j);
    if (i > 0 && j > 0 && here === at(i - 1, j - 1) + step(i, j)) {
      pairs.push({ garbled: g0 + --i, clean: c0 + --j });
    } else if (i > 0 && here === at(i - 1, j) + GAP) {
      pairs.push({ garbled: g0 + --i, clean: null });
    } else {
      pairs.push({ garbled: null, clean: c0 + --j });
    }
  }
  for (let k = pairs.length - 1; k >= 0; k--) out.push(pairs[k]!);
}

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return a.length === b.length ? SUBSTITUTE : INFINITE;
}
