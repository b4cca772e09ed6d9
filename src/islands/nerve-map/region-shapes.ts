// The 16 regions of the reference (§4.1) fitted to the body drawing (body-outline.ts). Each
// region is a cell between two heights and two fractions of a leg's width (0 = outer edge,
// 1 = inner edge), so it follows the leg's curves; the drawing clips every cell to the body
// outline. Regions are drawn on one leg only (the person's right): a root problem is usually
// one-sided, and both legs lit would look like the red flag "symptoms in both legs".
import type { RootId } from '../../data/nerve-map.ts';
import type { RegionId } from '../../data/regions.ts';
import { legEdges, type View } from './body-outline.ts';
import { polygonPath, type Point } from './smooth-path.ts';

/** One region's shape in one view. */
export interface RegionShape {
  id: RegionId;
  view: View;
  /** SVG path commands. */
  d: string;
  /** True for the second view of a region seen from both sides (the outer thigh from behind). */
  echo?: boolean;
}

/** The coloured leg: the person's right, on the reader's left from the front and on the right from behind. */
export const LIT_SIDE: Record<View, 'left' | 'right'> = { front: 'left', back: 'right' };

type Height = number | ((t: number) => number);

// A cell of the coloured leg: t0..t1 across the leg, from `top` down to `bottom` (a height or a curve over t).
function cell(view: View, t0: number, t1: number, top: Height, bottom: Height): string {
  const at = (h: Height, t: number) => (typeof h === 'number' ? h : h(t));
  const point = (t: number, y: number): Point => {
    const { outer, inner } = legEdges(view, LIT_SIDE[view], y);
    return [outer + t * (inner - outer), y];
  };
  const across = (from: number, to: number, h: Height) => Array.from({ length: 9 }, (_, i) => from + ((to - from) * i) / 8).map((t) => point(t, at(h, t)));
  const down = (t: number, from: number, to: number) => {
    const n = Math.max(2, Math.ceil(Math.abs(to - from) / 8));
    return Array.from({ length: n - 1 }, (_, i) => point(t, from + ((to - from) * (i + 1)) / n));
  };
  return polygonPath([
    ...across(t0, t1, top), ...down(t1, at(top, t1), at(bottom, t1)),
    ...across(t1, t0, bottom), ...down(t0, at(bottom, t0), at(top, t0)),
  ]);
}

// The groin crease runs from the hip's outer edge (t 0) down to the crotch (t 1).
const crease = (t: number) => 66 + 60 * t;
const belowGroin = (t: number) => crease(t) + 30;
// The fold under the buttock, highest at the outer edge.
const fold = (t: number) => 119 + 22 * t - 14 * t * t;
const KNEE = [250, 300] as const;
const ANKLE = 405;
const BELOW = 480; // below the soles: the outline clips it
const OUT = -0.2; // past the outer edge: the outline clips it

const FRONT: RegionShape[] = [
  { id: 'groin', view: 'front', d: cell('front', OUT, 1, crease, belowGroin) },
  { id: 'outer_thigh', view: 'front', d: cell('front', OUT, 0.28, belowGroin, KNEE[0]) },
  { id: 'front_thigh', view: 'front', d: cell('front', 0.28, 0.72, belowGroin, KNEE[0]) },
  { id: 'inner_thigh', view: 'front', d: cell('front', 0.72, 1, belowGroin, KNEE[0]) },
  { id: 'outer_knee', view: 'front', d: cell('front', OUT, 0.25, KNEE[0], KNEE[1]) },
  { id: 'front_knee', view: 'front', d: cell('front', 0.25, 0.72, KNEE[0], KNEE[1]) },
  { id: 'inner_knee', view: 'front', d: cell('front', 0.72, 1, KNEE[0], KNEE[1]) },
  { id: 'outer_shin', view: 'front', d: cell('front', OUT, 0.55, KNEE[1], ANKLE) },
  { id: 'inner_shin', view: 'front', d: cell('front', 0.55, 1, KNEE[1], ANKLE) },
  { id: 'top_foot_big_toe', view: 'front', d: cell('front', 0.2, 1.1, ANKLE, BELOW) },
  { id: 'sole_outer_foot', view: 'front', d: cell('front', OUT, 0.2, ANKLE, BELOW), echo: true },
];

const BACK: RegionShape[] = [
  { id: 'lower_back', view: 'back', d: polygonPath([[0, -5], [200, -5], [200, 50], [150, 48], [100, 52], [50, 48], [0, 50]]) },
  { id: 'buttock', view: 'back', d: cell('back', OUT, 1, (t) => 50 - 2 * t, fold) },
  { id: 'outer_thigh', view: 'back', d: cell('back', OUT, 0.2, fold, KNEE[0]), echo: true },
  { id: 'back_thigh', view: 'back', d: cell('back', 0.2, 1, fold, KNEE[0]) },
  { id: 'outer_knee', view: 'back', d: cell('back', OUT, 0.2, KNEE[0], KNEE[1]), echo: true },
  { id: 'back_knee', view: 'back', d: cell('back', 0.2, 1, KNEE[0], KNEE[1]) },
  { id: 'calf', view: 'back', d: cell('back', OUT, 1.1, KNEE[1], 425) },
  { id: 'sole_outer_foot', view: 'back', d: cell('back', OUT, 1.1, 425, BELOW) },
];

/** Every region shape: the front view first, then the back; echoes after the region's own shape. */
export const REGION_SHAPES: readonly RegionShape[] = [...FRONT, ...BACK];

// Where each root's ISNCSCI key sensory point sits on the coloured leg (nerve-data.md §2.1).
const POINTS: Record<RootId, { view: View; t: number; y: number }> = {
  L1: { view: 'front', t: 0.55, y: 108 }, // upper front thigh, just below the groin
  L2: { view: 'front', t: 0.62, y: 180 }, // front-inner thigh, halfway to the inner knee
  L3: { view: 'front', t: 0.86, y: 258 }, // inner side of the thigh bone just above the knee
  L4: { view: 'front', t: 0.86, y: 400 }, // inner ankle bone
  L5: { view: 'front', t: 0.5, y: 440 }, // top of the foot at the third toe joint
  S1: { view: 'back', t: 0.18, y: 444 }, // outer side of the heel
  S2: { view: 'back', t: 0.55, y: 276 }, // middle of the back of the knee
};

/** A key sensory point's place in the drawing. */
export function keyPointSpot(root: RootId): { view: View; x: number; y: number } {
  const { view, t, y } = POINTS[root];
  const { outer, inner } = legEdges(view, LIT_SIDE[view], y);
  return { view, x: Math.round(outer + t * (inner - outer)), y };
}
