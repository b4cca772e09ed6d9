// Step 2a: turns attribution lines ("Edited by … on …", "Written by …", "Reviewed by … on …",
// "“…” first appeared on …") into metadata and drops them from the body. Only the line goes:
// a byline sits anywhere (often right under the title), so it never marks where the article
// ends; trailing site chrome is removed by its own rules (remove-boilerplate.ts).
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { REASONS } from './removal-reasons.ts';
import type { FoundMetadata, Removal } from './types.ts';

// "March 13, 2016" or "13 March 2016".
const DATE = String.raw`(?:[A-Z][a-z]+ \d{1,2}, \d{4}|\d{1,2} [A-Z][a-z]+ \d{4})`;
const EDITED = new RegExp(String.raw`^edited by (.+?) on (${DATE})\.?$`, 'i');
const WRITTEN = new RegExp(String.raw`^written by (.+?)(?: on (${DATE}))?\.?$`, 'i');
const REVIEWED = new RegExp(String.raw`^(?:medically )?reviewed by (.+?)(?: on (${DATE}))?\.?$`, 'i');
const FIRST_APPEARED = /^[“"](.+?)[”"] first appeared (?:as a post )?on (?:the )?(.+?)(?: blog| website)?\.?$/i;
// "By Stephen Bunting, Specialist MSK Physiotherapist" or "By Staff Writer | Medically
// reviewed | Updated …": a name of capitalised words (titles and initials allowed) after "By".
const BYLINE = /^[Bb]y ((?:(?:Dr|Prof|Mr|Mrs|Ms|Mx)\.? )?(?:[A-Z][\p{L}'’-]*\.? ?){1,5}?)\s*(?:[,|–—-].*)?$/u;
const DATE_LINE = new RegExp(String.raw`^(published|posted|updated|last updated|last reviewed|page last reviewed|reviewed)\s*:?\s*(?:on\s+)?(${DATE})\.?$`, 'i');
// A byline is a short line: a sentence that merely starts "Written by" is prose.
const MAX_WORDS = 15;

/** Reads attribution lines at the top level of the tree; returns the metadata and removals. */
export function extractAttribution(source: string, tree: Root): { metadata: FoundMetadata; removals: Removal[] } {
  const metadata: FoundMetadata = {};
  const removals: Removal[] = [];
  tree.children = tree.children.filter((node) => {
    // A plain text's short byline or date line may read as a heading.
    if (node.type !== 'paragraph' && node.type !== 'heading') return true;
    const text = toString(node).trim();
    const found = read(text);
    if (!found) return true;
    Object.assign(metadata, found.metadata);
    removals.push({ source, text, reason: found.reason });
    return false;
  });
  return { metadata, removals };
}

function read(text: string): { metadata: FoundMetadata; reason: string } | undefined {
  const appeared = FIRST_APPEARED.exec(text);
  if (appeared) return { metadata: { title: appeared[1]!.trim(), publisher: appeared[2]!.trim() }, reason: REASONS.attribution };
  if (text.split(/\s+/).length > MAX_WORDS) return undefined;
  const edited = EDITED.exec(text);
  if (edited) return { metadata: { editor: edited[1]!.trim(), date: isoDate(edited[2]!) }, reason: REASONS.attribution };
  const written = WRITTEN.exec(text);
  if (written) return { metadata: { author: written[1]!.trim(), ...(written[2] && { date: isoDate(written[2]) }) }, reason: REASONS.attribution };
  const reviewed = REVIEWED.exec(text);
  // A reviewer is not the author; the review date is not the publication date.
  if (reviewed) return { metadata: { reviewer: reviewed[1]!.trim(), ...(reviewed[2] && { reviewDate: isoDate(reviewed[2]) }) }, reason: REASONS.review };
  const dated = DATE_LINE.exec(text);
  if (dated) return { metadata: /^(?:published|posted)$/i.test(dated[1]!) ? { date: isoDate(dated[2]!) } : { reviewDate: isoDate(dated[2]!) }, reason: REASONS.dateLine };
  const byline = BYLINE.exec(text);
  if (byline) return { metadata: { author: byline[1]!.trim() }, reason: REASONS.byline };
  return undefined;
}

/** "March 13, 2016" or "13 March 2016" → "2016-03-13" (UTC, no time-zone drift). */
export function isoDate(text: string): string {
  const parsed = new Date(`${text} UTC`);
  if (Number.isNaN(parsed.getTime())) throw new Error(`not a date: ${text}`);
  return parsed.toISOString().slice(0, 10);
}
