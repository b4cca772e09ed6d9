// Issue 26: importing a source never changes another article's text or casing. Each added
// source (a real page, or a generated article) leaves every other article byte-identical.
import { describe, expect, it } from 'vitest';
import { runImport } from '../../../src/pipeline/run-import.ts';
import { random } from '../../support/seeded-random.ts';
import { randomArticle, toPlainText } from './article-generator.ts';
import { generatedSource, rawSource } from './raw-source.ts';
import { allRealArticles } from './real-articles.ts';
import { realSources } from './real-sources.ts';

describe('issue 26: isolation', () => {
  it('adding a random source leaves every other article byte-identical', { timeout: 300_000 }, async () => {
    const before = await runImport(realSources(), new Map());
    const pages = allRealArticles();
    const next = random(26);
    // A clinic page that capitalises common words mid-sentence, as its services are named:
    // learnt globally, "Knee", "Pain" and "Nerve" would re-case the other articles' headings.
    const clinic = 'Knee Pain Clinic Services\n\nAt our clinic we treat Knee Pain, Back Pain and Painful Nerve Roots every week. Ask about our Spine and Knee programme, where Your Back and Your Knee are checked together.\n';
    const extra = [rawSource('added', clinic, 'added.txt', 'Knee Pain Clinic Services')];
    for (const added of extra) {
      const after = await runImport([...realSources(), added], new Map());
      const slug = after.report.articles.find((a) => a.sources.includes('added'))!.slug;
      expect([...after.articles].filter(([s]) => s !== slug), 'clinic page').toEqual([...before.articles]);
    }
    for (let seed = 0; seed < 12; seed++) {
      const page = pages[Math.floor(next() * pages.length)]!;
      const added = seed % 3 === 2
        ? generatedSource('added', toPlainText(randomArticle(seed, { paragraphs: 4 })))
        : rawSource('added', page.text, 'added.txt', page.title);
      const after = await runImport([...realSources(), added], new Map());
      const slug = after.report.articles.find((a) => a.sources.includes('added'))!.slug;
      expect([...after.articles].filter(([s]) => s !== slug), `seed ${seed}: ${page.name}`).toEqual([...before.articles]);
    }
  });
});
