// The text a reader sees of an article's own words in rendered HTML: everything but the
// elements the site adds (data-site-added), with white space folded. Used to compare a page
// with its source.
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';

/** The source's own text in an HTML fragment or element tree. */
export function sourceText(html: string | Root | Element): string {
  const tree = typeof html === 'string' ? fromHtml(html, { fragment: true }) : structuredClone(html);
  const prune = (node: Root | Element) => {
    node.children = node.children.filter((c: RootContent) => !(c.type === 'element' && 'dataSiteAdded' in c.properties));
    for (const child of node.children) if (child.type === 'element') prune(child);
  };
  prune(tree);
  return foldSpace(toString(tree));
}

/** White space folded to single spaces, trimmed. */
export function foldSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The words of a text, in order (letters, digits and inner apostrophes or hyphens). */
export function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu) ?? [];
}
