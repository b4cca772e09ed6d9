// Every clinical vignette of shared/reference/triage-vignettes.json through the decision
// function: the answers a patient with the story's findings gives (one table,
// test/support/finding-answers.ts) must give the expected level, and never the `never` level
// or one below it. Denied findings are not answered, so they can trigger nothing.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { careRank, type CareLevelId } from '../../../src/lib/care/care-level-ids.ts';
import { readCareFiles } from '../../../src/lib/care/read-care-files.ts';
import { decide, type TriageAnswers } from '../../../src/lib/care/triage.ts';
import { answersFor, FINDING_ANSWERS, type Answer, type Vignette } from '../../support/finding-answers.ts';

const VIGNETTES = new URL('../../../../shared/reference/triage-vignettes.json', import.meta.url);
const RULES = new URL('../../../../shared/reference/triage-rules.md', import.meta.url);
const care = readCareFiles(new URL('../../..', import.meta.url).pathname);

/** The decision function's input for some checklist answers. */
export function triageInput(answers: readonly Answer[]): TriageAnswers {
  const input: { findings: string[]; duration?: TriageAnswers['duration']; change?: TriageAnswers['change'] } = { findings: [] };
  for (const a of answers) {
    if ('finding' in a) input.findings.push(a.finding);
    else if ('duration' in a) input.duration = a.duration;
    else if ('change' in a) input.change = a.change;
  }
  return input;
}

const known = new Set([...care.signs.map((s) => s.id), ...care.groups.flatMap((g) => g.context.map((c) => c.id))]);

// The shared reference is beside the project (../shared); a checkout without it skips.
describe.runIf(existsSync(VIGNETTES))('clinical vignettes', () => {
  const vignettes: Vignette[] = existsSync(VIGNETTES) ? JSON.parse(readFileSync(VIGNETTES, 'utf8')) : [];

  it('are all there (45)', () => expect(vignettes).toHaveLength(45));

  it('every phrase of the controlled vocabulary has a checklist answer, and every answer exists', () => {
    const appendix = readFileSync(RULES, 'utf8').split('## Appendix')[1]!;
    const phrases = [...appendix.matchAll(/^\| ([^|]+?) \| (emergency|same-day|routine|self-care|context|denial) \|/gm)]
      .filter((m) => m[2] !== 'denial').map((m) => m[1]!.trim());
    expect(phrases.length).toBeGreaterThan(60);
    for (const phrase of phrases) expect(FINDING_ANSWERS[phrase], phrase).toBeDefined();
    for (const [phrase, answers] of Object.entries(FINDING_ANSWERS)) {
      for (const a of answers) if ('finding' in a) expect(known.has(a.finding), `${phrase} → ${a.finding}`).toBe(true);
    }
  });

  it.each(vignettes.map((v) => [v.id, v] as const))('%s gets its expected level and is never under-triaged', (_, v) => {
    const result = decide(triageInput(answersFor(v.findings)), care.signs, care.rules);
    expect(result.level, `${v.id}: ${v.story}`).toBe(v.expected);
    if (v.never) expect(careRank(result.level!), `${v.id} must never be ${v.never} or below`).toBeLessThan(careRank(v.never as CareLevelId));
  });
});

describe('the decision function', () => {
  const signs = care.signs;
  const rules = care.rules;
  const ids = signs.map((s) => s.id);

  it('gives no level before anything is answered (an empty form never reassures)', () => {
    expect(decide({ findings: [] }, signs, rules).level).toBeUndefined();
  });

  it('gives self-care only for recent, steady or improving pain with no sign ticked', () => {
    expect(decide({ findings: [], duration: 'under-2-weeks', change: 'same' }, signs, rules).level).toBe('self-care');
    expect(decide({ findings: [], duration: 'months', change: 'better' }, signs, rules).level).toBe('self-care');
    expect(decide({ findings: [], duration: 'weeks', change: 'same' }, signs, rules).level).toBe('routine');
    expect(decide({ findings: [], duration: 'under-2-weeks', change: 'worse' }, signs, rules).level).toBe('routine');
  });

  it('is the most urgent level of any ticked sign, whatever else is ticked and in any order (property)', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
    for (let run = 0; run < 500; run++) {
      const picked = ids.filter(() => random() < 0.12);
      const shuffled = [...picked].sort(() => random() - 0.5);
      const change = (['better', 'same', 'worse'] as const)[Math.floor(random() * 3)];
      const a = decide({ findings: picked, change, duration: 'weeks' }, signs, rules);
      const b = decide({ findings: shuffled, change, duration: 'weeks' }, signs, rules);
      expect(b.level).toBe(a.level);
      for (const id of picked) expect(careRank(a.level!)).toBeLessThanOrEqual(careRank(signs.find((s) => s.id === id)!.level));
      // Adding a sign never makes the result less urgent.
      const extra = ids[Math.floor(random() * ids.length)]!;
      expect(careRank(decide({ findings: [...picked, extra], change, duration: 'weeks' }, signs, rules).level!)).toBeLessThanOrEqual(careRank(a.level!));
    }
  });

  it('with a history of cancer: a nerve symptom is an emergency, a spinal feature same day (G24)', () => {
    expect(decide({ findings: ['cancer-history', 'new-leg-weakness'] }, signs, rules).level).toBe('emergency');
    expect(decide({ findings: ['cancer-history', 'cancer-nerve-symptom'] }, signs, rules).level).toBe('emergency');
    expect(decide({ findings: ['cancer-history', 'night-pain'] }, signs, rules).level).toBe('same-day');
    expect(decide({ findings: ['cancer-history'], change: 'worse' }, signs, rules).level).toBe('same-day');
    expect(decide({ findings: ['new-leg-weakness'] }, signs, rules).level).toBe('routine');
  });

  it('names the reference ids of every reason', () => {
    const result = decide({ findings: ['peeing-start', 'fever'], duration: 'weeks', change: 'same' }, signs, rules);
    expect(result.reasons.map((r) => [r.id, r.level])).toEqual([['peeing-start', 'emergency'], ['fever', 'same-day'], ['progress-not-better', 'routine']]);
    for (const r of result.reasons) expect(r.refs.length).toBeGreaterThan(0);
  });
});
