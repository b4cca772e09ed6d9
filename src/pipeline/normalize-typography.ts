// Step 6a: typographic quotes, apostrophes, dashes and ellipses in every text node.
import type { Root, Text } from 'mdast';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';

const smart = unified().use(remarkSmartypants, { dashes: 'oldschool' });

/** Curls quotes and apostrophes, turns -- into – and --- into —, and a spaced hyphen into a spaced en dash. */
export function normalizeTypography(tree: Root): Root {
  const out = smart.runSync(tree) as Root;
  visit(out, 'text', (node: Text) => {
    node.value = node.value.replace(/ - /g, ' – ').replace(/[ \t]{2,}/g, ' ');
  });
  return out;
}
