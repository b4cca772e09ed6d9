// Step 6c: headings start at level 2 under the page title and are in sentence case.
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { sentenceCase } from './sentence-case.ts';

/** Shifts heading levels so the highest is h2, and sentence-cases every heading's text. */
export function normalizeHeadings(tree: Root, properNouns: ReadonlySet<string>): void {
  let top = 6;
  visit(tree, 'heading', (node: Heading) => {
    top = Math.min(top, node.depth);
  });
  visit(tree, 'heading', (node: Heading) => {
    node.depth = Math.min(6, node.depth - top + 2) as Heading['depth'];
    let first = true;
    visit(node, 'text', (text) => {
      const cased = sentenceCase(text.value, properNouns);
      // Only the heading's first text node starts a sentence.
      text.value = first ? cased : cased.charAt(0).toLowerCase() + cased.slice(1);
      first = false;
    });
  });
}
