import { describe, expect, it } from 'vitest';
import { CARE_LEVEL_IDS, careRank, type CareLevelId } from '../../../src/data/care-levels.ts';
import { WARNING_SIGNS } from '../../../src/data/warning-signs.ts';
import {
  chosenCircumstances, chosenSigns, resultFor, toggle, type Answers, type ChecklistSign, type ChecklistWarning,
} from '../../../src/islands/sign-checklist/checklist-model.ts';
import { holdsResult, readAnswers, writeAnswers } from '../../../src/islands/sign-checklist/checklist-url.ts';
import { random as seededRandom } from '../../support/seeded-random.ts';

const sign = (id: string, group: ChecklistSign['group']): ChecklistSign => ({ id, title: id, question: `${id}?`, group, meaning: `${id} means`, href: `/signs/${id}/`, articles: [] });
const SIGNS = [sign('a-pain', 'pain'), sign('b-feel', 'feeling'), sign('c-other', 'other'), sign('d-move', 'movement'), sign('long-sitting', 'circumstances')];
// The real warning signs, as the checklist gets them: the routing is tested against the real list.
const WARNINGS: ChecklistWarning[] = WARNING_SIGNS.map((w) => ({ id: w.id, level: w.level, text: w.text, short: w.short, meaning: w.meaning }));
const idsAt = (level: CareLevelId) => WARNINGS.filter((w) => w.level === level).map((w) => w.id);
const known = { signs: new Set(SIGNS.map((s) => s.id)), warnings: new Set(WARNINGS.map((w) => w.id)) };
const result = (answers: Partial<Answers>) => resultFor({ warnings: [], signs: [], ...answers }, WARNINGS, SIGNS);

