// The merged article (the garbled copy de-scrambled into its clean twin) says exactly what the
// clean twin says when imported alone: the garbled copy adds emphasis, never words.
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../src/lib/content/frontmatter.ts';
import { runImport } from '../../../src/pipeline/run-import.ts';
import { mdxSourceText } from '../../support/mdx-source-text.ts';
import { wordsOf } from '../../support/source-text.ts';
import { realSources } from './real-sources.ts';

const bodyWords = (mdx: string) => wordsOf(mdxSourceText(splitFrontmatter(mdx, 'article.mdx').body));

// Two whole imports of the real sources: a few seconds on a busy machine.
describe('the merged article', { timeout: 60_000 }, () => {
  it('has the words of its clean twin imported alone, in order', async () => {
    const sources = realSources();
    const all = await runImport(sources, new Map());
    const merged = all.report.articles.find((a) => a.sources.length > 1);
    expect(merged, 'the import merges the garbled copy into its twin').toBeDefined();
    const twinId = merged!.sources[0]!;
    const alone = await runImport(sources.filter((s) => s.entry.id === twinId), new Map());
    const [twinMdx] = alone.articles.values();
    expect(bodyWords(all.articles.get(merged!.slug)!)).toEqual(bodyWords(twinMdx!));
  });
});
