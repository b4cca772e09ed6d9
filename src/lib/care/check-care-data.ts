// The rules the clinical data must keep across its files, checked whenever it is loaded, so a
// sign with an unknown group, a reference that resolves to nothing, a missing rule or a topic
// that does not exist stops the build with the file, the line and the problem.
import { CARE_LEVEL_IDS } from './care-level-ids.ts';
import type { CareData } from './care-schema.ts';
import { CONTEXT_IDS, RULE_IDS } from './triage.ts';

/** Where an entry is, for messages: "content/care/x.yaml:12". */
export type Locate = (file: string, id: string) => string;

/** What the check needs besides the data. */
export interface CareCheckContext {
  isReference: (id: string) => boolean;
  isTopic: (id: string) => boolean;
  locate: Locate;
}

/** Every problem with the clinical data, each naming its file and line. */
export function careDataProblems(data: CareData, { isReference, isTopic, locate }: CareCheckContext): string[] {
  const problems: string[] = [];
  const at = (file: string, id: string, problem: string) => problems.push(`${locate(`content/care/${file}`, id)}: "${id}" ${problem}`);
  const cites = (file: string, id: string, refs: readonly string[]) => {
    for (const ref of refs) if (!isReference(ref)) at(file, id, `cites ${ref}, which is not in src/data/references.ts`);
  };
  const questionIds = new Set(data.questions.map((q) => q.id));
  const groupIds = new Set(data.groups.map((g) => g.id));
  const contextIds = new Set(data.groups.flatMap((g) => g.context.map((c) => c.id)));

  for (const want of CARE_LEVEL_IDS) if (!data.levels.some((l) => l.id === want)) problems.push(`content/care/care-levels.yaml: the level "${want}" is missing`);
  if (data.signs.length === 0) problems.push('content/care/warning-signs.yaml: no warning signs were read (see the error above)');
  const seen = new Set<string>();
  for (const sign of data.signs) {
    if (seen.has(sign.id) || contextIds.has(sign.id)) at('warning-signs.yaml', sign.id, 'is listed twice');
    seen.add(sign.id);
    if (!groupIds.has(sign.group)) at('warning-signs.yaml', sign.id, `names the group "${sign.group}", which is not in checklist-groups.yaml`);
    if (sign.question && !questionIds.has(sign.question)) at('warning-signs.yaml', sign.id, `names the clinical question ${sign.question}, which is not in clinical-questions.yaml`);
    for (const topic of sign.topics) if (!isTopic(topic)) at('warning-signs.yaml', sign.id, `names the topic "${topic}", which is not in content/topics/`);
    cites('warning-signs.yaml', sign.id, sign.refs);
  }
  for (const level of data.levels) cites('care-levels.yaml', level.id, level.refs);
  for (const group of data.groups) {
    const signs = data.signs.filter((s) => s.group === group.id);
    if (group.choices && (signs.length > 0 || group.context.length > 0 || group.none)) at('checklist-groups.yaml', group.id, 'has choices, so it cannot also have signs, context questions or a "none" answer');
    if (!group.choices && !group.none) at('checklist-groups.yaml', group.id, 'needs a "none" answer, so that a reader can say no to every question in it');
    if (!group.choices && signs.length + group.context.length === 0) at('checklist-groups.yaml', group.id, 'asks nothing: no sign names it and it has no context questions');
    for (const c of group.context) {
      cites('checklist-groups.yaml', c.id, c.refs);
      if (c.parent && !group.context.some((p) => p.id === c.parent)) at('checklist-groups.yaml', c.id, `has the parent "${c.parent}", which is not a question of the same group`);
    }
  }
  for (const want of ['duration', 'change']) if (!data.groups.some((g) => g.id === want && g.choices)) problems.push(`content/care/checklist-groups.yaml: the one-answer question "${want}" is missing`);
  for (const want of Object.values(CONTEXT_IDS)) if (!contextIds.has(want)) problems.push(`content/care/checklist-groups.yaml: the context question "${want}" (used by the cancer rule) is missing`);
  for (const want of RULE_IDS) if (!data.rules.some((r) => r.id === want)) problems.push(`content/care/triage-rules.yaml: the rule "${want}" is missing (src/lib/care/triage.ts uses it)`);
  for (const rule of data.rules) {
    cites('triage-rules.yaml', rule.id, rule.refs);
    if (rule.question && !questionIds.has(rule.question)) at('triage-rules.yaml', rule.id, `names the clinical question ${rule.question}, which is not in clinical-questions.yaml`);
  }
  for (const q of data.questions) cites('clinical-questions.yaml', q.id, q.refs);
  for (const [key, advice] of Object.entries(data.advice)) {
    cites('advice.yaml', key, advice.refs);
    for (const topic of advice.topics ?? []) if (!isTopic(topic)) at('advice.yaml', key, `names the topic "${topic}", which is not in content/topics/`);
  }
  if (!data.advice['not-sure']) problems.push('content/care/advice.yaml: the "not-sure" line is missing');
  return problems;
}

/** Returns the data unchanged, or throws listing every problem. */
export function checkCareData(data: CareData, context: CareCheckContext): CareData {
  const problems = careDataProblems(data, context);
  if (problems.length > 0) throw new Error(`The clinical data in content/care/ is not safe to publish:\n${problems.join('\n')}`);
  return data;
}
