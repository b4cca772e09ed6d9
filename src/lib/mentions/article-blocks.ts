// The paragraphs of an article's Markdown tree, as plain text with their anchors and the
// spans (links, code) where topic mentions must not be looked for. Headings are not blocks.
import type { Nodes, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { anchorNamer } from './block-anchor.ts';

/** One paragraph of an article. */
export interface Block {
  anchor: string;
  text: string;
  /** [start, end) ranges of the text inside links or code. */
  excluded: [number, number][];
}

/** Every paragraph (including those in lists and quotes), in document order. */
export function articleBlocks(tree: Root): Block[] {
  const name = anchorNamer();
  const blocks: Block[] = [];
  visit(tree, 'paragraph', (paragraph: Paragraph) => {
    const excluded: [number, number][] = [];
    let text = '';
    const walk = (node: Nodes, inExcluded: boolean) => {
      const excludes = !inExcluded && (node.type === 'link' || node.type === 'linkReference' || node.type === 'inlineCode');
      const from = text.length;
      if ('value' in node && typeof node.value === 'string' && (node.type === 'text' || node.type === 'inlineCode')) text += node.value;
      if ('children' in node) for (const child of node.children) walk(child, inExcluded || excludes);
      if (excludes) excluded.push([from, text.length]);
    };
    walk(paragraph, false);
    blocks.push({ anchor: name(text), text, excluded });
    return 'skip';
  });
  return blocks;
}
