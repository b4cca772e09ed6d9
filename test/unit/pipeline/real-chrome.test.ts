// Issue 26: real pages through the whole import. Chrome goes (every kind declared and shown
// on /sources/ in plain words), the article's words all stay, and the title is the page's.
import { describe, expect, it } from 'vitest';
import { plainWordsOf } from '../../../src/pipeline/removal-reasons.ts';
import { runImport } from '../../../src/pipeline/run-import.ts';
import { words } from '../../../src/pipeline/tokenize.ts';
import { expectedWords, published, publishedWords, rawSource } from './raw-source.ts';
import { realArticles, type RealArticle } from './real-articles.ts';
import { realText } from './real-sources.ts';

const joined = (text: string) => ` ${words(text).join(' ')} `;

async function importPage(page: Pick<RealArticle, 'name' | 'text' | 'title'>) {
  const result = await runImport([rawSource(page.name, page.text, `${page.name}.txt`, page.title)], new Map());
  const mdx = [...result.articles.values()][0]!;
  return { result, mdx, text: joined(published(mdx).text) };
}

// Words of `expected` missing from `actual`, counted as a multiset.
function missing(expected: readonly string[], actual: readonly string[]): string[] {
  const left = new Map<string, number>();
  for (const w of actual) left.set(w, (left.get(w) ?? 0) + 1);
  return expected.filter((w) => {
    const n = left.get(w) ?? 0;
    left.set(w, n - 1);
    return n <= 0;
  });
}

describe('issue 26: real page chrome', () => {
  const pages = realArticles('chrome');

  it.each(pages.map((p) => [p.name, p]))('%s: no chrome word is published, no article word is lost, every removal is declared in plain words', async (_, page) => {
    const { result, mdx, text } = await importPage(page);
    const leaked = page.chrome.filter((c) => text.includes(joined(c.line)));
    expect(leaked.map((c) => c.line)).toEqual([]);
    expect(missing(expectedWords(words(page.text), result), publishedWords(mdx))).toEqual([]);
    // Only chrome was removed: every removal is one of the listed chrome lines.
    const chrome = new Set(page.chrome.map((c) => joined(c.line)));
    expect(result.report.removals.filter((r) => !chrome.has(joined(r.text))).map((r) => r.text)).toEqual([]);
    for (const removal of result.report.removals) expect(plainWordsOf(removal.reason), removal.reason).toBeDefined();
    expect(words(String(published(mdx).frontmatter.title))).toEqual(words(page.title));
  });

  it('an <h1> in an HTML fragment is the title and the headings keep their levels', async () => {
    const html = '---\ntitle: x\n---\n<p>Home &gt; Back pain &gt; Sciatica</p><h1>Sciatica</h1><p>Sciatica is pain from the sciatic nerve that runs down the leg.</p><h2>Causes</h2><p>A slipped disc is one cause.</p><h3>Discs</h3><p>Discs sit between the bones.</p>';
    const { result, mdx } = await importPage({ name: 'h', text: html, title: 'Sciatica' });
    expect(published(mdx).body).toMatch(/^## Causes$/m);
    expect(published(mdx).body).toMatch(/^### Discs$/m);
    expect(published(mdx).body).not.toMatch(/Sciatica$/m);
    expect(result.report.removals.map((r) => r.reason)).toEqual(['site chrome: breadcrumb trail']);
  });

  it('a first line that is not the manifest title stays article text', async () => {
    const text = 'Clinics in London and Bedford Since 1990\n\nFemoral nerve pain starts in the groin and runs down the front of the thigh.\n';
    const { mdx } = await importPage({ name: 'c', text, title: 'Femoral Nerve Pain' });
    expect(published(mdx).frontmatter.title).toBe('Femoral nerve pain');
    expect(words(published(mdx).text)).toEqual(words(text));
  });

  // The kinds issue 26 lists, each put into a whole real article, in the top, middle and end.
  const CHROME = [
    'Questions? Call us on 1-800-555-0199', 'Call now to book: (555) 123-4567', 'To book an appointment ring 020 7946 0958',
    'Call our clinic on +44 1865 221473', 'Photo: Getty Images', 'Advertisement', 'By Staff Writer | Medically reviewed | Updated March 3, 2024',
    '[Read: Got Knee Pain? 4 Knee-Friendly Exercise Modifications.]', 'Sign up to our newsletter for weekly tips', 'Continue reading below',
    'Related articles', '© 2025 Example Health Ltd. All rights reserved.', 'Privacy policy | Terms of use | Cookie settings',
    'We use cookies to give you the best experience on our website. By continuing you agree to our cookie policy.',
    'Home > Conditions > Back pain', 'Home | Conditions | Treatments | Contact', 'Published 2 May 2024', 'Updated on May 2, 2024.',
  ];
  it.each(CHROME)('removes “%s” from a real article, wherever it is, and nothing else', async (line) => {
    const { text: article } = realText('signs-to-look-for');
    const blocks = article.split('\n\n');
    for (const at of [1, 3, blocks.length]) {
      const text = [...blocks.slice(0, at), line, ...blocks.slice(at)].join('\n\n');
      const { result, mdx } = await importPage({ name: 's', text, title: blocks[0]! });
      expect(result.report.removals.map((r) => r.text)).toEqual([line]);
      expect(plainWordsOf(result.report.removals[0]!.reason)).toBeDefined();
      expect(publishedWords(mdx)).toEqual(words(article));
    }
  });
});

describe('issue 26: every removal in the committed report is explained on /sources/', () => {
  it('has plain words for every reason', async () => {
    const { default: report } = await import('../../../content/import-report.json');
    const unexplained = [...new Set(report.removals.map((r) => r.reason))].filter((reason) => plainWordsOf(reason) === undefined);
    expect(unexplained).toEqual([]);
  });
});
