// Schemas of the clinical data in content/care/*.yaml: care levels, warning signs, the
// checklist's question groups, the triage rules, the clinical questions and the advice lines.
// src/content.config.ts loads each file with them; src/lib/care/read-care-files.ts does the
// same outside Astro (tests, scripts).
import { z } from 'astro/zod';
import { CARE_LEVEL_IDS } from './care-level-ids.ts';

const id = z.string().regex(/^[a-z0-9-]{1,60}$/, 'an id is lower-case letters, digits and hyphens');
const refs = z.array(z.string().regex(/^[SG]\d+$/, 'a reference id is S… or G…')).min(1, 'cite at least one reference');
const words = z.string().trim().min(3);
const level = z.enum(CARE_LEVEL_IDS);
const question = z.string().regex(/^C\d+$/, 'a clinical question id is C1 … C17');

/** A level of care (care-levels.yaml). */
export const careLevelSchema = z.object({ id: level, name: words, heading: words, action: words, refs });

/** A warning sign (warning-signs.yaml). */
export const warningSignSchema = z.object({
  id,
  level: level.exclude(['self-care']),
  group: id,
  text: words.refine((t) => !/[.:]$/.test(t), 'text is completed by the page: no full stop or colon at the end'),
  short: words.optional(),
  meaning: words,
  topics: z.array(id),
  refs,
  question: question.optional(),
  nerve: z.boolean().default(false),
  spine: z.boolean().default(false),
});

/** A question that sets no level alone (checklist-groups.yaml, `context`). */
const contextSchema = z.object({ id, text: words, refs, parent: id.optional() });

/** A group of checklist questions (checklist-groups.yaml). */
export const checklistGroupSchema = z.object({
  id,
  legend: words,
  hint: words.optional(),
  none: words.optional(),
  context: z.array(contextSchema).default([]),
  choices: z.array(z.object({ id, text: words })).optional(),
});

/** A rule that is not a single sign (triage-rules.yaml). */
export const triageRuleSchema = z.object({ id, level, text: words, meaning: words, refs, question: question.optional() });

/** An open clinical question (clinical-questions.yaml). */
export const clinicalQuestionSchema = z.object({ id: question, question: words, conflict: words, siteDoes: words, refs });

/** A line of advice that goes with every card and result, or with the topics it lists (advice.yaml). */
export const adviceSchema = z.object({ text: words, refs, topics: z.array(id).optional() });

/** A care level. */
export type CareLevel = z.infer<typeof careLevelSchema>;
/** A warning sign. */
export type WarningSign = z.infer<typeof warningSignSchema>;
/** A group of checklist questions. */
export type ChecklistGroup = z.infer<typeof checklistGroupSchema>;
/** A question that sets no level alone. */
export type ContextQuestion = z.infer<typeof contextSchema>;
/** A triage rule's level and words. */
export type TriageRule = z.infer<typeof triageRuleSchema>;
/** An open clinical question. */
export type ClinicalQuestion = z.infer<typeof clinicalQuestionSchema>;
/** A line of advice. */
export type Advice = z.infer<typeof adviceSchema>;

/** Everything in content/care/, as loaded. */
export interface CareData {
  levels: CareLevel[];
  signs: WarningSign[];
  groups: ChecklistGroup[];
  rules: TriageRule[];
  questions: ClinicalQuestion[];
  advice: Record<string, Advice>;
}
