// Whole-pipeline properties (issue 14): what an article says goes through the import word for
// word, except removals the report lists with their reasons; a garbled copy publishes exactly
// its clean twin's words, and without a twin it is refused.
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../src/pipeline/import-error.ts';
import { runImport, type ImportResult } from '../../../src/pipeline/run-import.ts';
import { words } from '../../../src/pipeline/tokenize.ts';
import { articleText, randomArticle, toHtml, toPlainText, type ArticleModel } from './article-generator.ts';
import { garble } from './garble.ts';
import { expectedWords, generatedSource, published, publishedWords, rawSource } from './raw-source.ts';

const single = (result: ImportResult) => {
  expect(result.articles.size).toBe(1);
  return [...result.articles.values()][0]!;
};

// Garbles every piece of text of an article, as the real copy was garbled: markup intact.
function garbleModel(article: ArticleModel, rate: number, seed: number): ArticleModel {
  let n = seed * 1000;
  const g = (text: string) => garble(text, rate, n++);
  return {
    title: g(article.title),
    blocks: article.blocks.map((b) =>
      b.kind === 'heading' ? { ...b, text: g(b.text) } : b.kind === 'paragraph' ? { ...b, sentences: b.sentences.map(g) } : { ...b, items: b.items.map(g) },
    ),
  };
}

describe('random clean articles go through the import word for word', { timeout: 300_000 }, () => {
  const cases = Array.from({ length: 80 }, (_, seed) => ({ seed, html: seed % 3 === 2, boilerplate: seed % 2 === 1, terse: seed % 5 === 4 }));

  it(`publishes every word of ${cases.length} random articles except the removals the report lists`, async () => {
    let removals = 0;
    for (const { seed, html, boilerplate, terse } of cases) {
      const article = randomArticle(seed, { boilerplate, terse });
      const source = html ? generatedSource(`a${seed}`, toHtml(article, seed), `a${seed}.html`) : generatedSource(`a${seed}`, toPlainText(article));
      const result = await runImport([source], new Map());
      const mdx = single(result);
      expect(publishedWords(mdx), `seed ${seed}`).toEqual(expectedWords(words(articleText(article)), result));
      expect(published(mdx).tree).not.toMatch(/evil\.example|javascript:/);
      removals += result.report.removals.filter((r) => !r.reason.includes('link')).length;
    }
    // The generator's boilerplate was met and removed, so the removal path was exercised.
    expect(removals).toBeGreaterThan(cases.length / 2);
  });
});

describe('garbled copies at swap rates from 10% to 100%', { timeout: 600_000 }, () => {
  const rates = [0.1, 0.25, 0.5, 0.75, 1];
  const seeds = [101, 102, 103, 104];

  it.each(rates)('with the twin present, publish exactly the twin, in either order and either format (rate %s)', async (rate) => {
    for (const seed of seeds) {
      const article = randomArticle(seed, { paragraphs: 12 });
      const twin = generatedSource('twin', toPlainText(article));
      const alone = single(await runImport([twin], new Map()));
      const plainCopy = rawSource('copy', garble(toPlainText(article), rate, seed));
      const htmlCopy = rawSource('copy', toHtml(garbleModel(article, rate, seed), seed), 'copy.html');
      for (const sources of [[plainCopy, twin], [twin, plainCopy], [htmlCopy, twin]]) {
        const result = await runImport(sources, new Map());
        const mdx = single(result);
        expect(publishedWords(mdx), `seed ${seed}, ${sources[0]!.entry.file} first`).toEqual(publishedWords(alone));
        if (sources.includes(plainCopy)) expect(published(mdx).body).toBe(published(alone).body);
        expect(result.report.restorations.map((r) => [r.garbled, r.twin])).toEqual([['copy', 'twin']]);
      }
    }
  });

  // Without a twin, garbling shows only in the non-words it leaves; at 10% a text needs some
  // 600 words before two are likely and 1,000 before they are all but certain, so these are longer.
  it.each(rates)('without the twin, are refused, naming the file (rate %s)', async (rate) => {
    for (const seed of seeds) {
      const article = randomArticle(seed, { paragraphs: 30 });
      for (const copy of [rawSource('copy', garble(toPlainText(article), rate, seed)), rawSource('copy', toHtml(garbleModel(article, rate, seed), seed), 'copy.html')]) {
        const error = await runImport([copy], new Map()).then(() => undefined, (e: unknown) => e);
        expect(error, `seed ${seed}, ${copy.entry.file}`).toBeInstanceOf(ImportError);
        expect((error as Error).message).toMatch(new RegExp(`^${copy.entry.file.replace('.', '\\.')}(?::\\d+)?: garbled text`));
      }
    }
  });
});
