// Reads and checks content/care/*.yaml outside Astro (tests and scripts), with the same schemas
// and checks as the build, so a test sees exactly what the site publishes.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { findReference } from '../../data/references.ts';
import {
  adviceSchema, careLevelSchema, checklistGroupSchema, clinicalQuestionSchema, triageRuleSchema, warningSignSchema, type CareData,
} from './care-schema.ts';
import { checkCareData } from './check-care-data.ts';
import { locateEntry } from './locate-entry.ts';

function list<T extends z.ZodType>(root: string, file: string, schema: T): z.infer<T>[] {
  const raw: unknown[] = parse(readFileSync(join(root, 'content/care', file), 'utf8'));
  return raw.map((item, i) => {
    const parsed = schema.safeParse(item);
    if (!parsed.success) throw new Error(`content/care/${file}: entry ${i + 1}: ${parsed.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`);
    return parsed.data;
  });
}

/** The clinical data under `root` (the project folder), checked. */
export function readCareFiles(root: string): CareData {
  const advice = parse(readFileSync(join(root, 'content/care/advice.yaml'), 'utf8')) as Record<string, unknown>;
  const topics = new Set(readdirSync(join(root, 'content/topics')).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')));
  return checkCareData({
    levels: list(root, 'care-levels.yaml', careLevelSchema),
    signs: list(root, 'warning-signs.yaml', warningSignSchema),
    groups: list(root, 'checklist-groups.yaml', checklistGroupSchema),
    rules: list(root, 'triage-rules.yaml', triageRuleSchema),
    questions: list(root, 'clinical-questions.yaml', clinicalQuestionSchema),
    advice: Object.fromEntries(Object.entries(advice).map(([k, v]) => [k, adviceSchema.parse(v)])),
  }, {
    isReference: (id) => findReference(id) !== undefined,
    isTopic: (id) => topics.has(id),
    locate: (file, id) => locateEntry(root, file, id),
  });
}
