// The handout's sentences, checked against their source of truth, the topic's own Markdown: on
// every real topic and on generated bodies, each printed sentence is a sentence of the body, in
// its order, a section is printed from its first sentence on, and the lists keep their limits.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withoutCitations } from '../../../src/lib/citations/citation-keys.ts';
import { handoutPoints, MAX_CAN_DO, MAX_KEY_POINTS, MAX_WORDS } from '../../../src/lib/handout/handout-points.ts';
import { splitSentences } from '../../../src/lib/mentions/sentences.ts';
import { random } from '../../support/seeded-random.ts';

const TOPICS = new URL('../../../content/topics/', import.meta.url).pathname;
const bodies = readdirSync(TOPICS).filter((f) => f.endsWith('.md')).map((f) => ({ file: f, body: readFileSync(join(TOPICS, f), 'utf8').split(/^---$/m).slice(2).join('---') }));

/** The body's sections as lists of sentences, read independently of the code under test. */
function sectionsOf(body: string): { heading: string; sentences: string[] }[] {
  return body.split(/^## /m).map((chunk, i) => {
    const [first, ...rest] = chunk.split('\n');
    const text = (i === 0 ? chunk : rest.join('\n')).replace(/\s+/g, ' ');
    return { heading: i === 0 ? '' : first!.trim(), sentences: splitSentences(text).map((s) => s.text) };
  }).filter((s) => s.sentences.length > 0);
}

const words = (list: string[]) => list.map(withoutCitations).join(' ').split(/\s+/).filter(Boolean).length;

/** Each printed list is, per section, a prefix of that section's sentences, in page order. */
function expectPrefixes(printed: string[], sections: { sentences: string[] }[], where: string) {
  const order = sections.flatMap((s) => s.sentences);
  const indices = printed.map((p) => order.indexOf(p));
  expect(indices.every((i) => i >= 0), `${where}: a printed sentence is not in the body`).toBe(true);
  expect([...indices].sort((a, b) => a - b), `${where}: printed out of order`).toEqual(indices);
  for (const section of sections) {
    const taken = section.sentences.filter((s) => printed.includes(s));
    expect(section.sentences.slice(0, taken.length), `${where}: a section is printed from its middle`).toEqual(taken);
  }
}

describe('handoutPoints on every topic', () => {
  it.each(bodies.map((b) => [b.file, b.body]))('%s: 3 to 6 key points and at most 5 things to do, all whole sentences of the page', (file, body) => {
    const { keyPoints, canDo } = handoutPoints(body);
    const sections = sectionsOf(body);
    expect(keyPoints.length, file).toBeGreaterThanOrEqual(3);
    expect(keyPoints.length, file).toBeLessThanOrEqual(MAX_KEY_POINTS);
    expect(canDo.length, file).toBeLessThanOrEqual(MAX_CAN_DO);
    if (keyPoints.length > 3) expect(words(keyPoints), file).toBeLessThanOrEqual(MAX_WORDS);
    expectPrefixes(keyPoints, sections, file);
    expectPrefixes(canDo, sections, file);
    // Every printed sentence is cited, as on the page.
    for (const s of [...keyPoints, ...canDo]) expect(s, file).toMatch(/\[@[^\]]+\]/);
    expect(keyPoints.filter((s) => canDo.includes(s)), file).toEqual([]);
  });

  it('takes "what you can do" only from sections that say what helps', () => {
    const body = bodies.find((b) => b.file === 'meniscus-tear.md')!.body;
    const { canDo } = handoutPoints(body);
    expect(canDo[0]).toMatch(/^For the first few days, rest the knee/);
    const helps = sectionsOf(body).filter((s) => /^(Looking after|Getting better|Getting it checked)/.test(s.heading)).flatMap((s) => s.sentences);
    for (const s of canDo) expect(helps).toContain(s);
  });
});

describe('handoutPoints on generated bodies', () => {
  const HEADINGS = ['What it is', 'Who gets it', 'What helps', 'Where it hurts', 'Getting it checked', 'How it links the back and the knee'];
  it('keeps its rules for 500 random bodies', () => {
    const next = random(27);
    for (let run = 0; run < 500; run++) {
      const sentence = (n: number) => `${['It', 'One article says', 'The knee', 'A tear'][Math.floor(next() * 4)]} ${'word '.repeat(1 + Math.floor(next() * 25)).trim()} ${run}-${n} [@G${1 + Math.floor(next() * 40)}].`;
      let n = 0;
      const chunks = Array.from({ length: Math.floor(next() * 6) }, () => `## ${HEADINGS[Math.floor(next() * HEADINGS.length)]}\n\n${Array.from({ length: 1 + Math.floor(next() * 6) }, () => sentence(n++)).join('\n')}`);
      const body = `\n${Array.from({ length: Math.floor(next() * 4) }, () => sentence(n++)).join('\n')}\n\n${chunks.join('\n\n')}\n`;
      const { keyPoints, canDo } = handoutPoints(body);
      const sections = sectionsOf(body);
      expectPrefixes(keyPoints, sections, body);
      expectPrefixes(canDo, sections, body);
      expect(keyPoints.length).toBeLessThanOrEqual(MAX_KEY_POINTS);
      expect(canDo.length).toBeLessThanOrEqual(MAX_CAN_DO);
      if (keyPoints.length > 3) expect(words(keyPoints)).toBeLessThanOrEqual(MAX_WORDS);
      // As many key points as the body offers, up to three, whatever their length.
      const about = sections.filter((s) => !/^(What helps|Getting it checked)/.test(s.heading)).flatMap((s) => s.sentences);
      expect(keyPoints.length).toBeGreaterThanOrEqual(Math.min(3, about.length));
    }
  });
});
