// The warning signs that need emergency care, in our own words, from
// shared/reference/nerve-data.md §5 (NHS sciatica and back-pain pages, NHS trust cauda
// equina leaflets, NICE CKS). Shown on the emergency care card and first in the checklist.

/** One red flag: what the reader may notice, and the references that list it. */
export interface RedFlag {
  id: string;
  text: string;
  sources: string[];
}

/** The red flags, most specific first. */
export const RED_FLAGS: readonly RedFlag[] = [
  { id: 'saddle-numbness', text: 'numbness or tingling around your genitals, bottom or back passage (anus), or the inside of your upper thighs', sources: ['S47', 'S48', 'S49', 'S50'] },
  { id: 'bladder-bowel', text: 'new trouble starting to pee, not being able to pee, or not being able to control when you pee or poo', sources: ['S47', 'S48', 'S49', 'S50'] },
  { id: 'both-legs', text: 'pain, numbness, tingling or weakness in both legs', sources: ['S47', 'S48', 'S50', 'S52'] },
  { id: 'worsening-weakness', text: 'leg weakness that is severe or getting worse', sources: ['S47', 'S50', 'S52'] },
];

/** Why these signs are urgent, in plain words. */
export const RED_FLAG_REASON =
  'These can be signs of cauda equina syndrome, where the nerves at the bottom of the spine are squashed. It is rare, but it needs treatment in hospital straight away.';

/** The references for the reason above. */
export const RED_FLAG_REASON_SOURCES = ['S49', 'S52'];
