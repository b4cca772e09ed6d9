// Printed pages cannot be clicked, so each link's address is given as a numbered note at the
// end of the page instead of inline (which doubled the length of a printout). This marks each
// link in a rendered HTML fragment with its note number (shown only in print) and returns the
// notes: one per distinct address, numbered in order of first appearance.
//
// The marks are written into the HTML as it stands, found with htmlparser2's callbacks: parsing
// every article into a parse5 tree and writing it out again cost the build 5 s of CPU at 1,000
// articles (profiled).
import { Parser } from 'htmlparser2';
import { SITE_ADDED_ATTRIBUTE } from '../markdown/site-added.ts';

/** The fragment with its links numbered, and the full address behind each number. */
export interface FootnotedLinks {
  html: string;
  addresses: string[];
}

// Controls that do not print (share, section "#" links, screen-reader-only text) get no number.
const SKIPPED = ['anchor-link', 'share-button', 'visually-hidden', 'print-hidden'];

/** The mark after a link: its note number, left out of search, of the clinical text and of the source's words. */
const mark = (n: number) => `<sup class="print-ref" data-pagefind-ignore data-review-ignore ${SITE_ADDED_ATTRIBUTE}>[${n}]</sup>`;

/** Numbers the links of `html` that leave the page, resolving each against `pageUrl`. */
export function footnoteLinks(html: string, pageUrl: string): FootnotedLinks {
  const addresses: string[] = [];
  // Where each mark goes (just after its link's end tag), in order.
  const marks: { at: number; n: number }[] = [];
  // Open elements, each marked if it (or one around it) is a control that does not print.
  const open: boolean[] = [];
  let link: number | undefined;
  const parser = new Parser({
    onopentag(name, attributes) {
      const skipped = open.at(-1) === true || (attributes.class ?? '').split(/\s+/).some((c) => SKIPPED.includes(c));
      open.push(skipped);
      const target = name === 'a' && !skipped ? attributes.href : undefined;
      // A phone number is read off the page as it is; it needs no note.
      if (target === undefined || target.startsWith('#') || target.startsWith('tel:')) return;
      const address = new URL(target, pageUrl).href;
      if (address.split('#')[0] === pageUrl.split('#')[0]) return;
      link = addresses.indexOf(address) + 1 || addresses.push(address);
    },
    onclosetag(name, implied) {
      open.pop();
      if (name !== 'a' || link === undefined) return;
      marks.push({ at: implied ? parser.startIndex : parser.endIndex + 1, n: link });
      link = undefined;
    },
  });
  parser.end(html);
  let out = '';
  let from = 0;
  for (const { at, n } of marks) {
    out += html.slice(from, at) + mark(n);
    from = at;
  }
  return { html: out + html.slice(from), addresses };
}
