// Printed pages cannot be clicked, so each link's address is given as a numbered note at the
// end of the page instead of inline (which doubled the length of a printout). This marks each
// link in a rendered HTML fragment with its note number (shown only in print) and returns the
// notes: one per distinct address, numbered in order of first appearance.
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { SKIP, visit } from 'unist-util-visit';
import { SITE_ADDED_PROPERTY } from '../markdown/site-added.ts';

/** The fragment with its links numbered, and the full address behind each number. */
export interface FootnotedLinks {
  html: string;
  addresses: string[];
}

// Controls that do not print (share, section "#" links, screen-reader-only text) get no number.
const SKIPPED = ['anchor-link', 'share-button', 'visually-hidden', 'print-hidden'];

const classes = (node: Element) => ([] as unknown[]).concat(node.properties?.className ?? []).map(String);

/** Numbers the links of `html` that leave the page, resolving each against `pageUrl`. */
export function footnoteLinks(html: string, pageUrl: string): FootnotedLinks {
  const tree = fromHtml(html, { fragment: true });
  const addresses: string[] = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    if (classes(node).some((c) => SKIPPED.includes(c))) return SKIP;
    const target = node.tagName === 'a' ? node.properties?.href : undefined;
    // A phone number is read off the page as it is; it needs no note.
    if (typeof target !== 'string' || target.startsWith('#') || target.startsWith('tel:') || !parent || index === undefined) return;
    const address = new URL(target, pageUrl).href;
    if (address.split('#')[0] === pageUrl.split('#')[0]) return;
    let n = addresses.indexOf(address) + 1;
    if (n === 0) n = addresses.push(address);
    const mark: ElementContent = { type: 'element', tagName: 'sup', properties: { className: ['print-ref'], dataPagefindIgnore: '', dataReviewIgnore: '', [SITE_ADDED_PROPERTY]: '' }, children: [{ type: 'text', value: `[${n}]` }] };
    parent.children.splice(index + 1, 0, mark);
    return [SKIP, index + 2];
  });
  return { html: toHtml(tree), addresses };
}