describe('routing by care level', () => {
  it('has warning signs at the emergency, same-day and routine levels, knee signs included', () => {
    for (const level of ['emergency', 'same-day', 'routine'] as const) expect(idsAt(level).length, level).toBeGreaterThan(0);
    expect(WARNINGS.filter((w) => WARNING_SIGNS.find((s) => s.id === w.id)!.area === 'knee').map((w) => w.level)).toContain('same-day');
  });

  it('any emergency tick gives the emergency result, whatever else is ticked (every emergency sign, with random others)', () => {
    const random = seededRandom(15);
    const pick = <T,>(list: readonly T[]) => list.filter(() => random() < 0.4);
    for (const id of idsAt('emergency')) {
      for (let i = 0; i < 25; i++) {
        const answers = { warnings: [...pick(WARNINGS.map((w) => w.id)), id], signs: pick(SIGNS.map((s) => s.id)) };
        expect(result(answers), `${id} with ${answers.warnings.join(',')}`).toEqual({ level: 'emergency', reason: 'warning' });
      }
    }
  });

  it('a same-day sign comes before routine, and before any number of signs', () => {
    for (const id of idsAt('same-day')) {
      expect(result({ warnings: [id, ...idsAt('routine')], signs: SIGNS.map((s) => s.id) })).toEqual({ level: 'same-day', reason: 'warning' });
    }
  });

  it('the result is always the most urgent level ticked (every pair of warning signs)', () => {
    for (const a of WARNINGS) for (const b of WARNINGS) {
      const expected = careRank(a.level) <= careRank(b.level) ? a.level : b.level;
      expect(result({ warnings: [a.id, b.id] }).level).toBe(expected);
    }
  });

  it('signs without a warning sign lead to a routine check, not to a score', () => {
    expect(result({ signs: ['a-pain'] })).toEqual({ level: 'routine', reason: 'signs' });
    expect(result({ signs: ['a-pain', 'b-feel', 'c-other', 'd-move'] })).toEqual({ level: 'routine', reason: 'signs' });
  });

  it('circumstances never change the result and are kept apart from signs', () => {
    expect(result({ signs: ['long-sitting'] })).toEqual({ level: 'self-care', reason: 'nothing' });
    const answers = { warnings: [], signs: ['long-sitting', 'c-other'] };
    expect(chosenSigns(SIGNS, answers).map((s) => s.id)).toEqual(['c-other']);
    expect(chosenCircumstances(SIGNS, answers).map((s) => s.id)).toEqual(['long-sitting']);
  });

  it('nothing ticked is self-care', () => {
    expect(result({})).toEqual({ level: 'self-care', reason: 'nothing' });
  });

  it('every level is reachable', () => {
    const reached = new Set([result({ warnings: idsAt('emergency').slice(0, 1) }), result({ warnings: idsAt('same-day').slice(0, 1) }), result({ signs: ['a-pain'] }), result({})].map((r) => r.level));
    expect([...reached].sort()).toEqual([...CARE_LEVEL_IDS].sort());
  });

  it('lists chosen signs in checklist order, not in the order they were ticked', () => {
    expect(chosenSigns(SIGNS, { signs: ['c-other', 'a-pain', 'd-move'], warnings: [] }).map((s) => s.id)).toEqual(['a-pain', 'd-move', 'c-other']);
  });

  it('toggles an id without disturbing the others', () => {
    expect(toggle(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggle(['a', 'b', 'c'], 'b', false)).toEqual(['a', 'c']);
    expect(toggle(['a'], 'a', true)).toEqual(['a']);
  });
});

describe('answers in the address', () => {
  it('round-trips exactly the chosen ids and carries the care level', () => {
    const answers = { signs: ['b-feel', 'a-pain'], warnings: ['both-legs'] };
    const search = writeAnswers(answers, 'emergency');
    expect(search).toBe('?flags=both-legs&signs=b-feel,a-pain&care=emergency');
    expect(readAnswers(search, known)).toEqual(answers);
    expect(writeAnswers({ signs: [], warnings: [] }, 'self-care')).toBe('');
  });

  it('opens links made before the checklist routed by care level (the old red-flag ids)', () => {
    for (const old of ['saddle-numbness', 'bladder-bowel', 'both-legs', 'worsening-weakness']) {
      const answers = readAnswers(`?flags=${old}&signs=a-pain,long-sitting`, known);
      expect(answers).toEqual({ warnings: [old], signs: ['a-pain', 'long-sitting'] });
      expect(resultFor(answers, WARNINGS, SIGNS).level).toBe('emergency');
    }
  });

  it('ignores a care level in the link: it is worked out again from the answers', () => {
    const answers = readAnswers('?flags=bladder-bowel&care=self-care', known);
    expect(resultFor(answers, WARNINGS, SIGNS).level).toBe('emergency');
  });

  it('shows a shared result at once, but a link that only pre-ticks signs asks the warning questions first', () => {
    expect(holdsResult('?signs=a-pain&care=routine')).toBe(true);
    expect(holdsResult('?flags=both-legs&signs=a-pain')).toBe(true);
    expect(holdsResult('?signs=a-pain,b-feel')).toBe(false);
    expect(holdsResult('')).toBe(false);
  });

  it('drops unknown and repeated ids and keeps the rest', () => {
    expect(readAnswers('?signs=a-pain,zzz,a-pain,,b-feel&flags=nope,both-legs', known)).toEqual({ signs: ['a-pain', 'b-feel'], warnings: ['both-legs'] });
  });

  it('ignores hostile and absurd input safely', () => {
    const hostile = [
      '?signs=<script>alert(1)</script>,a-pain',
      '?signs=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E',
      `?signs=${'x'.repeat(1_000_000)},a-pain`,
      '?signs=%E0%A4%A',
      '?signs[]=a-pain&signs=__proto__,constructor',
      '?%%%%',
    ];
    for (const search of hostile) {
      const answers = readAnswers(search, known);
      expect(answers.warnings).toEqual([]);
      expect(answers.signs.every((id) => known.signs.has(id)), search.slice(0, 40)).toBe(true);
    }
    expect(readAnswers(hostile[0]!, known).signs).toEqual(['a-pain']);
  });
});
