// A page's clinical text: what a clinician signs off. It is the readable text of the page's
// <main> as built (so it covers everything a reader sees there: our sentences, the care card,
// the quotes, the citations), minus what is not clinical content: navigation (<nav>, the
// breadcrumbs), buttons, scripts and styles, and anything marked `data-review-ignore` (the
// review line itself, the editors' check dates, the share control, the print-only footer).
// Only text counts, never attributes, so the site's address and base path do not change it;
// runs of white space count as one space. Why the built HTML and not the .md/.mdx files: the
// page a reader sees also draws on data files (care levels, warning signs, nerve facts, notes),
// and a change to any of them must void the sign-off as surely as a change to the topic text.
//
// Read with htmlparser2's callbacks, not a tree: building a parse5 tree of every page cost the
// build 10 s of CPU at 1,000 articles (profiled). test/site/clinical-text.test.ts checks that
// every built page gives the same text as the tree did.
import { createHash } from 'node:crypto';
import { Parser } from 'htmlparser2';

/** Elements whose text is never clinical content. */
const SKIPPED_TAGS = new Set(['nav', 'button', 'script', 'style', 'template', 'noscript']);

/** The attribute that keeps an element (and all inside it) out of the clinical text. */
export const REVIEW_IGNORE = 'data-review-ignore';

/** The clinical text of a built page: its first <main>'s text, chrome left out, white space squashed. */
export function clinicalText(html: string): string {
  const parts: string[] = [];
  // Open elements from <main> down, each marked if it (or one around it) is left out.
  const open: boolean[] = [];
  let done = false;
  const skipping = () => open.at(-1) === true;
  const parser = new Parser({
    onopentag(name, attributes) {
      if (done || (open.length === 0 && name !== 'main')) return;
      const skip = skipping() || SKIPPED_TAGS.has(name) || REVIEW_IGNORE in attributes;
      // Block elements are separated by white space, so "Heading" and "Text" never run together.
      if (!skip) parts.push(' ');
      open.push(skip);
    },
    ontext(text) {
      if (open.length > 0 && !skipping()) parts.push(text);
    },
    onclosetag() {
      if (open.length === 0) return;
      if (!open.pop()) parts.push(' ');
      if (open.length === 0) done = true;
    },
  });
  // Only <main> is read: the head (inline styles, structured data) and the header are half the page.
  const body = html.indexOf('</head>') + 1;
  const main = html.slice(body).search(/<main[\s>]/);
  parser.end(main < 0 ? html : html.slice(body + main));
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
