// The paragraph-level blocks of a rendered article, in document order: <p> elements, and list
// items that hold text directly (tight lists). These are exactly the Markdown paragraphs the
// mention index reads, so both sides name and search the same blocks.
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** Every block element of the tree, in document order. */
export function hastBlocks(tree: Root): Element[] {
  const blocks: Element[] = [];
  visit(tree, 'element', (node: Element) => {
    const isTightItem = node.tagName === 'li' && !node.children.some((c) => c.type === 'element' && ['p', 'ul', 'ol'].includes(c.tagName));
    if (node.tagName === 'p' || isTightItem) blocks.push(node);
  });
  return blocks;
}
