import { describe, expect, it } from 'vitest';
import { CARE_LEVEL_IDS, CARE_LEVELS, mostUrgent } from '../../../src/data/care-levels.ts';
import { findReference } from '../../../src/data/references.ts';
import { coreSigns, WARNING_SIGNS } from '../../../src/data/warning-signs.ts';
import { checkWarningSigns, warningSignProblems } from '../../../src/lib/care/check-warning-signs.ts';
import { listInWords } from '../../../src/lib/care/list-in-words.ts';

const isReference = (id: string) => findReference(id) !== undefined;
const good = { id: 'x', level: 'emergency', text: 'a sign', meaning: 'what it means', sources: ['S47'] };

describe('the warning signs', () => {
  it('pass their own check: every sign has a level, wording, a meaning and sources that resolve', () => {
    expect(warningSignProblems(WARNING_SIGNS, CARE_LEVEL_IDS, isReference)).toEqual([]);
  });

  it('cover what the references list: cauda equina, infection, clot, knee injury, a child with a limp, cancer', () => {
    const ids = WARNING_SIGNS.map((s) => s.id);
    for (const id of ['saddle-numbness', 'bladder-bowel', 'both-legs', 'worsening-weakness', 'hot-swollen-knee', 'swollen-calf', 'calf-breathless', 'knee-injury', 'child-limp', 'fever', 'night-pain', 'weight-loss', 'chest-pain', 'serious-accident', 'cancer-with-nerve-signs']) {
      expect(ids, id).toContain(id);
    }
  });

  it('lists them most urgent first', () => {
    const ranks = WARNING_SIGNS.map((s) => CARE_LEVEL_IDS.indexOf(s.level));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('give the card emergency and same-day signs, with short wording', () => {
    expect(coreSigns('emergency').length).toBeGreaterThanOrEqual(4);
    expect(coreSigns('same-day').length).toBeGreaterThanOrEqual(3);
    for (const s of [...coreSigns('emergency'), ...coreSigns('same-day')]) expect(s.short!.length, s.id).toBeLessThanOrEqual(50);
  });

  it('care levels cite references that resolve', () => {
    for (const level of Object.values(CARE_LEVELS)) for (const id of level.sources) expect(isReference(id), `${level.id}: ${id}`).toBe(true);
  });
});

describe('the check stops the build', () => {
  it.each([
    ['no level', { ...good, level: '' }, 'has no care level'],
    ['an unknown level', { ...good, level: 'soonish' }, 'has no care level'],
    ['no sources', { ...good, sources: [] }, 'has no source'],
    ['a source that resolves to nothing', { ...good, sources: ['G999'] }, 'cites "G999"'],
    ['no wording', { ...good, text: ' ' }, 'has no wording'],
    ['no meaning', { ...good, meaning: '' }, 'does not say what it can mean'],
  ])('on a sign with %s, naming the file and the sign', (_, sign, message) => {
    expect(() => checkWarningSigns([sign], CARE_LEVEL_IDS, isReference)).toThrow(message);
    expect(() => checkWarningSigns([sign], CARE_LEVEL_IDS, isReference)).toThrow('src/data/warning-signs.ts: sign "x"');
  });

  it('on a sign listed twice', () => {
    expect(() => checkWarningSigns([good, good], CARE_LEVEL_IDS, isReference)).toThrow('listed twice');
  });
});

describe('helpers', () => {
  it('the most urgent level wins, whatever the order', () => {
    expect(mostUrgent(['routine', 'emergency', 'same-day'])).toBe('emergency');
    expect(mostUrgent(['routine', 'same-day'])).toBe('same-day');
    expect(mostUrgent([])).toBe('self-care');
  });

  it('lists in words', () => {
    expect(listInWords(['a'])).toBe('a');
    expect(listInWords(['a', 'b', 'c'])).toBe('a; b or c');
  });
});
