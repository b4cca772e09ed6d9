// The nerve map's drawing and logic: a shape for each of the 16 regions, fitted to the body
// (each key test point falls inside the region that holds it), smooth curves through their
// points, and the selection and layer surviving a round trip through the address.
import { describe, expect, it } from 'vitest';
import { LAYERS, MAP_FACTS, NERVE_IDS, REGIONS, ROOT_IDS, ROOTS } from '../../../src/data/nerve-map.ts';
import { REGION_IDS } from '../../../src/data/regions.ts';
import { buildDrawing } from '../../../src/islands/nerve-map/drawing.ts';
import { describeMarks, readLayer, readSelection, regionMarks, regionSuppliers, writeState, type Selection } from '../../../src/islands/nerve-map/nerve-map-model.ts';
import { sampleSmooth, smoothPath, type Point } from '../../../src/islands/nerve-map/smooth-path.ts';

const drawing = buildDrawing();
const shapes = [...drawing.front.regions, ...drawing.back.regions];

// The polygon of a region's path ("M x y L x y … Z").
const polygon = (d: string): Point[] => d.replace(/^M|Z$/g, '').split('L').map((p) => p.trim().split(/\s+/).map(Number) as unknown as Point);
// Even-odd ray casting: is the point inside the polygon?
function inside([x, y]: Point, poly: Point[]): boolean {
  let hit = false;
  for (let i = 0, j = poly.length - 1; i < poly.length; j = i++) {
    const [xi, yi] = poly[i]!;
    const [xj, yj] = poly[j]!;
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) hit = !hit;
  }
  return hit;
}

describe('the body drawing', () => {
  it('has exactly one clickable shape for each of the 16 regions; second views are marked as echoes', () => {
    const main = shapes.filter((s) => !s.echo).map((s) => s.id).sort();
    expect(main).toEqual([...REGION_IDS].sort());
    for (const echo of shapes.filter((s) => s.echo)) expect(main, echo.id).toContain(echo.id);
  });

  it('draws every shape as a closed polygon of finite points', () => {
    for (const shape of shapes) {
      const poly = polygon(shape.d);
      expect(poly.length, shape.id).toBeGreaterThanOrEqual(4);
      expect(poly.flat().every(Number.isFinite), shape.id).toBe(true);
    }
  });

  it('puts each root’s key test point inside the region the data says holds it, in the same view', () => {
    for (const region of REGIONS.filter((r) => r.testPoint)) {
      const view = (['front', 'back'] as const).find((v) => drawing[v].points.some((p) => p.root === region.testPoint))!;
      const point = drawing[view].points.find((p) => p.root === region.testPoint)!;
      const holders = drawing[view].regions.filter((s) => inside([point.x, point.y], polygon(s.d))).map((s) => s.id);
      expect(holders, `${region.testPoint} point`).toEqual([region.id]);
    }
    expect([...drawing.front.points, ...drawing.back.points].map((p) => p.root).sort()).toEqual([...ROOT_IDS].sort());
  });

  it('labels the parts of the body a patient names: knee, thigh, shin, calf, foot, buttock', () => {
    const labels = [...drawing.front.labels, ...drawing.back.labels].map((l) => l.text);
    for (const part of ['Knee', 'Thigh', 'Shin', 'Calf', 'Foot', 'Buttock']) expect(labels).toContain(part);
  });
});

describe('smooth curves', () => {
  // Random point runs, seeded so a failure repeats.
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const runs = Array.from({ length: 200 }, () => Array.from({ length: 2 + Math.floor(random() * 12) }, (_, i): Point => [random() * 200, i * 10 + random() * 9]));

  it('pass through every given point, and the path starts at the first', () => {
    for (const points of runs) {
      const samples = sampleSmooth(points, 4);
      for (const p of points) expect(samples.some((s) => Math.hypot(s[0] - p[0], s[1] - p[1]) < 1e-9)).toBe(true);
      expect(smoothPath(points).startsWith(`M${Math.round(points[0]![0] * 10) / 10} `)).toBe(true);
      expect((smoothPath(points).match(/C/g) ?? []).length).toBe(points.length - 1);
    }
  });
});

describe('the map’s state', () => {
  const selections: Selection[] = [null, ...ROOT_IDS.map((id) => ({ kind: 'root', id }) as const), ...NERVE_IDS.map((id) => ({ kind: 'nerve', id }) as const), ...REGION_IDS.map((id) => ({ kind: 'region', id }) as const)];

  it('survives a round trip through the address for every selection and layer', () => {
    for (const selection of selections) {
      for (const layer of LAYERS) {
        const query = writeState(selection, layer);
        expect(readSelection(query), query).toEqual(selection);
        expect(readLayer(query), query).toBe(layer);
      }
    }
    expect(writeState(null, 'skin')).toBe('');
    expect(readLayer('?layer=PAIN&root=l4')).toBe('skin');
    expect(readSelection('?root=l4')).toEqual({ kind: 'root', id: 'L4' });
  });

  it('lights a root’s regions from the layer shown, and the two layers differ for L4', () => {
    for (const root of ROOTS) {
      for (const layer of LAYERS) {
        const marks = regionMarks(MAP_FACTS, { kind: 'root', id: root.id }, layer);
        const { primary, secondary, variable } = root.layers[layer].regions;
        expect([...marks.keys()].sort()).toEqual([...primary, ...secondary, ...variable].sort());
        for (const id of primary) expect(marks.get(id)).toBe('primary');
      }
    }
    const l4 = (layer: 'skin' | 'pain') => describeMarks(regionMarks(MAP_FACTS, { kind: 'root', id: 'L4' }, layer));
    expect(l4('skin')).not.toBe(l4('pain'));
  });

  it('names the same roots for a region as the roots name for it (both layers)', () => {
    for (const layer of LAYERS) {
      for (const id of REGION_IDS) {
        const { roots } = regionSuppliers(MAP_FACTS, id, layer);
        for (const root of ROOTS) expect(roots.get(root.id), `${layer} ${id} ${root.id}`).toBe(regionMarks(MAP_FACTS, { kind: 'root', id: root.id }, layer).get(id));
      }
    }
  });

  it('lights a nerve’s skin on the skin layer, and on the pain layer only a sourced pain pattern', () => {
    for (const nerve of MAP_FACTS.nerves) {
      const lit = (layer: 'skin' | 'pain') => [...regionMarks(MAP_FACTS, { kind: 'nerve', id: nerve.id }, layer).keys()].sort();
      expect(lit('skin'), nerve.id).toEqual([...nerve.skin.regions].sort());
      expect(lit('pain'), nerve.id).toEqual([...(nerve.pain?.regions ?? [])].sort());
    }
  });

  it('names a region’s skin nerves and its joint or deep nerves apart', () => {
    const { nerves, deepNerves } = regionSuppliers(MAP_FACTS, 'back_knee', 'skin');
    expect(nerves).toContain('posterior_femoral_cutaneous');
    expect(nerves).not.toContain('tibial');
    expect(deepNerves).toEqual(expect.arrayContaining(['tibial', 'obturator']));
  });
});

describe('readSelection of a parameter the map does not own', () => {
  it('picks nothing for ?utm_source= or ?fbclid=, as for no parameter', () => {
    for (const query of ['', '?utm_source=newsletter', '?fbclid=abc123', '?root=L9', '?nerve=<b>x</b>']) expect(readSelection(query), query).toBeNull();
  });
});
