// Step 4a: restores a garbled copy's words from its clean twin.
import { alignTokens, type AlignedPair } from './align-tokens.ts';

/** The restored word list and what it took to restore it. */
export interface Descrambled {
  /** For each garbled word, the restored word (null where it could not be resolved). */
  restored: (string | null)[];
  /** For each garbled word, the index of the clean word it was aligned to (or null). */
  cleanIndex: (number | null)[];
  tokensCompared: number;
  restorations: { from: string; to: string }[];
  unresolved: string[];
}

/** Aligns the garbled words to the clean words and reads the clean word at every position. */
export function descramble(garbled: readonly string[], clean: readonly string[]): Descrambled {
  const pairs: AlignedPair[] = alignTokens(garbled, clean);
  const restored: (string | null)[] = garbled.map(() => null);
  const cleanIndex: (number | null)[] = garbled.map(() => null);
  const restorations: { from: string; to: string }[] = [];
  const unresolved: string[] = [];
  for (const pair of pairs) {
    if (pair.garbled === null) continue;
    const from = garbled[pair.garbled]!;
    if (pair.clean === null) {
      unresolved.push(from);
      continue;
    }
    const to = clean[pair.clean]!;
    restored[pair.garbled] = to;
    cleanIndex[pair.garbled] = pair.clean;
    if (from !== to) restorations.push({ from, to });
  }
  return { restored, cleanIndex, tokensCompared: garbled.length, restorations, unresolved };
}
