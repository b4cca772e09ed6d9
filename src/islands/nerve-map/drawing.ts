// The body drawing as plain data (path commands, label and point positions), computed on the
// server from body-outline.ts and region-shapes.ts and handed to the island as a prop: the
// browser gets the finished shapes, not the geometry code.
import { ROOT_IDS, type RootId } from '../../data/nerve-map.ts';
import { bodyLabels, detailPaths, outlinePath, type BodyLabel, type View } from './body-outline.ts';
import { keyPointSpot, REGION_SHAPES, type RegionShape } from './region-shapes.ts';

/** One view, ready to draw. */
export interface DrawingView {
  outline: string;
  details: string[];
  labels: BodyLabel[];
  regions: RegionShape[];
  points: { root: RootId; x: number; y: number }[];
}

/** Both views. */
export type Drawing = Record<View, DrawingView>;

const views: readonly View[] = ['front', 'back'];

/** The finished drawing. */
export function buildDrawing(): Drawing {
  const one = (view: View): DrawingView => ({
    outline: outlinePath(view),
    details: detailPaths(view),
    labels: bodyLabels(view),
    regions: REGION_SHAPES.filter((s) => s.view === view),
    points: ROOT_IDS.map((root) => ({ root, ...keyPointSpot(root) })).filter((p) => p.view === view).map(({ root, x, y }) => ({ root, x, y })),
  });
  return Object.fromEntries(views.map((v) => [v, one(v)])) as Drawing;
}
