// What the nerve map shows for a selection and a layer, and how both live in the page address.
// Pure functions over src/data/nerve-map.ts, unit-tested; the component only renders them.
import { LAYERS, NERVE_IDS, ROOT_IDS, type Layer, type MapFacts, type NerveId, type RootId } from '../../data/nerve-map.ts';
import { REGION_IDS, REGION_LABELS, type RegionId } from '../../data/regions.ts';

/** What the reader has picked: a root, a nerve or a region (or nothing). */
export type Selection = { kind: 'root'; id: RootId } | { kind: 'nerve'; id: NerveId } | { kind: 'region'; id: RegionId } | null;

/** How a region is marked: main area (solid), partly (dotted), varies between maps (striped, soft edge). */
export type Mark = 'primary' | 'secondary' | 'variable';

/** The marks in order of strength. */
export const LEVELS: readonly Mark[] = ['primary', 'secondary', 'variable'];

/** The words for each mark, shown beside the patterns (never colour alone). */
export const MARK_WORDS: Record<Mark, string> = { primary: 'main area', secondary: 'partly', variable: 'varies between maps' };

/** The mark of every region the selection lights up in a layer: a nerve lights its skin, or its sourced pain pattern (none without one). */
export function regionMarks({ roots, nerves }: MapFacts, selection: Selection, layer: Layer): Map<RegionId, Mark> {
  const marks = new Map<RegionId, Mark>();
  if (selection?.kind === 'root') {
    const { regions } = roots.find((r) => r.id === selection.id)!.layers[layer];
    for (const level of LEVELS) for (const region of regions[level]) if (!marks.has(region)) marks.set(region, level);
  } else if (selection?.kind === 'nerve') {
    const nerve = nerves.find((n) => n.id === selection.id)!;
    for (const region of (layer === 'skin' ? nerve.skin : nerve.pain)?.regions ?? []) marks.set(region, 'primary');
  } else if (selection?.kind === 'region') {
    marks.set(selection.id, 'primary');
  }
  return marks;
}

/** For a region: the roots that reach it in a layer, with their mark, the nerves that supply its skin, and those that supply its joint or run deep in it. */
export function regionSuppliers(facts: MapFacts, id: RegionId, layer: Layer): { roots: Map<RootId, Mark>; nerves: NerveId[]; deepNerves: NerveId[] } {
  const roots = new Map<RootId, Mark>();
  for (const root of facts.roots) {
    const mark = regionMarks(facts, { kind: 'root', id: root.id }, layer).get(id);
    if (mark) roots.set(root.id, mark);
  }
  return {
    roots,
    nerves: facts.nerves.filter((n) => n.skin.regions.includes(id)).map((n) => n.id),
    deepNerves: facts.nerves.filter((n) => n.deep?.regions.includes(id)).map((n) => n.id),
  };
}

/** The lit regions in words, strongest first: "main area: Inner shin; partly: Inner knee". */
export function describeMarks(marks: Map<RegionId, Mark>): string {
  const groups = LEVELS.map((level) => [level, REGION_IDS.filter((id) => marks.get(id) === level)] as const).filter(([, ids]) => ids.length > 0);
  return groups.map(([level, ids]) => `${MARK_WORDS[level]}: ${ids.map((id) => REGION_LABELS[id]).join(', ')}`).join('; ');
}

// A crafted address may be long: the map reads only its first 500 characters.
const paramsOf = (search: string) => new URLSearchParams(search.slice(0, 500));

/** Reads a selection from a query string; anything unknown gives no selection. */
export function readSelection(search: string): Selection {
  const params = paramsOf(search);
  const root = params.get('root')?.toUpperCase();
  if (root && (ROOT_IDS as readonly string[]).includes(root)) return { kind: 'root', id: root as RootId };
  const nerve = params.get('nerve');
  if (nerve && (NERVE_IDS as readonly string[]).includes(nerve)) return { kind: 'nerve', id: nerve as NerveId };
  const region = params.get('region');
  if (region && (REGION_IDS as readonly string[]).includes(region)) return { kind: 'region', id: region as RegionId };
  return null;
}

/** Reads the layer from a query string: "pain" or the default, "skin". */
export function readLayer(search: string): Layer {
  const layer = paramsOf(search).get('layer');
  return (LAYERS as readonly string[]).includes(layer ?? '') ? (layer as Layer) : 'skin';
}

/** Writes a selection and layer as a query string ("" for nothing picked on the default layer). */
export function writeState(selection: Selection, layer: Layer = 'skin'): string {
  const params = new URLSearchParams();
  if (selection) params.set(selection.kind, selection.id);
  if (layer !== 'skin') params.set('layer', layer);
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** The id after (step 1) or before (step -1) `current` in a list, wrapping round: arrow-key movement. */
export function step<T>(list: readonly T[], current: T, by: 1 | -1): T {
  const at = list.indexOf(current);
  return list[(at + by + list.length) % list.length]!;
}
