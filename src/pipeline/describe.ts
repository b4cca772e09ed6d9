// Step 7a: a plain summary for the meta description, under 160 characters.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { splitSentences } from './sentences.ts';

/** Longest description search engines show in full. */
export const MAX_DESCRIPTION = 159;

/**
 * The first paragraph's leading sentences that fit in 159 characters; when even the first
 * sentence is longer, it is cut at a word boundary and ends with an ellipsis. An article of
 * lists alone is described by its first heading and list, joined.
 */
export function describe(tree: Root): string {
  const paragraph = tree.children.find((node) => node.type === 'paragraph');
  const text = (paragraph ? toString(paragraph) : listSummary(tree)).replace(/\s+/g, ' ').trim();
  const sentences = splitSentences(text);
  let out = '';
  for (const sentence of sentences) {
    if ((out + sentence).trim().length > MAX_DESCRIPTION) break;
    out += sentence;
  }
  if (out.trim()) return out.trim();
  const cut = text.slice(0, MAX_DESCRIPTION - 1);
  return `${cut.slice(0, cut.lastIndexOf(' ')).replace(/[,;:]$/, '')}…`;
}

// "Key signs: back stiffness, morning; knee pain, no swelling; …" from the first list.
function listSummary(tree: Root): string {
  const list = tree.children.find((node) => node.type === 'list');
  if (!list || list.type !== 'list') return '';
  const before = tree.children[tree.children.indexOf(list) - 1];
  const lead = before?.type === 'heading' ? `${toString(before)}: ` : '';
  return `${lead}${list.children.map((item) => toString(item)).join('; ')}.`;
}
