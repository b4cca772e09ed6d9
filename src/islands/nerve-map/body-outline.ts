// The body drawing: the lower body (waist to feet) seen from the front and from the back, in a
// 200 × 470 box per view, drawn as smooth curves through hand-placed points. Each contour is
// given for the leg on the reader's left; the other leg is its mirror image. The same contours
// place the region shapes (region-shapes.ts), so the coloured areas fit the body.
import { mirror, sampleSmooth, smoothPath, xAtY, type Point } from './smooth-path.ts';

/** Which side the figure is seen from. */
export type View = 'front' | 'back';

/** Where the legs part (the crotch): above it the inner edge of a leg is the midline. */
const CROTCH_Y = 128;

interface Contours {
  /** Outer edge of the reader's-left leg, waist to foot. */
  outer: Point[];
  /** Foot from its outer to its inner edge (toes from the front, heel from the back). */
  foot: Point[];
  /** Inner edge of the same leg, foot up to the crotch. */
  inner: Point[];
}

const FRONT: Contours = {
  outer: [[41, 4], [35, 40], [27, 86], [25, 122], [27, 160], [32, 200], [38, 236], [42, 258], [44, 276], [45, 290], [43, 308], [43, 328], [47, 358], [52, 390], [52, 402], [50, 414], [48, 430], [45, 445]],
  foot: [[45, 445], [50, 454], [62, 459], [78, 461], [90, 460], [96, 455], [96, 448]],
  inner: [[96, 448], [95, 440], [89, 425], [85, 408], [84, 393], [88, 372], [93, 345], [95, 322], [92, 296], [93, 276], [92, 250], [92, 222], [94, 190], [96, 158], [98, 140], [100, CROTCH_Y]],
};

const BACK: Contours = {
  outer: [[41, 4], [35, 40], [26, 84], [23, 108], [25, 135], [28, 165], [32, 200], [38, 236], [42, 258], [44, 276], [43, 292], [40, 312], [41, 332], [47, 362], [53, 390], [55, 405], [55, 420], [55, 436], [58, 449]],
  foot: [[58, 449], [64, 455], [72, 456], [80, 453], [84, 444]],
  inner: [[84, 444], [85, 425], [85, 408], [85, 395], [89, 372], [95, 345], [97, 322], [93, 298], [92, 276], [92, 250], [92, 222], [94, 190], [96, 158], [98, 140], [100, CROTCH_Y]],
};

const CONTOURS: Record<View, Contours> = { front: FRONT, back: BACK };

// Downward-running samples of each contour, to find a leg's edges at any height.
const sampled = (view: View) => ({
  outer: sampleSmooth(CONTOURS[view].outer),
  inner: sampleSmooth([...CONTOURS[view].inner].reverse()),
});
const SAMPLES = { front: sampled('front'), back: sampled('back') };

/** The closed outline of the whole figure. */
export function outlinePath(view: View): string {
  const { outer, foot, inner } = CONTOURS[view];
  const m = (points: Point[]) => [...points].reverse().map(mirror);
  return [
    smoothPath(outer), smoothPath(foot, false), smoothPath(inner, false),
    smoothPath(m(inner), false), smoothPath(m(foot), false), smoothPath(m(outer), false),
    `Q100 10 ${outer[0]![0]} ${outer[0]![1]}Z`,
  ].join('');
}

/** The edges of a leg at height y: `side` 'left' or 'right' as the reader sees it. */
export function legEdges(view: View, side: 'left' | 'right', y: number): { outer: number; inner: number } {
  const outer = xAtY(SAMPLES[view].outer, y);
  const inner = y <= CROTCH_Y ? 100 : xAtY(SAMPLES[view].inner, y);
  return side === 'left' ? { outer, inner } : { outer: 200 - outer, inner: 200 - inner };
}

/** The edges of the trunk at height y (left and right as the reader sees them). */
export function trunkEdges(view: View, y: number): { left: number; right: number } {
  const left = xAtY(SAMPLES[view].outer, y);
  return { left, right: 200 - left };
}

const both = (points: Point[]) => [smoothPath(points), smoothPath(points.map(mirror))];

/** Fine lines that make the figure read as a body: creases, kneecaps, toes. */
export function detailPaths(view: View): string[] {
  if (view === 'front') {
    return [
      ...both([[33, 66], [58, 98], [80, 116], [95, 126]]), // groin creases
      'M57.5 265a10.5 12 0 1 0 21 0a10.5 12 0 1 0 -21 0', 'M121.5 265a10.5 12 0 1 0 21 0a10.5 12 0 1 0 -21 0', // kneecaps
      ...both([[64, 279], [65, 292]]), ...both([[72, 279], [71, 292]]), // the kneecap's tendon
      ...both([[81, 452], [81, 459]]), ...both([[74, 451], [74, 457]]), ...both([[68, 451], [68, 456]]), ...both([[62, 450], [62, 455]]), // toes
    ];
  }
  return [
    'M100 44L100 122', // the cleft between the buttocks
    ...both([[98, 127], [78, 131], [56, 127], [40, 119]]), // buttock folds
    ...both([[55, 276], [68, 280], [82, 276]]), // back-of-knee creases
    'M92 46a1.6 1.6 0 1 0 0.1 0', 'M108 46a1.6 1.6 0 1 0 0.1 0', // the dimples above the buttocks
    ...both([[66, 385], [69, 420], [70, 442]]), // heel cords
  ];
}

/** Where a body-part label sits (on the leg that is not coloured), as the reader sees it. */
export interface BodyLabel {
  text: string;
  x: number;
  y: number;
}

/** Visible labels of the parts of the body, per view. */
export function bodyLabels(view: View): BodyLabel[] {
  // Front: the coloured leg is on the reader's left, so labels go on the right leg; back: the reverse.
  const side = view === 'front' ? 'right' : 'left';
  const mid = (y: number) => {
    const { outer, inner } = legEdges(view, side, y);
    return Math.round((outer + inner) / 2);
  };
  if (view === 'front') {
    return [
      { text: 'Groin', x: side === 'right' ? 140 : 60, y: 112 },
      { text: 'Thigh', x: mid(185), y: 185 },
      { text: 'Knee', x: mid(266), y: 240 },
      { text: 'Shin', x: mid(350), y: 350 },
      { text: 'Foot', x: mid(440), y: 438 },
    ];
  }
  return [
    { text: 'Lower back', x: 100, y: 24 },
    { text: 'Buttock', x: mid(90), y: 92 },
    { text: 'Thigh', x: mid(190), y: 190 },
    { text: 'Knee', x: mid(268), y: 268 },
    { text: 'Calf', x: mid(335), y: 340 },
    { text: 'Heel', x: mid(440), y: 438 },
  ];
}
