// The sign checklist's answers (which groups are answered, what a tick does to its group) and
// its links (read defensively, written back the same), on the real questions of content/care/.
import { describe, expect, it } from 'vitest';
import { readCareFiles } from '../../../src/lib/care/read-care-files.ts';
import {
  isAnswered, NO_ANSWERS, setFinding, setNone, setSign, shownItems, triageAnswers, unanswered, type ChecklistAnswers, type ChecklistGroup,
} from '../../../src/islands/sign-checklist/checklist-model.ts';
import { addressOf, readLink, writeAnswers } from '../../../src/islands/sign-checklist/checklist-url.ts';
import { decide } from '../../../src/lib/care/triage.ts';
import { random as seededRandom } from '../../support/seeded-random.ts';

const care = readCareFiles(new URL('../../..', import.meta.url).pathname);
// The groups as the checklist gets them (src/lib/tools/checklist-content.ts builds the same).
const GROUPS: ChecklistGroup[] = care.groups.map((g) => ({
  id: g.id, legend: g.legend, ...(g.none && { none: g.none }), ...(g.choices && { choices: g.choices }),
  items: [...care.signs.filter((s) => s.group === g.id).map((s) => ({ id: s.id, text: s.text })), ...g.context.map((c) => ({ id: c.id, text: c.text, ...(c.parent && { parent: c.parent }) }))],
}));
const group = (id: string) => GROUPS.find((g) => g.id === id)!;
const known = {
  findings: new Set(GROUPS.flatMap((g) => g.items.map((i) => i.id))),
  groups: new Set(GROUPS.filter((g) => !g.choices).map((g) => g.id)),
  signs: new Set(['bunions', 'long-sitting']),
};
/** Every group answered "none", and how the pain is going. */
const allNone = (duration: ChecklistAnswers['duration'] = 'under-2-weeks', change: ChecklistAnswers['change'] = 'same'): ChecklistAnswers =>
  ({ findings: [], none: GROUPS.filter((g) => !g.choices).map((g) => g.id), signs: [], duration, change });

describe('answering', () => {
  it('an empty form has every group unanswered and no level', () => {
    expect(unanswered(GROUPS, NO_ANSWERS)).toHaveLength(GROUPS.length);
    expect(decide(triageAnswers(NO_ANSWERS), care.signs, care.rules).level).toBeUndefined();
  });

  it('every warning group is asked, emergency groups first, and each can be answered "none"', () => {
    const warningGroups = GROUPS.filter((g) => !g.choices);
    for (const g of warningGroups) expect(g.none, g.id).toBeTruthy();
    const firstLevel = (g: ChecklistGroup) => Math.min(...g.items.map((i) => ['emergency', 'same-day', 'routine'].indexOf(care.signs.find((s) => s.id === i.id)?.level ?? 'routine')));
    expect(firstLevel(warningGroups[0]!)).toBe(0);
    // Every sign is asked in exactly one group.
    for (const s of care.signs) expect(GROUPS.filter((g) => g.items.some((i) => i.id === s.id)), s.id).toHaveLength(1);
  });

  it('a tick answers its group and clears its "none"; "none" clears the group\'s ticks', () => {
    const g = group('bladder-bowel');
    let a = setNone(NO_ANSWERS, g, true);
    expect(isAnswered(g, a)).toBe(true);
    a = setFinding(a, g, 'peeing-start', true);
    expect(a.none).not.toContain('bladder-bowel');
    expect(isAnswered(g, a)).toBe(true);
    a = setNone(a, g, true);
    expect(a.findings).toEqual([]);
    expect(isAnswered(g, setFinding(a, g, 'peeing-start', false))).toBe(true);
  });

  it('a follow-up shows only under its ticked parent once the script runs, and goes with it', () => {
    const g = group('cancer');
    expect(shownItems(g, NO_ANSWERS, false).map((i) => i.id)).toContain('cancer-nerve-symptom');
    expect(shownItems(g, NO_ANSWERS, true).map((i) => i.id)).toEqual(['cancer-history']);
    let a = setFinding(NO_ANSWERS, g, 'cancer-history', true);
    expect(shownItems(g, a, true).map((i) => i.id)).toEqual(['cancer-history', 'cancer-spine-feature', 'cancer-nerve-symptom']);
    a = setFinding(a, g, 'cancer-nerve-symptom', true);
    expect(setFinding(a, g, 'cancer-history', false).findings).toEqual([]);
  });

  it('self-care only with every group answered and the pain recent and steady, or getting better', () => {
    expect(unanswered(GROUPS, allNone())).toEqual([]);
    expect(decide(triageAnswers(allNone()), care.signs, care.rules).level).toBe('self-care');
    expect(decide(triageAnswers(allNone('weeks', 'same')), care.signs, care.rules).level).toBe('routine');
    const partly = { ...allNone(), none: allNone().none.slice(1) };
    expect(unanswered(GROUPS, partly).map((g) => g.id)).toEqual([GROUPS[0]!.id]);
  });

  it('signs the articles describe never change the result (property)', () => {
    const random = seededRandom(23);
    for (let i = 0; i < 200; i++) {
      const findings = [...known.findings].filter(() => random() < 0.1);
      const base = { ...allNone(), findings };
      const withSigns = setSign(setSign(base, 'bunions', true), 'long-sitting', random() < 0.5);
      expect(decide(triageAnswers(withSigns), care.signs, care.rules).level).toBe(decide(triageAnswers(base), care.signs, care.rules).level);
    }
  });
});

