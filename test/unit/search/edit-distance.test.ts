// Edit distance: checked against a plain full-table reference on generated words.
import { describe, expect, it } from 'vitest';
import { allowedEdits, editDistance } from '../../../src/lib/search/edit-distance.ts';
import { random } from '../../support/seeded-random.ts';

/** Reference: optimal string alignment distance by the full table, no early exit. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('editDistance', () => {
  it('counts a swap of neighbouring letters as one edit', () => {
    expect(editDistance('sicatica', 'sciatica', 2)).toBe(1);
    expect(editDistance('sciatca', 'sciatica', 2)).toBe(1);
    expect(editDistance('feemoral', 'femoral', 2)).toBe(1);
  });

  it('agrees with the full table up to the limit, on 3,000 generated pairs', () => {
    const next = random(19);
    const word = () => Array.from({ length: 1 + Math.floor(next() * 9) }, () => 'abcde'[Math.floor(next() * 5)]).join('');
    for (let n = 0; n < 3000; n++) {
      const [a, b, limit] = [word(), word(), Math.floor(next() * 4)];
      const want = Math.min(reference(a, b), limit + 1);
      expect(editDistance(a, b, limit), `${a} → ${b} (limit ${limit})`).toBe(want);
    }
  });

  it('allows no edits under four letters, one up to six, two beyond', () => {
    expect([allowedEdits('bum'), allowedEdits('knee'), allowedEdits('tingle'), allowedEdits('sciatca')]).toEqual([0, 1, 1, 2]);
  });
});
