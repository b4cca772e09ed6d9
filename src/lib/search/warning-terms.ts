// Which queries name a warning sign: those, and only those, get the warning-signs page first
// (content/care/warning-signs.yaml lists the signs; each term below is words of a sign there, or a
// reader's words for one, which test/unit/search/warning-terms.test.ts checks against the list).
// Any other query keeps the warning signs out of its top three: the page mentions most
// symptoms, so plain word matching put it near the top of one query in four.
import type { QueryPlan } from './query-plan.ts';
import { stem } from './stem.ts';
import { wordsOf } from './words.ts';

/** Each term: words that together name a warning sign, wherever they are in the query. */
export const WARNING_TERMS: readonly string[] = [
  // Cauda equina syndrome (saddle-numbness, bladder-bowel, both-legs, worsening-weakness, sexual-change).
  // The groin only with a change in feeling: groin pain alone is no sign (hip and nerve pages have it).
  'cauda equina', 'saddle', 'genitals', 'genital', 'numb groin', 'groin tingling', 'groin tingly', 'groin pins', 'groin feeling', 'groin sensation', 'groin dead', 'numb between legs', 'tingling between legs', 'feeling between legs', 'back passage', 'anus', 'inner thighs', 'wipe', 'toilet paper',
  'numb bum', 'numb bottom', 'bladder', 'bowel', 'bladder control', 'bowel control', 'incontinence', 'incontinent', 'pee', 'wee', 'urine', 'urinate', 'urinary', 'poo',
  'both legs', 'bilateral', 'paralysis', 'sudden weakness', 'erection', 'ejaculate', 'ejaculating',
  // Other emergencies (chest-pain, calf-breathless, serious-accident, minor-fall-weak-bones, knee-deformed, swollen-calf).
  'chest pain', 'breathless', 'breathlessness', 'blood clot', 'swollen calf', 'red calf', 'calf swelling',
  'fall', 'fell', 'accident', 'crash', 'osteoporosis', 'out of shape', 'deformed', 'put weight', 'locks', 'locked',
  // Same-day and other signs (cancer, hot-swollen-knee, fever, child-limp, leg-weakness-falls, night-pain,
  // weight-loss, back-lump, straining-pain, upper-back-pain, walking-change).
  'cancer', 'hot knee', 'hot swollen', 'fever', 'high temperature', 'shivery', 'child', 'teenager',
  'foot drop', 'drop foot', 'foot drops', 'slaps', 'trip', 'night', 'weight loss', 'lost weight', 'losing weight', 'lump in my back',
  'sneezing', 'coughing', 'sneeze', 'cough', 'straining', 'upper back', 'between the shoulders', 'unsteady', 'band around',
  // (leg-weakness-worse, foot-drop, hip-sudden, stiff-swollen-joints, pregnant-back-pain, child-limp: a limp alone is no
  // sign; "getting" is a stop word, so "leg getting weaker" is "leg weaker".)
  'weakness worse', 'leg weaker', 'foot weaker', 'lift toes', 'lift foot', 'cannot walk', "can't walk", 'cant walk', 'unable to walk', 'cannot move my hip', 'hip injury', 'injured hip',
  'suddenly worse', 'several joints', 'many joints', 'joints in several places', 'pregnant', 'pregnancy', 'year old limp', 'kid', 'son', 'daughter',
  // Asking for the warning signs themselves.
  'warning signs', 'warning sign', 'red flags', 'red flag', 'emergency', 'a e', '999', 'urgent', 'see a doctor',
];

const TERM_STEMS = WARNING_TERMS.map((t) => wordsOf(t).filter((w) => !['a', 'in', 'my', 'of', 'the'].includes(w) || t === 'a e').map(stem));

/** True when the reader's words (as typed or corrected) name a warning sign. */
export function namesWarningSign(plan: QueryPlan): boolean {
  const said = new Set(plan.concepts.flatMap((c) => wordsOf(c.said)).map(stem));
  return TERM_STEMS.some((term) => term.every((s) => said.has(s)));
}
