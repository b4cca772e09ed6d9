// The one table that maps each finding of shared/reference/triage-rules.md's controlled
// vocabulary to the checklist answer a patient with that finding gives: a ticked sign or
// context question (by id), an answer to "how long" or "how is it changing", or a sign the
// articles describe. The unit test runs the decision function on these answers and the
// end-to-end test ticks the same questions on the real page. A finding missing here fails both.

/** One answer on the checklist. */
export type Answer =
  | { finding: string }
  | { duration: 'under-2-weeks' | 'weeks' | 'months' }
  | { change: 'better' | 'same' | 'worse' }
  | { articleSign: string };

const f = (finding: string): Answer => ({ finding });

/** Vocabulary phrase → the answers that say it. */
export const FINDING_ANSWERS: Record<string, Answer[]> = {
  'new difficulty starting to pee': [f('peeing-start')],
  'difficulty stopping or controlling peeing': [f('peeing-control')],
  'reduced feeling when peeing': [f('peeing-feeling')],
  'not knowing if bladder is full or empty': [f('peeing-feeling')],
  'new bladder leaking': [f('peeing-control')],
  'not noticing the need to poo': [f('poo-control')],
  'new loss of bowel control': [f('poo-control')],
  'altered feeling when wiping': [f('wiping-feeling')],
  'saddle numbness': [f('saddle-feeling')],
  'saddle tingling': [f('saddle-feeling')],
  'altered feeling in the saddle area': [f('wiping-feeling')],
  'new erection or ejaculation problems': [f('sexual-change')],
  'loss of genital feeling during sex': [f('sexual-change')],
  'sciatica in both legs': [f('both-legs-new')],
  'both-legs tingling or numbness, new': [f('both-legs-new')],
  'both-legs weakness or numbness getting worse': [f('both-legs-new')],
  'back pain with chest pain': [f('chest-pain')],
  'leg swelling with breathlessness': [f('calf-breathless')],
  'leg swelling with chest pain': [f('calf-breathless')],
  'back pain after a serious accident': [f('serious-accident')],
  'back pain after minor fall with osteoporosis': [f('minor-fall-weak-bones')],
  'back pain after minor fall on long-term steroids': [f('minor-fall-weak-bones')],
  'back pain after minor fall in an older person': [f('minor-fall-weak-bones')],
  'deformed knee after injury': [f('knee-deformed')],
  'hot swollen knee': [f('hot-swollen-knee')],
  'hot swollen knee replacement': [f('hot-swollen-knee')],
  'single hot joint flaring in RA': [f('hot-swollen-knee')],
  'fever or feeling hot and shivery': [f('fever')],
  'one swollen warm or red calf': [f('swollen-calf')],
  'knee locked after injury': [f('knee-injury-urgent')],
  'cannot bear weight after knee injury': [f('knee-injury-urgent')],
  'knee gives way with a fall after injury': [f('knee-injury-urgent')],
  'rapid knee swelling within 2 hours of injury': [f('knee-injury-urgent')],
  'numbness below the knee after knee injury': [f('knee-injury-urgent')],
  'child limp not better after 48 hours': [f('child-limp')],
  'child limp over 7 days': [f('child-limp')],
  'child cannot bear weight': [f('child-limp')],
  'child limp with fever': [f('child-limp'), f('fever')],
  'back pain with fever': [f('fever')],
  'unexplained weight loss': [f('weight-loss')],
  'night pain': [f('night-pain')],
  'pain worse on coughing, sneezing or straining': [f('straining-pain')],
  'upper back pain between the shoulders': [f('upper-back-pain')],
  'lump or swelling in the back': [f('back-lump')],
  'one-leg weakness causing trips or falls': [f('leg-weakness-falls')],
  'dropping foot': [f('foot-drop')],
  'one-leg weakness getting worse': [f('leg-weakness-worse')],
  'new change in walking': [f('walking-change')],
  'weeks without improvement': [{ duration: 'weeks' }, { change: 'same' }],
  'slowly getting worse': [{ change: 'worse' }],
  'pain stopping normal activities': [f('stops-activities')],
  'long-standing unchanged symptoms': [{ duration: 'months' }, { change: 'same' }],
  'exercise sends pain further down the leg': [f('exercise-spreads')],
  'unexplained lump behind the knee': [f('lump-behind-knee')],
  'knee injury without locking, can bear weight': [f('knee-injury-minor')],
  'stable one-leg numbness or tingling for weeks': [f('one-leg-numb-stable')],
  // The decision table's self-care row: days up to about 2 weeks, stable, no warning sign.
  'knee pain with back pain, no warning sign': [{ articleSign: 'knee-pain-with-back-pain' }, { duration: 'under-2-weeks' }, { change: 'same' }],
  'symptoms improving': [{ change: 'better' }],
  'symptoms centralise with exercise': [{ change: 'better' }],
  'knee pain with back pain': [{ articleSign: 'knee-pain-with-back-pain' }],
  'child with knee pain and limp': [f('child-limp')],
  'history of cancer': [f('cancer-history')],
  'new mid or upper back pain': [f('upper-back-pain')],
  'progressive low back pain': [{ change: 'worse' }],
  'new limb weakness': [f('new-leg-weakness')],
  pregnant: [f('pregnant-back-pain')],
  'older person': [f('over-60')],
  immunosuppressed: [f('immunosuppressed')],
  'recent bacterial infection': [f('recent-infection')],
  'long-standing two-leg claudication': [f('both-legs-long-standing')],
};

/** A vignette of shared/reference/triage-vignettes.json. */
export interface Vignette {
  id: string;
  story: string;
  findings: string[];
  absent: string[];
  expected: 'emergency' | 'same-day' | 'routine' | 'self-care';
  never: 'same-day' | 'routine' | 'self-care' | null;
  refs: string[];
}

/** The answers a patient with these findings gives; throws on a finding with no question. */
export function answersFor(findings: readonly string[]): Answer[] {
  return findings.flatMap((phrase) => {
    const answers = FINDING_ANSWERS[phrase];
    if (!answers) throw new Error(`The finding "${phrase}" has no checklist question (test/support/finding-answers.ts)`);
    return answers;
  });
}
