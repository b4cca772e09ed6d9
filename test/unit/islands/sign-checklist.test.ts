import { describe, expect, it } from 'vitest';
import { chosenSigns, tierFor, toggle, type ChecklistSign } from '../../../src/islands/sign-checklist/checklist-model.ts';
import { readAnswers, writeAnswers } from '../../../src/islands/sign-checklist/checklist-url.ts';

const sign = (id: string, group: ChecklistSign['group']): ChecklistSign => ({ id, title: id, question: `${id}?`, group, href: `/signs/${id}/`, articles: [] });
const SIGNS = [sign('a-pain', 'pain'), sign('b-feel', 'feeling'), sign('c-other', 'other'), sign('d-move', 'movement')];
const known = { signs: new Set(SIGNS.map((s) => s.id)), redFlags: new Set(['both-legs', 'saddle-numbness']) };

describe('scoring', () => {
  it('moves from none to few to several as signs are chosen', () => {
    expect([0, 1, 2, 5].map(tierFor)).toEqual(['none', 'few', 'several', 'several']);
  });

  it('lists chosen signs in checklist order, not in the order they were ticked', () => {
    expect(chosenSigns(SIGNS, { signs: ['c-other', 'a-pain', 'd-move'], redFlags: [] }).map((s) => s.id)).toEqual(['a-pain', 'd-move', 'c-other']);
  });

  it('toggles an id without disturbing the others', () => {
    expect(toggle(['a', 'b'], 'c', true)).toEqual(['a', 'b', 'c']);
    expect(toggle(['a', 'b', 'c'], 'b', false)).toEqual(['a', 'c']);
    expect(toggle(['a'], 'a', true)).toEqual(['a']);
  });
});

describe('answers in the address', () => {
  it('round-trips exactly the chosen ids', () => {
    const answers = { signs: ['b-feel', 'a-pain'], redFlags: ['both-legs'] };
    const search = writeAnswers(answers);
    expect(search).toBe('?flags=both-legs&signs=b-feel,a-pain');
    expect(readAnswers(search, known)).toEqual(answers);
    expect(writeAnswers({ signs: [], redFlags: [] })).toBe('');
  });

  it('drops unknown and repeated ids and keeps the rest', () => {
    expect(readAnswers('?signs=a-pain,zzz,a-pain,,b-feel&flags=nope,both-legs', known)).toEqual({ signs: ['a-pain', 'b-feel'], redFlags: ['both-legs'] });
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
      expect(answers.redFlags).toEqual([]);
      expect(answers.signs.every((id) => known.signs.has(id)), search.slice(0, 40)).toBe(true);
    }
    expect(readAnswers(hostile[0]!, known).signs).toEqual(['a-pain']);
  });
});