describe('links', () => {
  it('round-trip: what is written is read back the same (property)', () => {
    const random = seededRandom(5);
    for (let i = 0; i < 300; i++) {
      const answers: ChecklistAnswers = {
        findings: [...known.findings].filter(() => random() < 0.1),
        none: [...known.groups].filter(() => random() < 0.3),
        signs: [...known.signs].filter(() => random() < 0.5),
        ...(random() < 0.7 && { duration: (['under-2-weeks', 'weeks', 'months'] as const)[Math.floor(random() * 3)]! }),
        ...(random() < 0.7 && { change: (['better', 'same', 'worse'] as const)[Math.floor(random() * 3)]! }),
      };
      const read = readLink(writeAnswers(answers, 'routine'), known);
      expect(read.answers).toEqual(answers);
      expect(read.dropped).toBe(false);
    }
  });

  it('a form submitted without the script (GET, repeated names) keeps every answer', () => {
    const read = readLink('?flags=peeing-start&flags=fever&none=saddle&duration=weeks&change=worse&signs=bunions&care=answered', known);
    expect(read.answers).toEqual({ findings: ['peeing-start', 'fever'], none: ['saddle'], duration: 'weeks', change: 'worse', signs: ['bunions'] });
  });

  it('a link from an article highlights its signs and never ticks them', () => {
    const read = readLink('?signs=bunions,long-sitting', known);
    expect(read.answers.signs).toEqual([]);
    expect(read.highlight).toEqual(['bunions', 'long-sitting']);
    expect(readLink('?highlight=bunions', known).answers).toEqual(NO_ANSWERS);
  });

  it('hostile or old links are harmless: unknown ids dropped, and the reader told', () => {
    const read = readLink(`?flags=<script>,peeing-start,peeing-start,__proto__,${'a'.repeat(5000)},bladder-bowel&duration=forever&none=%3Cb%3E&care=emergency`, known);
    expect(read.answers).toEqual({ findings: ['peeing-start'], none: [], signs: [] });
    expect(read.dropped).toBe(true);
    expect(readLink('%%%&&&=', known).answers).toEqual(NO_ANSWERS);
  });

  it('writes nothing for no answers, and the level it is given', () => {
    expect(writeAnswers(NO_ANSWERS, 'self-care')).toBe('');
    expect(writeAnswers({ ...NO_ANSWERS, findings: ['fever'] }, 'same-day')).toBe('?flags=fever&care=same-day');
  });

  it('keeps the highlighted signs in the checklist’s own address, after the answers, and reads them back', () => {
    expect(addressOf('', [])).toBe('');
    expect(addressOf('', ['bunions', 'changed-gait'])).toBe('?highlight=bunions,changed-gait');
    const address = addressOf(writeAnswers({ ...NO_ANSWERS, findings: ['fever'] }, 'same-day'), ['bunions']);
    expect(address).toBe('?flags=fever&care=same-day&highlight=bunions');
    expect(readLink(address, known)).toMatchObject({ answers: { findings: ['fever'] }, highlight: ['bunions'] });
  });
});
