// Which queries name a warning sign: those, and only those, get the warning-signs page first
// (src/data/warning-signs.ts lists the signs; each term below is a reader's words for a sign
// there, with the words the list uses, which test/unit/search/warning-terms.test.ts checks).
// Any other query keeps the warning signs out of its top three: the page mentions most
// symptoms, so plain word matching put it near the top of one query in four.
import type { QueryPlan } from './query-plan.ts';
import { stem } from './stem.ts';
import { wordsOf } from './words.ts';

/** Each term (words that together name a warning sign, wherever they are in the query) → the words of src/data/warning-signs.ts it stands for. */
export const WARNING_TERMS: Readonly<Record<string, string>> = {
  // Cauda equina syndrome (saddle-numbness, bladder-bowel, both-legs, worsening-weakness, sexual-change).
  'cauda equina': 'cauda equina', 'saddle': 'genitals bottom', genitals: 'genitals', genital: 'genital', 'groin': 'genitals', 'back passage': 'back passage', anus: 'anus', 'inner thighs': 'inside of your upper thighs', wipe: 'wipe', 'toilet paper': 'wipe after the toilet',
  'numb bum': 'numbness bottom', 'numb bottom': 'numb bottom', bladder: 'bladder', bowel: 'bowel', incontinence: 'incontinence', 'incontinent': 'control when you pee or poo', pee: 'pee', wee: 'wee', urine: 'urine', urinate: 'urinate', poo: 'poo',
  'both legs': 'both legs', bilateral: 'bilateral', 'paralysis': 'weakness in your legs', 'sudden weakness': 'weakness getting worse', erection: 'erection', ejaculate: 'ejaculate', ejaculating: 'ejaculating',
  // Other emergencies (chest-pain, calf-breathless, serious-accident, minor-fall-weak-bones, knee-deformed, swollen-calf).
  'chest pain': 'chest pain', breathless: 'breathless', breathlessness: 'breathlessness', 'blood clot': 'blood clot', 'swollen calf': 'swollen calf', 'red calf': 'red calf', 'calf swelling': 'calf swelling',
  fall: 'fall', 'fell': 'fall', accident: 'accident', crash: 'crash', osteoporosis: 'osteoporosis', 'out of shape': 'out of shape', 'deformed': 'out of shape', 'put weight': 'put weight', locks: 'locks', locked: 'locked',
  // Same-day and other signs (cancer, hot-swollen-knee, fever, child-limp, leg-weakness-falls, night-pain,
  // weight-loss, back-lump, straining-pain, upper-back-pain, walking-change).
  cancer: 'cancer', 'hot knee': 'hot knee', 'hot swollen': 'hot swollen', 'fever': 'high temperature', 'high temperature': 'high temperature', shivery: 'shivery', child: 'child', teenager: 'teenager',
  'foot drop': 'foot drop', 'drop foot': 'drop foot', 'foot drops': 'foot drops', slaps: 'slaps', trip: 'trip', night: 'night', 'weight loss': 'weight loss', 'lost weight': 'weight loss', 'lump in my back': 'lump in my back',
  sneezing: 'sneezing', coughing: 'coughing', sneeze: 'sneeze', cough: 'cough', straining: 'straining', 'upper back': 'upper back', 'between the shoulders': 'between the shoulders', unsteady: 'unsteady', 'band around': 'band around',
  // Asking for the warning signs themselves.
  'warning signs': 'warning signs', 'warning sign': 'warning signs', 'red flags': 'warning signs', 'red flag': 'warning signs', emergency: 'emergency', 'a e': 'a e', '999': '999', urgent: 'urgent', 'see a doctor': 'see a doctor',
};

const TERM_STEMS = Object.keys(WARNING_TERMS).map((t) => wordsOf(t).filter((w) => !['a', 'in', 'my', 'of', 'the'].includes(w) || t === 'a e').map(stem));

/** True when the reader's words (as typed or corrected) name a warning sign. */
export function namesWarningSign(plan: QueryPlan): boolean {
  const said = new Set(plan.concepts.flatMap((c) => wordsOf(c.said)).map(stem));
  return TERM_STEMS.some((term) => term.every((s) => said.has(s)));
}
