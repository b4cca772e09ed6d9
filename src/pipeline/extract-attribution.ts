// Step 2a: turns attribution lines ("Edited by … on …", "“…” first appeared on …") into
// metadata and drops them, with whatever trails them (a site footer), from the body.
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { FoundMetadata, Removal } from './types.ts';

const EDITED = /^edited by (.+?) on ([A-Z][a-z]+ \d{1,2}, \d{4})\.?$/i;
const WRITTEN = /^(?:written|reviewed) by (.+?)(?: on ([A-Z][a-z]+ \d{1,2}, \d{4}))?\.?$/i;
const FIRST_APPEARED = /^[“"](.+?)[”"] first appeared (?:as a post )?on (?:the )?(.+?)(?: blog| website)?\.?$/i;

/** Reads attribution lines at the top level of the tree; returns the metadata and removals. */
export function extractAttribution(source: string, tree: Root): { metadata: FoundMetadata; removals: Removal[] } {
  const metadata: FoundMetadata = {};
  const removals: Removal[] = [];
  const attributions = new Set<number>();
  tree.children.forEach((node, index) => {
    if (node.type !== 'paragraph') return;
    const text = toString(node).trim();
    const edited = EDITED.exec(text);
    const written = WRITTEN.exec(text);
    const appeared = FIRST_APPEARED.exec(text);
    if (edited) Object.assign(metadata, { editor: edited[1]!.trim(), date: isoDate(edited[2]!) });
    else if (written) Object.assign(metadata, { author: written[1]!.trim(), ...(written[2] && { date: isoDate(written[2]) }) });
    else if (appeared) Object.assign(metadata, { title: appeared[1]!.trim(), publisher: appeared[2]!.trim() });
    else return;
    removals.push({ source, text, reason: 'attribution line (moved to metadata)' });
    attributions.add(index);
  });
  const last = Math.max(-1, ...attributions);
  tree.children = tree.children.filter((node, index) => {
    if (attributions.has(index)) return false;
    if (last < 0 || index < last) return true;
    removals.push({ source, text: toString(node).trim(), reason: 'after the attribution line: site footer, not the article' });
    return false;
  });
  return { metadata, removals };
}

/** "March 13, 2016" → "2016-03-13" (UTC, no time-zone drift). */
export function isoDate(text: string): string {
  const parsed = new Date(`${text} UTC`);
  if (Number.isNaN(parsed.getTime())) throw new Error(`not a date: ${text}`);
  return parsed.toISOString().slice(0, 10);
}
