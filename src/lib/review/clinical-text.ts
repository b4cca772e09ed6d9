// A page's clinical text: what a clinician signs off. It is the readable text of the page's
// <main> as built (so it covers everything a reader sees there: our sentences, the care card,
// the quotes, the citations), minus what is not clinical content: navigation (<nav>, the
// breadcrumbs), buttons, scripts and styles, and anything marked `data-review-ignore` (the
// review line itself, the editors' check dates, the share control, the print-only footer).
// Only text counts, never attributes, so the site's address and base path do not change it;
// runs of white space count as one space. Why the built HTML and not the .md/.mdx files: the
// page a reader sees also draws on data files (care levels, warning signs, nerve facts, notes),
// and a change to any of them must void the sign-off as surely as a change to the topic text.
import { createHash } from 'node:crypto';
import type { Element, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/** Elements whose text is never clinical content. */
const SKIPPED_TAGS = new Set(['nav', 'button', 'script', 'style', 'template', 'noscript']);

/** The attribute that keeps an element (and all inside it) out of the clinical text. */
export const REVIEW_IGNORE = 'data-review-ignore';

/** The clinical text of a built page: its <main>'s text, chrome left out, white space squashed. */
export function clinicalText(html: string): string {
  const main = findMain(fromHtml(html));
  if (!main) return '';
  const parts: string[] = [];
  collect(main, parts);
  return parts.join('').replace(/\s+/g, ' ').trim().normalize('NFC');
}

/** The hash a reviewer records: the first 16 hex digits of the SHA-256 of the clinical text. */
export function clinicalHash(html: string): string {
  return hashText(clinicalText(html));
}

/** The hash of a clinical text (as `clinicalHash`, for text already extracted). */
export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 16);
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

// Block elements are separated by white space, so "Heading" and "Text" never run together.
function collect(node: RootContent | Element, parts: string[]): void {
  if (node.type === 'text') parts.push(node.value);
  if (node.type !== 'element') return;
  if (SKIPPED_TAGS.has(node.tagName) || node.properties.dataReviewIgnore !== undefined) return;
  parts.push(' ');
  for (const child of node.children) collect(child, parts);
  parts.push(' ');
}
