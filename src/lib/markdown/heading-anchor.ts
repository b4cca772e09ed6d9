// A visible "#" link after a section heading (h2–h4), so a reader can link to a section; the
// page script also copies its address when it is used. The heading itself keeps its plain
// name for screen readers' heading lists.
import type { Element } from 'hast';
import { SITE_ADDED_PROPERTY } from './site-added.ts';

/** Heading levels that get an anchor link. */
export const ANCHORED_HEADINGS = new Set(['h2', 'h3', 'h4']);

/** A div holding the heading (which must have an id) and its anchor link. */
export function headingWithAnchor(heading: Element, id: string, text: string): Element {
  const anchor: Element = {
    type: 'element',
    tagName: 'a',
    properties: { className: ['anchor-link'], href: `#${id}`, dataPagefindIgnore: '', dataReviewIgnore: '', [SITE_ADDED_PROPERTY]: '' },
    children: [
      { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] },
      { type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: `Copy link to the section “${text}”` }] },
    ],
  };
  return { type: 'element', tagName: 'div', properties: { className: ['heading-wrapper'] }, children: [heading, anchor] };
}
