// The sign checklist's data shapes and its scoring: which tier of plain message the chosen
// signs lead to. Pure functions, unit-tested; the component only renders what they return.

/** The groups the checklist asks its questions in, in order. */
export const GROUPS = [
  { id: 'pain', legend: 'Where the pain is and how it behaves' },
  { id: 'feeling', legend: 'Feeling: numbness, tingling, burning' },
  { id: 'movement', legend: 'Strength and movement' },
  { id: 'other', legend: 'Other clues' },
] as const;

/** A group id. */
export type GroupId = (typeof GROUPS)[number]['id'];

/** A link to a page of the site. */
export interface PageLink {
  title: string;
  href: string;
}

/** One sign the checklist asks about (from a sign topic). */
export interface ChecklistSign {
  id: string;
  title: string;
  question: string;
  group: GroupId;
  /** The sign's topic page. */
  href: string;
  /** The articles that describe the sign. */
  articles: PageLink[];
}

/** One red flag (from src/data/red-flags.ts). */
export interface ChecklistRedFlag {
  id: string;
  text: string;
}

/** What the chosen signs add up to: never a diagnosis, only how strongly to seek a check. */
export type Tier = 'none' | 'few' | 'several';

/** The reader's answers. */
export interface Answers {
  redFlags: string[];
  signs: string[];
}

/** Signs from two upwards are "several": worth a clinician examining the back as well. */
export const SEVERAL = 2;

/** The tier for a number of chosen signs. */
export function tierFor(count: number): Tier {
  if (count === 0) return 'none';
  return count >= SEVERAL ? 'several' : 'few';
}

/** The chosen signs, in checklist order (group by group), whatever order they were chosen in. */
export function chosenSigns(signs: readonly ChecklistSign[], answers: Answers): ChecklistSign[] {
  const order = GROUPS.map((g) => g.id);
  return signs
    .filter((s) => answers.signs.includes(s.id))
    .sort((a, b) => order.indexOf(a.group) - order.indexOf(b.group) || signs.indexOf(a) - signs.indexOf(b));
}

/** Adds or removes one id from a list, keeping the list's other ids in order. */
export function toggle(list: readonly string[], id: string, on: boolean): string[] {
  const without = list.filter((x) => x !== id);
  return on ? [...without, id] : without;
}
