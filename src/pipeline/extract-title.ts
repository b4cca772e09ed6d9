// Step 2c: the title line at the top of a source is the title, not part of the body. It is
// the title only when it is an <h1> or repeats a title the source is known by (its manifest
// or frontmatter title): a first line such as "Clinics in London and Bedford" is not a title.
// Short lines above the title line are the page's header (site chrome), removed and reported.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { REASONS } from './removal-reasons.ts';
import { words } from './tokenize.ts';
import type { Removal } from './types.ts';

// How far down the title may sit, and how long a header line may be.
const MAX_HEADER_BLOCKS = 6;
const MAX_HEADER_WORDS = 15;

/** Removes the title line (and any header above it); returns its text and the removals. */
export function extractTitle(source: string, tree: Root, knownTitles: readonly (string | undefined)[]): { title?: string; removals: Removal[] } {
  const known = new Set(knownTitles.filter((t): t is string => t !== undefined).map((t) => words(t).join(' ')));
  const top = tree.children.slice(0, MAX_HEADER_BLOCKS + 1);
  const at = top.findIndex((node) => node.type === 'heading' && (node.depth === 1 || known.has(words(toString(node)).join(' '))));
  if (at < 0) return { removals: [] };
  const header = top.slice(0, at);
  if (header.some((node) => toString(node).split(/\s+/).length > MAX_HEADER_WORDS)) return { removals: [] };
  const title = toString(tree.children[at]!).trim();
  tree.children.splice(0, at + 1);
  return { title, removals: header.map((node) => ({ source, text: toString(node).trim(), reason: REASONS.pageHeader })) };
}
