// Integrity of the nerve map's data: every id exists, both views of the region matrix agree,
// every fact has a known source, and every nerve and root topic maps to an entry.
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAVEATS, NERVES, REGIONS, ROOT_IDS, ROOTS, rootTopic } from '../../../src/data/nerve-map.ts';
import { validateNerveMap } from '../../../src/data/nerve-map-schema.ts';
import { findReference } from '../../../src/data/references.ts';
import { REGION_IDS } from '../../../src/data/regions.ts';
import { readTopicFiles } from '../../../src/lib/topics/read-topic-files.ts';
import { parse as parseYaml } from 'yaml';
import { readFileSync } from 'node:fs';

const LEVELS = ['primary', 'secondary', 'variable'] as const;
const topicsDir = join(resolve(import.meta.dirname, '../../..'), 'content/topics');

describe('nerve map data', () => {
  it('fits its schema', () => {
    expect(() => validateNerveMap()).not.toThrow();
  });

  it('has all seven roots, the eight nerves and all 16 regions, once each', () => {
    expect(ROOTS.map((r) => r.id)).toEqual([...ROOT_IDS]);
    expect(NERVES).toHaveLength(8);
    expect(REGIONS.map((r) => r.id).sort()).toEqual([...REGION_IDS].sort());
  });

  it('agrees with itself: the root → region and region → root views list the same pairs at the same level', () => {
    const fromRoots = ROOTS.flatMap((root) => LEVELS.flatMap((level) => root.regions[level].map((region) => `${root.id} ${region} ${level}`))).sort();
    const fromRegions = REGIONS.flatMap((region) => LEVELS.flatMap((level) => region.roots[level].map((root) => `${root} ${region.id} ${level}`))).sort();
    expect(fromRoots).toEqual(fromRegions);
  });

  it('gives every root at least one main (primary) region, and every test point a region that root supplies', () => {
    for (const root of ROOTS) expect(root.regions.primary.length, root.id).toBeGreaterThan(0);
    for (const region of REGIONS.filter((r) => r.testPoint)) {
      const root = ROOTS.find((r) => r.id === region.testPoint)!;
      expect(LEVELS.some((level) => root.regions[level].includes(region.id)), `${region.testPoint} test point in ${region.id}`).toBe(true);
    }
  });

  it('cites a known reference for every root, nerve, region and caveat', () => {
    const cited = [...ROOTS, ...NERVES, ...REGIONS, ...CAVEATS].flatMap((r) => r.sources);
    expect(cited.filter((id) => !findReference(id))).toEqual([]);
  });

  it('maps every nerve and root topic page to an entry, with regions the entry supplies', () => {
    const nerveTopics = readTopicFiles(topicsDir).filter((t) => t.kind === 'nerve');
    for (const topic of nerveTopics) {
      const data = parseYaml(readFileSync(join(topicsDir, `${topic.id}.md`), 'utf8').split('---')[1]!) as { regions: string[]; roots: string[] };
      const root = ROOTS.find((r) => rootTopic(r.id) === topic.id);
      const nerve = NERVES.find((n) => n.topic === topic.id);
      expect(root ?? nerve, `${topic.id} has no entry in the nerve map`).toBeDefined();
      const supplied = root ? LEVELS.flatMap((l) => root.regions[l]) : nerve!.regions;
      expect(data.regions.filter((r) => !supplied.includes(r as never)), `${topic.id} regions`).toEqual([]);
      if (nerve) expect(nerve.roots, `${topic.id} roots`).toEqual(data.roots.filter((r) => r !== 'S3'));
    }
    expect(nerveTopics.length).toBe(9);
  });
});
