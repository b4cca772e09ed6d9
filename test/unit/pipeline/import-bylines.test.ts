// Issue 26: a byline, review line or date near the top is metadata, never the start of a
// footer. Whole real sources go through the import with the line added; no word is lost.
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../src/pipeline/run-import.ts';
import { words } from '../../../src/pipeline/tokenize.ts';
import { published, publishedWords, rawSource } from './raw-source.ts';
import { realText } from './real-sources.ts';

const REVIEW = 'Reviewed by Dr. Sam Patel on May 2, 2024.';
const { text: signs } = realText('signs-to-look-for');
const [title, first, ...rest] = signs.split('\n\n');

async function importOne(text: string, file?: string) {
  const result = await runImport([rawSource('s', text, file)], new Map());
  expect(result.articles.size).toBe(1);
  return { mdx: [...result.articles.values()][0]!, report: result.report };
}

describe('issue 26: a byline never ends the article', () => {
  it.each([
    ['after the title', [title, REVIEW, first, ...rest]],
    ['after the first paragraph', [title, first, REVIEW, ...rest]],
    ['at the end', [title, first, ...rest, REVIEW]],
  ])('"%s": the review line becomes metadata and every other word is published', async (_, blocks) => {
    const { mdx, report } = await importOne(blocks.join('\n\n'));
    expect(publishedWords(mdx)).toEqual(words(signs));
    expect(report.removals.map((r) => [r.text, r.reason])).toEqual([[REVIEW, 'review line (moved to metadata)']]);
  });

  it('"<p>Written by Sarah Jones</p>" in an HTML source: the author is read, no word is lost', async () => {
    const { text: html } = realText('verywell-back-disorders');
    const [head, ...body] = html.split('\n').filter((line) => line.trim() !== '');
    const paragraphs = body.map((line) => `<p>${line}</p>`).join('\n');
    const source = `---\ntitle: "${head}"\n---\n<p>Written by Sarah Jones</p>\n${paragraphs}\n`;
    const { mdx, report } = await importOne(source, 's.html');
    const removed = new Set(report.removals.filter((r) => r.text !== 'Written by Sarah Jones').flatMap((r) => words(r.text)));
    expect(mdx).toMatch(/^author: Sarah Jones$/m);
    // Every word but the declared removals (the caption, credit, feedback prompt, edited-by line).
    expect(publishedWords(mdx).filter((w) => !removed.has(w))).toEqual(words(html).filter((w) => !removed.has(w)));
    expect(publishedWords(mdx).length).toBeGreaterThan(words(html).length - 40);
  });
});

describe('issue 26: partial copies', () => {
  const { text: whole } = realText('regenexx-three-signs');
  const paragraphs = whole.split('\n\n');
  const part = paragraphs.slice(2, 5).join('\n\n');

  it('a garbled part of another source is restored from it, never published as a second article', async () => {
    const { garble } = await import('./garble.ts');
    for (const rate of [0.1, 0.5, 1]) {
      const copy = garble(part, rate, 3);
      const alone = await runImport([rawSource('whole', whole)], new Map());
      const result = await runImport([rawSource('whole', whole), rawSource('part', copy, 'part.txt', 'Part')], new Map());
      expect(result.articles.size, `rate ${rate}`).toBe(1);
      // The whole page's words exactly; the part is listed as a merged copy.
      expect([...result.articles.values()].map((mdx) => published(mdx).body)).toEqual([...alone.articles.values()].map((mdx) => published(mdx).body));
      expect(published([...result.articles.values()][0]!).frontmatter.sources).toEqual(['whole', 'part']);
      expect(result.report.restorations.map((r) => [r.garbled, r.twin])).toEqual([['part', 'whole']]);
    }
  });

  it('a garbled part of nothing listed is refused, naming the closest source and the share of words in common', async () => {
    const { garble } = await import('./garble.ts');
    const other = realText('signs-to-look-for').text;
    const error = await runImport([rawSource('other', other), rawSource('part', garble(part, 1, 3), 'part.txt', 'Part')], new Map()).then(() => undefined, (e: Error) => e);
    expect(error?.message).toMatch(/^part\.txt:\d+: garbled text .*The closest source is other \(\d+ % of this one's content words are in it; a copy needs 80 %\)/);
  });
});
