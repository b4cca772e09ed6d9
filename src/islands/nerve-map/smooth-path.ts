// Smooth curves through hand-placed points, for the body drawing: a Catmull-Rom spline
// through the points, written as cubic Bézier commands (compact SVG), and the same curve
// sampled as points (so region shapes can follow the outline exactly).

/** A point in the drawing's coordinates. */
export type Point = readonly [number, number];

type Segment = readonly [Point, Point, Point, Point];

// Uniform Catmull-Rom: the curve passes through every point; its ends continue straight.
function segments(points: readonly Point[]): Segment[] {
  const at = (i: number) => points[Math.max(0, Math.min(points.length - 1, i))]!;
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const [p0, p1, p2, p3] = [at(i - 1), at(i), at(i + 1), at(i + 2)];
    out.push([p1, [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6], [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6], p2]);
  }
  return out;
}

const round = (n: number) => Math.round(n * 10) / 10;
const xy = (p: Point) => `${round(p[0])} ${round(p[1])}`;

/** SVG path commands for a smooth curve through the points; `move` false continues a path. */
export function smoothPath(points: readonly Point[], move = true): string {
  const body = segments(points).map(([, c1, c2, p]) => `C${xy(c1)} ${xy(c2)} ${xy(p)}`).join('');
  return `${move ? `M${xy(points[0]!)}` : `L${xy(points[0]!)}`}${body}`;
}

/** The same curve as points, `per` to each segment (for following it with other shapes). */
export function sampleSmooth(points: readonly Point[], per = 12): Point[] {
  const out: Point[] = [points[0]!];
  for (const [p0, c1, c2, p3] of segments(points)) {
    for (let k = 1; k <= per; k++) {
      const t = k / per;
      const u = 1 - t;
      const w = [u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t] as const;
      out.push([w[0] * p0[0] + w[1] * c1[0] + w[2] * c2[0] + w[3] * p3[0], w[0] * p0[1] + w[1] * c1[1] + w[2] * c2[1] + w[3] * p3[1]]);
    }
  }
  return out;
}

/** x on a curve that runs downwards (y increasing) at height y; the ends extend flat. */
export function xAtY(curve: readonly Point[], y: number): number {
  if (y <= curve[0]![1]) return curve[0]![0];
  for (let i = 1; i < curve.length; i++) {
    const [x0, y0] = curve[i - 1]!;
    const [x1, y1] = curve[i]!;
    if (y <= y1) return y1 === y0 ? x1 : x0 + ((y - y0) / (y1 - y0)) * (x1 - x0);
  }
  return curve[curve.length - 1]![0];
}

/** A polygon as SVG path commands, rounded to a tenth. */
export function polygonPath(points: readonly Point[]): string {
  return `M${points.map(xy).join('L')}Z`;
}

/** The point mirrored across the drawing's centre line x = 100. */
export function mirror(p: Point): Point {
  return [200 - p[0], p[1]];
}
