// Step 2c: a heading at the very top of a source is its title line, not part of the body.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { words } from './tokenize.ts';

/**
 * Removes a leading title heading from the tree and returns its text (if there is one). When
 * the source names its own title (frontmatter), only a top-level heading or one that repeats
 * that title is the title line; any other leading heading is a section and stays.
 */
export function extractTitle(tree: Root, ownTitle?: string): string | undefined {
  const first = tree.children[0];
  if (first?.type !== 'heading') return undefined;
  const text = toString(first).trim();
  if (ownTitle !== undefined && first.depth !== 1 && words(text).join(' ') !== words(ownTitle).join(' ')) return undefined;
  tree.children.shift();
  return text;
}
