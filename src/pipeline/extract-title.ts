// Step 2c: a heading at the very top of a source is its title line, not part of the body.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** Removes a leading title heading from the tree and returns its text (if there is one). */
export function extractTitle(tree: Root): string | undefined {
  const first = tree.children[0];
  if (first?.type !== 'heading') return undefined;
  tree.children.shift();
  return toString(first).trim();
}
