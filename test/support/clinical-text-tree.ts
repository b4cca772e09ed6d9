// The clinical text as it was first defined, from a parse5 tree (hast): the oracle the fast
// callback reader in src/lib/review/clinical-text.ts must agree with, page for page.
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

const SKIPPED_TAGS = new Set(['nav', 'button', 'script', 'style', 'template', 'noscript']);

/** The clinical text of a page read from its tree: the first <main>'s text, chrome left out. */
export function clinicalTextFromTree(tree: Root = fromHtml('')): string {
  const main = findMain(tree);
  if (!main) return '';
  const parts: string[] = [];
  collect(main, parts);
  return parts.join('').replace(/\s+/g, ' ').trim().normalize('NFC');
}

function findMain(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'main') return child;
    const found = findMain(child);
    if (found) return found;
  }
  return undefined;
}

function collect(node: RootContent | Element, parts: string[]): void {
  if (node.type === 'text') parts.push(node.value);
  if (node.type !== 'element') return;
  if (SKIPPED_TAGS.has(node.tagName) || node.properties.dataReviewIgnore !== undefined) return;
  parts.push(' ');
  for (const child of node.children) collect(child, parts);
  parts.push(' ');
}
