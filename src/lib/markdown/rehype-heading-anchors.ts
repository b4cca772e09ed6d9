// Rehype plugin: a visible "#" link after every section heading (h2–h4), so a reader can link
// to a section; the page script also copies its address when it is used. The heading itself keeps its plain name for screen readers' heading lists.
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

const HEADINGS = new Set(['h2', 'h3', 'h4']);

/** Wraps each heading with an id in a div holding the heading and its anchor link. */
export default function rehypeHeadingAnchors() {
  return (tree: Root) => {
    visit(tree, 'element', (node: Element, index, parent) => {
      if (!HEADINGS.has(node.tagName) || !node.properties.id || !parent || index === undefined) return;
      const id = String(node.properties.id);
      const anchor: Element = {
        type: 'element',
        tagName: 'a',
        properties: { className: ['anchor-link'], href: `#${id}`, dataPagefindIgnore: '' },
        children: [
          { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
          { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Copy link to the section “${toString(node)}”` }] },
        ],
      };
      parent.children.splice(index, 1, { type: 'element', tagName: 'div', properties: { className: ['heading-wrapper'] }, children: [node, anchor] });
      return index + 1;
    });
  };
}
