// Groups an import report's removals by source and reason, for the /sources/ page. The page
// says what kind of text was removed and how much, without republishing the text itself.
import type { Removal } from '../../pipeline/types.ts';

/** One kind of removal from one source. */
export interface RemovalGroup {
  reason: string;
  count: number;
  words: number;
}

/** The removals of one source, grouped by reason, in first-seen order. */
export function summarizeRemovals(removals: readonly Removal[], source: string): RemovalGroup[] {
  const groups = new Map<string, RemovalGroup>();
  for (const removal of removals.filter((r) => r.source === source)) {
    const group = groups.get(removal.reason) ?? { reason: removal.reason, count: 0, words: 0 };
    group.count++;
    group.words += removal.text.split(/\s+/).filter(Boolean).length;
    groups.set(removal.reason, group);
  }
  return [...groups.values()];
}
