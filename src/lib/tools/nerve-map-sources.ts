// The references the nerve map cites, for the island's props: readable name, full title and
// address. Passed as data (not imported by the island) so the map's script stays small.
import { CAVEATS, NERVES, NO_NERVE_PAIN_NOTE, ONE_LEG_NOTE, PAIN_LAYER_NOTE, REGIONS, ROOTS, type Cited } from '../../data/nerve-map.ts';
import { findReference } from '../../data/references.ts';
import { sourceName } from '../../data/source-names.ts';
import { referenceLink } from '../citations/reference-link.ts';

/** A reference as the nerve map lists it. */
export interface SourceEntry {
  /** A short readable name ("Kenhub: the femoral nerve"). */
  name: string;
  title: string;
  /** Where to read it, if a reader can (see src/lib/citations/reference-link.ts). */
  url?: string;
}

/** Every reference id the nerve map's data cites, once each, in order of first use. */
export function citedByNerveMap(): string[] {
  const notes = (c: Cited | undefined) => c?.sources ?? [];
  return [...new Set([
    ...ROOTS.flatMap((r) => [...r.sources, ...r.layers.skin.sources, ...r.layers.pain.sources, ...notes(r.layers.skin.note), ...notes(r.layers.pain.note)]),
    ...NERVES.flatMap((n) => [...n.sources, ...n.skin.sources, ...(n.deep?.sources ?? []), ...(n.pain?.sources ?? [])]),
    ...REGIONS.flatMap((r) => [...r.sources, ...r.notes.flatMap(notes)]),
    ...CAVEATS.flatMap((c) => c.sources), ...PAIN_LAYER_NOTE.sources, ...ONE_LEG_NOTE.sources, ...NO_NERVE_PAIN_NOTE.sources,
  ])];
}

/** The map's references by id; throws, naming the id, when one is unknown or has no readable name. */
export function nerveMapSources(): Record<string, SourceEntry> {
  return Object.fromEntries(citedByNerveMap().map((id) => {
    const reference = findReference(id);
    const name = sourceName(id);
    if (!reference || !name) throw new Error(`src/data/nerve-map.ts cites ${id}, which has no ${reference ? 'readable name in src/data/source-names.ts' : 'entry in src/data/references.ts'}`);
    const { href } = referenceLink(reference.url);
    return [id, { name, title: reference.title, ...(href && { url: href }) }];
  }));
}
