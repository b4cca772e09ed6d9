// The one decision function: a reader's answers → the care level they call for, with every
// reason and its references. The checklist, its printout and the vignette tests all use it.
// Rules, from shared/reference/triage-rules.md: the most urgent level of any asserted finding
// wins; a denied finding (not ticked) triggers nothing; context changes a level only where a
// reference says so (a history of cancer, G24). Levels and words are content
// (content/care/*.yaml); only the logic is here.
import { careRank, mostUrgent, type CareLevelId } from './care-level-ids.ts';
import type { TriageRule, WarningSign } from './care-schema.ts';

/** How long the pain has lasted (checklist-groups.yaml, `duration`). */
export type Duration = 'under-2-weeks' | 'weeks' | 'months';
/** How the pain is changing (checklist-groups.yaml, `change`). */
export type Change = 'better' | 'same' | 'worse';

/** What the reader told us: ticked signs and context questions, and how the pain is going. */
export interface TriageAnswers {
  findings: readonly string[];
  duration?: Duration;
  change?: Change;
}

/** One reason for the result: a ticked sign or a rule that applied. */
export interface TriageReason {
  /** The sign's or the rule's id. */
  id: string;
  source: 'sign' | 'rule';
  level: CareLevelId;
  text: string;
  meaning: string;
  refs: readonly string[];
  question?: string;
}

/** The result: the most urgent level of all reasons (undefined when nothing yet sets one). */
export interface TriageResult {
  level: CareLevelId | undefined;
  /** Every reason, most urgent first. */
  reasons: TriageReason[];
}

/** The rule ids this file uses; the content check requires each in triage-rules.yaml. */
export const RULE_IDS = ['cancer-nerve', 'cancer-spine', 'cancer-back-pain', 'progress-worse', 'progress-not-better', 'progress-better', 'progress-recent'] as const;
type RuleId = (typeof RULE_IDS)[number];

/** The context question ids this file uses; the content check requires each in checklist-groups.yaml. */
export const CONTEXT_IDS = { cancer: 'cancer-history', cancerSpine: 'cancer-spine-feature', cancerNerve: 'cancer-nerve-symptom' } as const;

/** The care level and reasons for some answers. */
export function decide(answers: TriageAnswers, signs: readonly WarningSign[], rules: readonly TriageRule[]): TriageResult {
  const asserted = new Set(answers.findings);
  const ticked = signs.filter((s) => asserted.has(s.id));
  const reasons: TriageReason[] = ticked.map((s) => ({
    id: s.id, source: 'sign', level: s.level, text: s.text, meaning: s.meaning, refs: s.refs, ...(s.question && { question: s.question }),
  }));
  const rule = (id: RuleId) => {
    const r = rules.find((x) => x.id === id);
    if (!r) throw new Error(`content/care/triage-rules.yaml has no rule "${id}"`);
    reasons.push({ id: r.id, source: 'rule', level: r.level, text: r.text, meaning: r.meaning, refs: r.refs, ...(r.question && { question: r.question }) });
  };

  // G24 (CG75, replaced by NG234): with a history of cancer, a nerve symptom makes it an
  // emergency and a spinal feature same-day. Back pain that keeps getting worse is one of the
  // spinal features. With neither, the references give no level (C6): same day, the more urgent.
  if (asserted.has(CONTEXT_IDS.cancer)) {
    const nerve = asserted.has(CONTEXT_IDS.cancerNerve) || ticked.some((s) => s.nerve);
    const spine = asserted.has(CONTEXT_IDS.cancerSpine) || ticked.some((s) => s.spine) || answers.change === 'worse';
    rule(nerve ? 'cancer-nerve' : spine ? 'cancer-spine' : 'cancer-back-pain');
  }

  // G8: a routine appointment when the pain is getting worse or no better after a few weeks;
  // self-care while it is recent and steady, or getting better.
  if (answers.change === 'worse') rule('progress-worse');
  else if (answers.change === 'same' && (answers.duration === 'weeks' || answers.duration === 'months')) rule('progress-not-better');
  else if (answers.change === 'better') rule('progress-better');
  else if (answers.change === 'same' && answers.duration === 'under-2-weeks') rule('progress-recent');

  const level = mostUrgent(reasons.map((r) => r.level));
  return { level, reasons: reasons.sort((a, b) => careRank(a.level) - careRank(b.level)) };
}
