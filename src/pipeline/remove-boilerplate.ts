// Step 2b: removes what is not the article (site chrome, image captions and credits,
// promotion, references to missing media) and logs each removal with its reason.
import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { BLOCK_RULES, CAPTION_MAX_WORDS, SENTENCE_RULES } from './boilerplate-rules.ts';
import { REASONS } from './removal-reasons.ts';
import { splitSentences } from './sentences.ts';
import type { Removal } from './types.ts';


/** Removes boilerplate blocks and sentences from the top level of the tree. */
export function removeBoilerplate(source: string, tree: Root): Removal[] {
  const removals: Removal[] = [];
  const reasons = tree.children.map((node) => blockReason(node));
  // A caption is the short unpunctuated line just before an image credit.
  reasons.forEach((reason, i) => {
    const before = tree.children[i - 1];
    if (reason === REASONS.imageCredit && before && reasons[i - 1] === undefined && isCaption(before)) reasons[i - 1] = REASONS.imageCaption;
  });
  tree.children = tree.children.filter((node, i) => {
    const reason = reasons[i];
    if (reason === undefined) return true;
    removals.push({ source, text: toString(node).trim(), reason });
    return false;
  });
  for (const node of tree.children) if (node.type === 'paragraph') removals.push(...removeSentences(source, node));
  tree.children = tree.children.filter((node) => toString(node).trim() !== '');
  return removals;
}

/** Why a block is site chrome or promotion (undefined when it is article text). */
export function blockReason(node: RootContent): string | undefined {
  if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
  const text = toString(node).trim();
  const count = text.split(/\s+/).length;
  return BLOCK_RULES.find((rule) => count <= (rule.maxWords ?? Infinity) && rule.pattern.test(text))?.reason;
}

function isCaption(node: RootContent): boolean {
  const text = toString(node).trim();
  // A heading before a credit is the section's heading, not the picture's caption.
  return node.type === 'paragraph' && !/[.!?:;]$/.test(text) && text.split(/\s+/).length <= CAPTION_MAX_WORDS;
}

// Only plain-text paragraphs are split into sentences; ones with inline markup are left whole.
function removeSentences(source: string, paragraph: Paragraph): Removal[] {
  const [only] = paragraph.children;
  if (paragraph.children.length !== 1 || only?.type !== 'text') return [];
  const sentences = splitSentences(only.value);
  const removals: Removal[] = [];
  const kept = sentences.filter((sentence) => {
    const rule = SENTENCE_RULES.find((r) => r.pattern.test(sentence));
    if (rule) removals.push({ source, text: sentence.trim(), reason: rule.reason });
    return !rule;
  });
  only.value = kept.join('').trim();
  return removals;
}
