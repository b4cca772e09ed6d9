// The sign checklist's data shapes and its routing: the result is the most urgent care level
// that the ticked answers call for, never a count. Warning signs decide it; signs the articles
// link to the back mean "book a check"; circumstances (such as long sitting) never change it.
// Pure functions, unit-tested; the component only renders what they return.
import { mostUrgent, type CareLevelId } from '../../data/care-levels.ts';

/** The groups the checklist asks its sign questions in, in order; circumstances come last. */
export const GROUPS = [
  { id: 'pain', legend: 'Where the pain is and how it behaves' },
  { id: 'feeling', legend: 'Feeling: numbness, tingling, burning' },
  { id: 'movement', legend: 'Strength and movement' },
  { id: 'other', legend: 'Other clues' },
  { id: 'circumstances', legend: 'Your circumstances (these are not signs, and do not change your result)' },
] as const;

/** A group id. */
export type GroupId = (typeof GROUPS)[number]['id'];

/** A link to a page of the site. */
export interface PageLink {
  title: string;
  href: string;
}

/** One sign or circumstance the checklist asks about (from a sign topic). */
export interface ChecklistSign {
  id: string;
  title: string;
  question: string;
  group: GroupId;
  /** What the articles say it can mean, in our plain words (the topic's summary). */
  meaning: string;
  /** The sign's topic page. */
  href: string;
  /** The articles that describe the sign. */
  articles: PageLink[];
}

/** One warning sign (from src/data/warning-signs.ts). */
export interface ChecklistWarning {
  id: string;
  level: CareLevelId;
  /** The full wording, shown in the result. */
  text: string;
  /** A few words for the question; core signs (shown before the "more warning signs" fold) have one. */
  short?: string;
  meaning: string;
}

/** The reader's answers: warning signs, and signs or circumstances. */
export interface Answers {
  warnings: string[];
  signs: string[];
}

/** Why the result is what it is. */
export type ResultReason = 'warning' | 'signs' | 'nothing';

/** The checklist's result: a care level and the reason for it. */
export interface ChecklistResult {
  level: CareLevelId;
  reason: ResultReason;
}

/**
 * The result for some answers: the most urgent level of any ticked warning sign; otherwise a
 * routine check when any sign (not a circumstance) is ticked; otherwise self-care.
 */
export function resultFor(answers: Answers, warnings: readonly ChecklistWarning[], signs: readonly ChecklistSign[]): ChecklistResult {
  const ticked = warnings.filter((w) => answers.warnings.includes(w.id));
  if (ticked.length > 0) return { level: mostUrgent(ticked.map((w) => w.level)), reason: 'warning' };
  if (chosenSigns(signs, answers).length > 0) return { level: 'routine', reason: 'signs' };
  return { level: 'self-care', reason: 'nothing' };
}

/** The chosen signs (circumstances aside), in checklist order, whatever order they were chosen in. */
export function chosenSigns(signs: readonly ChecklistSign[], answers: Answers): ChecklistSign[] {
  return inChecklistOrder(signs, answers).filter((s) => s.group !== 'circumstances');
}

/** The chosen circumstances, in checklist order. */
export function chosenCircumstances(signs: readonly ChecklistSign[], answers: Answers): ChecklistSign[] {
  return inChecklistOrder(signs, answers).filter((s) => s.group === 'circumstances');
}

/** The chosen warning signs, in list order (which is most urgent first). */
export function chosenWarnings(warnings: readonly ChecklistWarning[], answers: Answers): ChecklistWarning[] {
  return warnings.filter((w) => answers.warnings.includes(w.id));
}

function inChecklistOrder(signs: readonly ChecklistSign[], answers: Answers): ChecklistSign[] {
  const order: readonly string[] = GROUPS.map((g) => g.id);
  return signs
    .filter((s) => answers.signs.includes(s.id))
    .sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group) || signs.indexOf(a) - signs.indexOf(b));
}

/** Adds or removes one id from a list, keeping the list's other ids in order. */
export function toggle(list: readonly string[], id: string, on: boolean): string[] {
  const without = list.filter((x) => x !== id);
  return on ? [...without, id] : without;
}
