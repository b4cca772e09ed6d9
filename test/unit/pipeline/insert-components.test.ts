// Where the import places the article components, and that placing them changes no word.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { insertComponents } from '../../../src/pipeline/insert-components.ts';

const signs = [
  { id: 'numbness-or-tingling', terms: ['numbness', 'tingling'] },
  { id: 'trouble-with-stairs', terms: ['stairs'] },
  { id: 'deep-ache-or-burning', terms: ['deep ache', 'burning sensation'] },
];
const parse = (markdown: string) => unified().use(remarkParse).parse(markdown) as Root;
const names = (tree: Root) => tree.children.map((n) => (n.type === 'mdxJsxFlowElement' ? `<${n.name}>` : n.type));
const text = (tree: Root) => tree.children.filter((n) => n.type !== 'mdxJsxFlowElement').map((n) => toString(n)).join('\n');

describe('placing components in an imported article', () => {
  it('puts a nerve figure after the first paragraph that names a root, and a sign card at the end of a signs section', () => {
    const tree = parse('Intro text.\n\nThe L4 and L3 roots matter.\n\nMore.\n\n## Signs to look for\n\nNumbness and stairs.\n\n- a deep ache\n\n## Treatment\n\nRest.\n');
    const before = text(tree);
    const placed = insertComponents(tree, { signs });
    expect(names(tree)).toEqual(['paragraph', 'paragraph', '<NerveFigure>', 'paragraph', 'heading', 'paragraph', 'list', '<CheckYourSigns>', 'heading', 'paragraph']);
    expect(placed).toEqual([
      { component: 'NerveFigure', attributes: { root: 'L4' }, after: 'The L4 and L3 roots matter.' },
      { component: 'CheckYourSigns', attributes: { signs: 'numbness-or-tingling,trouble-with-stairs,deep-ache-or-burning' }, after: 'a deep ache' },
    ]);
    expect(text(tree)).toBe(before);
  });

  it('falls back to a named nerve when no root is named', () => {
    const tree = parse('Pain along the sciatic nerve.\n\nThe femoral nerve too.\n');
    expect(insertComponents(tree, { signs })).toEqual([{ component: 'NerveFigure', attributes: { nerve: 'sciatic' }, after: 'Pain along the sciatic nerve.' }]);
  });

  it('places nothing where the text does not call for it', () => {
    for (const markdown of [
      'No nerves here. Only LL4 and 2L3 and S12.\n',
      '## Signs\n\nOnly numbness here.\n',
      '## Causes\n\nNumbness and stairs, but not in a signs section.\n',
      '## Symptoms\n\n## Next\n\nNumbness and stairs.\n',
    ]) {
      const tree = parse(markdown);
      expect(insertComponents(tree, { signs }), markdown).toEqual([]);
    }
  });

  it('ends a signs section at the next heading of the same or a higher level, not a lower one', () => {
    const tree = parse('## Symptoms\n\nNumbness.\n\n### More\n\nStairs.\n\n## Next\n\nText.\n');
    insertComponents(tree, { signs });
    expect(names(tree)).toEqual(['heading', 'paragraph', 'heading', 'paragraph', '<CheckYourSigns>', 'heading', 'paragraph']);
  });
});
