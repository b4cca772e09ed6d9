// Rehype plugin (topics, rendered by the unified processor): a "#" link after every section
// heading that has an id.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { ANCHORED_HEADINGS, headingWithAnchor } from './heading-anchor.ts';

/** Wraps each heading with an id in a div holding the heading and its anchor link. */
export default function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!ANCHORED_HEADINGS.has(node.tagName) || !node.properties.id || !parent || index === undefined) return;
      parent.children.splice(index, 1, headingWithAnchor(node, String(node.properties.id), toString(node)));
      return index + 1;
    });
  };
}
