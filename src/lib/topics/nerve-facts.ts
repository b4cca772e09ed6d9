// The facts box of a nerve or root topic, taken from the nerve map's sourced data
// (src/data/nerve-map.ts) rather than retyped: the areas a root or nerve serves, graded as the
// reference grades them, and the references each line cites.
import { NERVES, ROOTS, rootTopic } from '../../data/nerve-map.ts';
import { REGION_LABELS, type RegionId } from '../../data/regions.ts';

/** One graded line of areas, with the references for it. */
export interface AreaLine {
  /** "Main areas", "Partly", "Differs between skin maps"; for a nerve "Skin", "Joints and deep parts (not skin)", "Where its pain is felt". */
  label: string;
  areas: string[];
  sources: string[];
  /** Said instead of areas when there are none to list (a nerve with no sourced pain pattern). */
  none?: string;
}

/** What a nerve topic's facts box shows, each part with its references. */
export interface NerveFactsBox {
  /** Whether the topic is a root (its areas are a dermatome) or a nerve. */
  kind: 'root' | 'nerve';
  lines: AreaLine[];
  sources: string[];
  /** The caveat that skin maps differ between people and charts, with its references. */
  caveat: { text: string; sources: string[] };
}

// Reviews of dermatome maps (Lee 2008, WikiMSK) and of pain drawings (Murphy 2009) say so.
const CAVEAT = { text: 'Skin maps differ between charts and between people, and pain does not always follow them.', sources: ['S20', 'S26'] };

const labels = (ids: readonly RegionId[]) => ids.map((id) => REGION_LABELS[id]);

/** The facts box of a nerve topic, or undefined when the nerve map has no record for it. */
export function nerveFactsBox(topicId: string): NerveFactsBox | undefined {
  const root = ROOTS.find((r) => rootTopic(r.id) === topicId);
  if (root) {
    // The skin layer: a root's facts box lists its skin area (dermatome).
    const { regions, sources } = root.layers.skin;
    const lines = [
      { label: 'Main areas', areas: labels(regions.primary), sources },
      { label: 'Partly', areas: labels(regions.secondary), sources },
      { label: 'Differs between skin maps', areas: labels(regions.variable), sources },
    ].filter((l) => l.areas.length > 0);
    return { kind: 'root', lines, sources, caveat: CAVEAT };
  }
  const nerve = NERVES.find((n) => n.topic === topicId);
  if (!nerve) return undefined;
  // Skin, joints and pain stay apart, each with its own references; a missing one is said, not drawn.
  const lines: AreaLine[] = [
    { label: 'Skin', areas: labels(nerve.skin.regions), sources: nerve.skin.sources },
    nerve.deep ? { label: 'Joints and deep parts (not skin)', areas: labels(nerve.deep.regions), sources: nerve.deep.sources } : { label: 'Joints and deep parts (not skin)', areas: [], sources: [], none: 'None in our sources' },
    nerve.pain ? { label: 'Where its pain is felt', areas: labels(nerve.pain.regions), sources: nerve.pain.sources } : { label: 'Where its pain is felt', areas: [], sources: [], none: 'Our sources give no pain pattern for this nerve' },
  ];
  return { kind: 'nerve', lines, sources: nerve.sources, caveat: CAVEAT };
}
