// The schema of the nerve map's data (src/data/nerve-map.ts), checked when the map's page is
// built and in the unit tests, so a wrong id or a missing source stops the build.
import { z } from 'zod';
import { CAVEATS, NERVE_IDS, NERVES, NO_NERVE_PAIN_NOTE, ONE_LEG_NOTE, PAIN_LAYER_NOTE, REGIONS, ROOT_IDS, ROOTS } from './nerve-map.ts';
import { REGION_IDS } from './regions.ts';

const rootId = z.enum(ROOT_IDS);
const regionId = z.enum(REGION_IDS);
const sources = z.array(z.string().regex(/^S\d+$/)).min(1);
const supplyOf = <T extends z.ZodType>(id: T) => z.object({ primary: z.array(id), secondary: z.array(id), variable: z.array(id) });
const text = z.string().min(3);
// One sentence: a capital or digit first, one full stop at the end, none inside.
const sentence = z.string().regex(/^[A-Z0-9][^.]*[^.\s]\.$/, 'must be one sentence ending in a full stop');
const cited = z.object({ text: sentence, sources });
const layer = z.object({ regions: supplyOf(regionId), sources, note: cited.optional() }).refine(
  (l) => l.note || Object.values(l.regions).some((ids) => ids.length > 0),
  'a layer that lights no region must say why (note)',
);

// A nerve's skin, joint (deep) or pain territory: words, regions and references, each required.
const territory = z.object({ text: sentence, regions: z.array(regionId).min(1), sources });

const schema = z.object({
  roots: z.array(z.object({ id: rootId, skin: text, keyPoint: text, muscle: text, reflex: text, disc: text, knee: text, layers: z.object({ skin: layer, pain: layer }), sources })).length(ROOT_IDS.length),
  nerves: z.array(z.object({ id: z.enum(NERVE_IDS), topic: z.string().optional(), name: text, roots: z.array(rootId).min(1), rootsNote: z.string().optional(), course: text, muscles: z.string(), skin: territory, deep: territory.nullable(), pain: territory.nullable(), knee: text, sources })).length(NERVE_IDS.length),
  regions: z.array(z.object({ id: regionId, view: z.enum(['front', 'back']), roots: supplyOf(rootId), testPoint: rootId.optional(), notes: z.array(cited).min(1), sources })).length(REGION_IDS.length),
  caveats: z.array(z.object({ text, sources })).min(1),
  painNote: cited,
  oneLegNote: cited,
  noNervePainNote: cited,
});

/** Throws, naming the record and field, unless the nerve map's data fits its schema. */
export function validateNerveMap(): void {
  const result = schema.safeParse({ roots: ROOTS, nerves: NERVES, regions: REGIONS, caveats: CAVEATS, painNote: PAIN_LAYER_NOTE, oneLegNote: ONE_LEG_NOTE, noNervePainNote: NO_NERVE_PAIN_NOTE });
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`src/data/nerve-map.ts: ${issue.path.join('.')}: ${issue.message}`);
  }
}
