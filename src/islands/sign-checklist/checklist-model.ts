// The sign checklist's answers and what follows from them: which groups are answered, what a
// tick does to the rest of its group, and the input of the decision function
// (src/lib/care/triage.ts), which alone sets the care level. Pure, unit-tested; the component
// only renders what these return.
import type { Change, Duration, TriageAnswers } from '../../lib/care/triage.ts';

/** One question of a group: a warning sign, or a context question (it sets no level alone). */
export interface ChecklistItem {
  id: string;
  text: string;
  /** A question shown only once its parent is ticked (after the script runs; always before). */
  parent?: string;
}

/** A group of questions: tick any, or "none of these"; or one answer of several (`choices`). */
export interface ChecklistGroup {
  id: string;
  legend: string;
  hint?: string;
  none?: string;
  items: ChecklistItem[];
  choices?: { id: string; text: string }[];
}

/** A sign the articles describe (a sign topic): asked last, it never changes the result. */
export interface ArticleSign {
  id: string;
  title: string;
  question: string;
  href: string;
}

/** Everything the reader answered. */
export interface ChecklistAnswers {
  /** Ticked warning signs and context questions. */
  findings: string[];
  /** Groups answered "none of these". */
  none: string[];
  duration?: Duration;
  change?: Change;
  /** Ticked signs the articles describe. */
  signs: string[];
}

/** No answers. */
export const NO_ANSWERS: ChecklistAnswers = { findings: [], none: [], signs: [] };

/** Whether a group has an answer: a tick, "none of these", or its one answer. */
export function isAnswered(group: ChecklistGroup, answers: ChecklistAnswers): boolean {
  if (group.choices) return (group.id === 'duration' ? answers.duration : group.id === 'change' ? answers.change : undefined) !== undefined;
  return answers.none.includes(group.id) || group.items.some((i) => answers.findings.includes(i.id));
}

/** The groups not answered yet, in order. */
export function unanswered(groups: readonly ChecklistGroup[], answers: ChecklistAnswers): ChecklistGroup[] {
  return groups.filter((g) => !isAnswered(g, answers));
}

/** Ticks or unticks one question: a tick clears the group's "none"; unticking a parent clears its follow-ups. */
export function setFinding(answers: ChecklistAnswers, group: ChecklistGroup, id: string, on: boolean): ChecklistAnswers {
  const children = group.items.filter((i) => i.parent === id).map((i) => i.id);
  const findings = answers.findings.filter((x) => x !== id && (on || !children.includes(x)));
  return { ...answers, findings: on ? [...findings, id] : findings, none: on ? answers.none.filter((g) => g !== group.id) : answers.none };
}

/** Answers a group "none of these" (clearing its ticks), or takes that answer back. */
export function setNone(answers: ChecklistAnswers, group: ChecklistGroup, on: boolean): ChecklistAnswers {
  const ids = new Set(group.items.map((i) => i.id));
  const none = answers.none.filter((g) => g !== group.id);
  return { ...answers, none: on ? [...none, group.id] : none, findings: on ? answers.findings.filter((x) => !ids.has(x)) : answers.findings };
}

/** Ticks or unticks a sign the articles describe. */
export function setSign(answers: ChecklistAnswers, id: string, on: boolean): ChecklistAnswers {
  const signs = answers.signs.filter((x) => x !== id);
  return { ...answers, signs: on ? [...signs, id] : signs };
}

/** The questions of a group to show: follow-ups only under a ticked parent, once the script runs. */
export function shownItems(group: ChecklistGroup, answers: ChecklistAnswers, hydrated: boolean): ChecklistItem[] {
  return group.items.filter((i) => !hydrated || !i.parent || answers.findings.includes(i.parent));
}

/** The decision function's input. */
export function triageAnswers(answers: ChecklistAnswers): TriageAnswers {
  return { findings: answers.findings, ...(answers.duration && { duration: answers.duration }), ...(answers.change && { change: answers.change }) };
}
