import type { Root } from 'mdast';
import { describe, expect, it } from 'vitest';
import { normalizeTypography } from '../../../src/pipeline/normalize-typography.ts';
import { findProperNouns, sentenceCase } from '../../../src/pipeline/sentence-case.ts';
import { describe as describeArticle } from '../../../src/pipeline/describe.ts';

const text = (value: string): Root => ({ type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value }] }] });
const first = (tree: Root) => JSON.stringify(tree).match(/"value":"([^"]*)"/)?.[1];

describe('normalizing', () => {
  it('curls quotes and apostrophes and sets dashes', () => {
    expect(first(normalizeTypography(text('"Pain" isn\'t it -- really - ok...')))).toBe('“Pain” isn’t it – really – ok…');
  });

  it('sentence-cases headings, keeping acronyms, inner capitals and proper nouns', () => {
    const nouns = new Set(['Verywell']);
    expect(sentenceCase('A Word from Verywell', nouns)).toBe('A word from Verywell');
    expect(sentenceCase('The McKenzie Method and NSAIDs for L5 Pain', nouns)).toBe('The McKenzie method and NSAIDs for L5 pain');
    expect(sentenceCase('1. knee pain accompanied by back pain', nouns)).toBe('1. Knee pain accompanied by back pain');
    expect(sentenceCase('Can Your Back Cause Knee Pain? Signs to Look For', nouns)).toBe('Can your back cause knee pain? Signs to look for');
  });

  it('finds proper nouns only where they are capitalised mid-sentence, not in quoted titles', () => {
    const nouns = findProperNouns(['Illustration by Brianna Gilmartin, Verywell', '“Could Your Back Be Causing It?” first appeared on the Regenexx blog.']);
    expect([...nouns].sort()).toEqual(['Brianna', 'Gilmartin', 'Regenexx', 'Verywell']);
  });

  it('describes an article in under 160 characters, at a sentence or word boundary', () => {
    expect(describeArticle(text('Short one. Second sentence here.'))).toBe('Short one. Second sentence here.');
    const long = describeArticle(text(`${'word '.repeat(80)}end.`));
    expect(long.length).toBeLessThan(160);
    expect(long.endsWith('word…')).toBe(true);
  });
});
