// The 16 body regions of the nerve map, from shared/reference/nerve-data.md §4.1.
// Plain-language labels are ours; ids and boundaries follow the reference.

/** Ids of the 16 regions, in the reference's order (back, buttock, thigh, knee, leg, foot). */
export const REGION_IDS = [
  'lower_back', 'buttock', 'groin', 'front_thigh', 'inner_thigh', 'outer_thigh', 'back_thigh', 'front_knee',
  'inner_knee', 'outer_knee', 'back_knee', 'inner_shin', 'outer_shin', 'calf', 'top_foot_big_toe', 'sole_outer_foot',
] as const;

/** One region id. */
export type RegionId = (typeof REGION_IDS)[number];

/** What readers call each region. */
export const REGION_LABELS: Record<RegionId, string> = {
  lower_back: 'Lower back',
  buttock: 'Buttock',
  groin: 'Groin and top of the front thigh',
  front_thigh: 'Front of the thigh',
  inner_thigh: 'Inner thigh',
  outer_thigh: 'Outer thigh',
  back_thigh: 'Back of the thigh',
  front_knee: 'Front of the knee (kneecap area)',
  inner_knee: 'Inner knee',
  outer_knee: 'Outer knee',
  back_knee: 'Back of the knee',
  inner_shin: 'Inner shin',
  outer_shin: 'Outer shin',
  calf: 'Calf',
  top_foot_big_toe: 'Top of the foot and big toe',
  sole_outer_foot: 'Sole, heel and outer edge of the foot',
};
