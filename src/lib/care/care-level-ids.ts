// The four levels of care, most urgent first. Their words are content (content/care/care-levels.yaml);
// their order is code, because every rule compares levels.

/** A care level id, most urgent first. */
export const CARE_LEVEL_IDS = ['emergency', 'same-day', 'routine', 'self-care'] as const;

/** A care level id. */
export type CareLevelId = (typeof CARE_LEVEL_IDS)[number];

/** How urgent a level is: 0 is the most urgent. */
export function careRank(level: CareLevelId): number {
  return CARE_LEVEL_IDS.indexOf(level);
}

/** The most urgent of some levels, or undefined when there are none. */
export function mostUrgent(levels: Iterable<CareLevelId>): CareLevelId | undefined {
  let best: CareLevelId | undefined;
  for (const level of levels) if (best === undefined || careRank(level) < careRank(best)) best = level;
  return best;
}
