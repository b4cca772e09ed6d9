// Running a plan: a query that names a warning sign gets the warning signs first even when its
// other words find nothing there, unless the reader chose another kind of page.
import { describe, expect, it } from 'vitest';
import { planQuery } from '../../../src/lib/search/query-plan.ts';
import { runPlan, type SearchEngine } from '../../../src/lib/search/run-plan.ts';
import { URGENT_KIND } from '../../../src/lib/search/vocabulary.ts';
import { wordsOf } from '../../../src/lib/search/words.ts';
import { LEXICON } from './lexicon-fixture.ts';

/** A fake Pagefind over three pages: a word search finds the pages holding every word; a null term, every page the filters allow. */
const PAGES = [
  { id: 'urgent', kind: URGENT_KIND, text: 'warning signs numbness when you wipe bladder' },
  { id: 'nerve', kind: 'Nerve', text: 'femoral nerve knee pain thigh' },
  { id: 'article', kind: 'Article', text: 'knee pain and back pain' },
];
const engine: SearchEngine<string> = {
  async search(term, { filters }) {
    const words = term === null ? [] : wordsOf(term.replace(/"/g, ''));
    const pages = PAGES.filter((p) => (!filters.kind || p.kind === filters.kind) && words.every((w) => wordsOf(p.text).includes(w)));
    return { results: pages.map((p) => ({ id: p.id, score: 1, data: p.id })) };
  },
};
const lexicon = { ...LEXICON, urgent: 'urgent', pages: PAGES.length };

describe('running a plan', () => {
  it('puts the warning signs first for a query that names one, though its words find nothing', async () => {
    const { results } = await runPlan(planQuery('cant feel when i wipe', LEXICON), engine, undefined, lexicon);
    expect(results.map((r) => r.id)).toEqual(['urgent']);
  });

  it('adds nothing when the query names no warning sign, or the reader chose another kind', async () => {
    expect((await runPlan(planQuery('thigh', LEXICON), engine, undefined, lexicon)).results.map((r) => r.id)).toEqual(['nerve']);
    expect((await runPlan(planQuery('cant feel when i wipe', LEXICON), engine, 'Article', lexicon)).results).toEqual([]);
  });
});
