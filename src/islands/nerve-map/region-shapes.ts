// The drawing of the 16 regions: one leg seen from the front and from the back, with the lower
// back and buttock. Coordinates are in a 200 × 490 box per view; shapes are simplified
// outlines that follow the reference's landmark boundaries (§4.1), not exact anatomy.
import type { RegionId } from '../../data/regions.ts';

/** One region's outline and where its label sits. */
export interface RegionShape {
  id: RegionId;
  view: 'front' | 'back';
  points: string;
}

/** Front view: inner side on the left, outer side on the right. */
const FRONT: RegionShape[] = [
  { id: 'groin', view: 'front', points: '40,40 160,40 158,72 42,72' },
  { id: 'inner_thigh', view: 'front', points: '42,72 80,72 86,226 63,226' },
  { id: 'front_thigh', view: 'front', points: '80,72 124,72 121,226 86,226' },
  { id: 'outer_thigh', view: 'front', points: '124,72 158,72 141,226 121,226' },
  { id: 'inner_knee', view: 'front', points: '63,226 86,226 86,294 67,294' },
  { id: 'front_knee', view: 'front', points: '86,226 121,226 119,294 86,294' },
  { id: 'outer_knee', view: 'front', points: '121,226 141,226 137,294 119,294' },
  { id: 'inner_shin', view: 'front', points: '67,294 101,294 101,440 79,440' },
  { id: 'outer_shin', view: 'front', points: '101,294 137,294 125,440 101,440' },
  { id: 'top_foot_big_toe', view: 'front', points: '79,440 125,440 134,478 68,478' },
];

/** Back view: outer side on the left, inner side on the right (as seen from behind). */
const BACK: RegionShape[] = [
  { id: 'lower_back', view: 'back', points: '30,4 170,4 170,38 30,38' },
  { id: 'buttock', view: 'back', points: '36,38 164,38 160,98 40,98' },
  { id: 'back_thigh', view: 'back', points: '42,98 158,98 138,228 62,228' },
  { id: 'back_knee', view: 'back', points: '62,228 138,228 134,292 66,292' },
  { id: 'calf', view: 'back', points: '66,292 134,292 121,440 79,440' },
  { id: 'sole_outer_foot', view: 'back', points: '79,440 121,440 124,478 76,478' },
];

/** Every region's shape, front view first. */
export const REGION_SHAPES: readonly RegionShape[] = [...FRONT, ...BACK];
