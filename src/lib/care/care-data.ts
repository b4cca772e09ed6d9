// The clinical data of content/care/, as the build reads it (Astro content collections), checked
// across files once per build. Every page that shows a warning sign, a care level or a result
// gets its words from here.
import { readFileSync } from 'node:fs';
import { getCollection } from 'astro:content';
import { parse } from 'yaml';
import { findReference } from '../../data/references.ts';
import { CARE_LEVEL_IDS, type CareLevelId } from './care-level-ids.ts';
import type { CareData, CareLevel, WarningSign } from './care-schema.ts';
import { checkCareData } from './check-care-data.ts';
import { locateEntry } from './locate-entry.ts';

let loading: Promise<CareData> | undefined;

/** The checked clinical data (loaded once per build). */
export function getCareData(): Promise<CareData> {
  loading ??= load();
  return loading;
}

async function load(): Promise<CareData> {
  const [levels, signs, groups, rules, questions, advice, topics] = await Promise.all([
    getCollection('careLevels'), getCollection('warningSigns'), getCollection('checklistGroups'), getCollection('triageRules'),
    getCollection('clinicalQuestions'), getCollection('careAdvice'), getCollection('topics'),
  ]);
  const topicIds = new Set(topics.map((t) => t.id));
  // The content store keeps entries sorted by id; pages show them in the file's order.
  const inFileOrder = <T extends { id: string }>(file: string, entries: T[]): T[] => {
    const order: string[] = (parse(readFileSync(`${process.cwd()}/content/care/${file}`, 'utf8')) as { id: string }[]).map((e) => String(e.id));
    return [...entries].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  };
  return checkCareData({
    // Levels in their fixed order; everything else in file order (the order pages show).
    levels: CARE_LEVEL_IDS.flatMap((id) => levels.filter((l) => l.id === id).map((l) => l.data)),
    signs: inFileOrder('warning-signs.yaml', signs).map((e) => e.data),
    groups: inFileOrder('checklist-groups.yaml', groups).map((e) => e.data),
    rules: inFileOrder('triage-rules.yaml', rules).map((e) => e.data),
    questions: inFileOrder('clinical-questions.yaml', questions).map((e) => e.data),
    advice: Object.fromEntries(advice.map((e) => [e.id, e.data])),
  }, {
    isReference: (id) => findReference(id) !== undefined,
    isTopic: (id) => topicIds.has(id),
    locate: (file, id) => locateEntry(process.cwd(), file, id),
  });
}

/** A care level by id. */
export function levelOf(data: CareData, id: CareLevelId): CareLevel {
  return data.levels.find((l) => l.id === id)!;
}

/** The signs of one level, in file order. */
export function signsAt(data: CareData, level: CareLevelId): WarningSign[] {
  return data.signs.filter((s) => s.level === level);
}

/** Whether the care card shows the sign (in its short wording): an emergency or same-day core sign. */
export function isOnCareCard(sign: WarningSign): boolean {
  return Boolean(sign.short) && (sign.level === 'emergency' || sign.level === 'same-day');
}

/** The core signs of one level: those with a short wording, for the card and the footer. */
export function coreSigns(data: CareData, level: CareLevelId): WarningSign[] {
  return signsAt(data, level).filter((s) => s.short);
}
