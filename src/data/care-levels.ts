// The four levels of care the site sends a reader to, most urgent first, in the words of
// shared/reference/clinical-guidance.md ("Care-level words"): emergency (999 or A&E), same day
// (urgent GP, NHS 111 or urgent care), routine (GP or physiotherapist) and self-care. Every
// warning sign (src/data/warning-signs.ts) names one of them.

/** A care level id, most urgent first. */
export const CARE_LEVEL_IDS = ['emergency', 'same-day', 'routine', 'self-care'] as const;

/** A care level id. */
export type CareLevelId = (typeof CARE_LEVEL_IDS)[number];

/** What a care level tells the reader to do. */
export interface CareLevel {
  id: CareLevelId;
  /** Short name, e.g. "Emergency". */
  name: string;
  /** Card heading, e.g. "Call 999 or go to A&E now if:". */
  heading: string;
  /** What to do, in one plain sentence. */
  action: string;
  /** Where the wording of the action comes from. */
  sources: readonly string[];
}

/** The care levels, most urgent first. */
export const CARE_LEVELS: Readonly<Record<CareLevelId, CareLevel>> = {
  emergency: {
    id: 'emergency',
    name: 'Emergency',
    heading: 'Call 999 (911 in the US) or go to A&E now if you have:',
    action: 'Call 999 in the UK or 911 in the US (or your local emergency number), or go to A&E (the emergency room) now.',
    sources: ['S47', 'S48', 'S49'],
  },
  'same-day': {
    id: 'same-day',
    name: 'Same day',
    heading: 'Get help today (urgent GP, NHS 111 or urgent care) for:',
    action: 'Ask for an urgent GP appointment today, call NHS 111, or go to an urgent care centre. Go to A&E if you feel very unwell.',
    sources: ['S48', 'G10', 'G12', 'G16'],
  },
  routine: {
    id: 'routine',
    name: 'Routine',
    heading: 'Book an appointment if you have:',
    action: 'Book an appointment with a GP or a physiotherapist. In many places you can contact a physiotherapist yourself.',
    sources: ['G8', 'G21'],
  },
  'self-care': {
    id: 'self-care',
    name: 'Self-care',
    heading: 'Look after yourself at home if:',
    action: 'Keep up your normal activities as far as you can, and build up slowly. Pain while you recover does not mean harm.',
    sources: ['G8', 'G40', 'G41'],
  },
};

/** How urgent a level is: 0 is the most urgent. */
export function careRank(level: CareLevelId): number {
  return CARE_LEVEL_IDS.indexOf(level);
}

/** The most urgent of some levels, or the fallback when there are none. */
export function mostUrgent(levels: Iterable<CareLevelId>, fallback: CareLevelId = 'self-care'): CareLevelId {
  let best = fallback;
  for (const level of levels) if (careRank(level) < careRank(best)) best = level;
  return best;
}
