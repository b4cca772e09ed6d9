// The paragraph-level blocks of a rendered article: <p> elements, and list items that hold
// text directly (tight lists). These are exactly the Markdown paragraphs the mention index
// reads, so both sides name and search the same blocks.
import type { Element } from 'hast';

/** True for a paragraph-level block. */
export function isBlock(node: Element): boolean {
  if (node.tagName === 'p') return true;
  return node.tagName === 'li' && !node.children.some((c) => c.type === 'element' && ['p', 'ul', 'ol'].includes(c.tagName));
}
