// What the nerve map shows for a selection, and how a selection lives in the page address.
// Pure functions over src/data/nerve-map.ts, unit-tested; the component only renders them.
import { NERVE_IDS, NERVES, REGIONS, ROOT_IDS, ROOTS, type NerveId, type RootId } from '../../data/nerve-map.ts';
import { REGION_IDS, type RegionId } from '../../data/regions.ts';

/** What the reader has picked: a root, a nerve or a region (or nothing). */
export type Selection = { kind: 'root'; id: RootId } | { kind: 'nerve'; id: NerveId } | { kind: 'region'; id: RegionId } | null;

/** How a region is marked: main area (solid), partly (dotted), varies between maps (hatched), or supplied by a nerve (solid). */
export type Mark = 'primary' | 'secondary' | 'variable';

const LEVELS: readonly Mark[] = ['primary', 'secondary', 'variable'];

/** The mark of every region the selection lights up. */
export function regionMarks(selection: Selection): Map<RegionId, Mark> {
  const marks = new Map<RegionId, Mark>();
  if (selection?.kind === 'root') {
    const root = ROOTS.find((r) => r.id === selection.id)!;
    for (const level of LEVELS) for (const region of root.regions[level]) marks.set(region, level);
  } else if (selection?.kind === 'nerve') {
    for (const region of NERVES.find((n) => n.id === selection.id)!.regions) marks.set(region, 'primary');
  } else if (selection?.kind === 'region') {
    marks.set(selection.id, 'primary');
  }
  return marks;
}

/** For a region: the roots that supply it, by level, and the nerves that supply it. */
export function regionSuppliers(id: RegionId): { roots: Map<RootId, Mark>; nerves: NerveId[] } {
  const region = REGIONS.find((r) => r.id === id)!;
  const roots = new Map<RootId, Mark>();
  for (const level of LEVELS) for (const root of region.roots[level]) roots.set(root, level);
  return { roots, nerves: NERVES.filter((n) => n.regions.includes(id)).map((n) => n.id) };
}

/** Reads a selection from a query string; anything unknown gives no selection. */
export function readSelection(search: string): Selection {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.slice(0, 500));
  } catch {
    return null;
  }
  const root = params.get('root')?.toUpperCase();
  if (root && (ROOT_IDS as readonly string[]).includes(root)) return { kind: 'root', id: root as RootId };
  const nerve = params.get('nerve');
  if (nerve && (NERVE_IDS as readonly string[]).includes(nerve)) return { kind: 'nerve', id: nerve as NerveId };
  const region = params.get('region');
  if (region && (REGION_IDS as readonly string[]).includes(region)) return { kind: 'region', id: region as RegionId };
  return null;
}

/** Writes a selection as a query string ("" for none). */
export function writeSelection(selection: Selection): string {
  return selection ? `?${selection.kind}=${selection.id}` : '';
}

/** The id after (step 1) or before (step -1) `current` in a list, wrapping round: arrow-key movement. */
export function step<T>(list: readonly T[], current: T, by: 1 | -1): T {
  const at = list.indexOf(current);
  return list[(at + by + list.length) % list.length]!;
}
