import { describe, expect, it } from 'vitest';
import { articleRenderer } from '../../../src/lib/markdown/render-article.ts';

const topics = [
  { id: 'femoral-nerve', kind: 'nerve' as const, title: 'Femoral nerve', aliases: [] },
  { id: 'lumbar-radiculopathy', kind: 'condition' as const, title: 'Sciatica', aliases: ['pinched nerve'] },
];
const render = articleRenderer({ topics, base: '/back-to-knee/' });

describe('rendering an article body', () => {
  const { html, headings } = render(
    '## Why the *knee* hurts\n\nThe femoral nerve runs down the thigh. The femoral nerve again.\n\n- sciatica in a tight list\n- a [femoral nerve link](https://example.org) stays as it is\n\n## Why the knee hurts\n\nSee `femoral nerve` in code.\n',
  );

  it('gives headings ids, a copy-link anchor and a contents entry, repeated names made unique', () => {
    expect(headings).toEqual([
      { depth: 2, slug: 'why-the-knee-hurts', text: 'Why the knee hurts' },
      { depth: 2, slug: 'why-the-knee-hurts-1', text: 'Why the knee hurts' },
    ]);
    expect(html).toContain('<div class="heading-wrapper"><h2 id="why-the-knee-hurts">Why the <em>knee</em> hurts</h2><a class="anchor-link" href="#why-the-knee-hurts" data-pagefind-ignore="">');
    expect(html).toContain('Copy link to the section “Why the knee hurts”');
  });

  it('links only the first mention of each topic, never inside a link or code, following the base path', () => {
    expect(html.match(/class="topic-link"/g)).toHaveLength(2);
    expect(html).toContain('The <a href="/back-to-knee/nerves/femoral-nerve/" class="topic-link">femoral nerve</a> runs down the thigh. The femoral nerve again.');
    expect(html).toContain('<a href="/back-to-knee/conditions/lumbar-radiculopathy/" class="topic-link">sciatica</a> in a tight list');
    expect(html).toContain('<a href="https://example.org">femoral nerve link</a>');
  });

  it('names every paragraph and tight list item by its first words', () => {
    expect(html).toContain('<p id="p-the-femoral-nerve-runs-down-the">');
    expect(html).toContain('<li id="p-sciatica-in-a-tight-list">');
  });

  it('refuses MDX code, which an imported article never has', () => {
    expect(() => render('Text\n\n<Widget />\n')).toThrow(/Markdown only.*mdxJsxFlowElement/);
    expect(() => render('Sum: {1 + 1}\n')).toThrow(/MDX code \(mdxTextExpression\)/);
  });
});
