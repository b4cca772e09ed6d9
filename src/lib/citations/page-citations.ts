// The numbered sources of a topic page. The body's citations are numbered first, in the order
// the Markdown plugin numbers them; the summary's and the facts box's citations follow, so one
// list under "Sources for this page" serves every superscript on the page.
import { citationKeys } from './citation-keys.ts';

/** Every key cited on a page, in numbering order (body first, then each extra group). */
export function pageCitationKeys(body: string, extra: readonly (readonly string[])[]): string[] {
  const keys = citationKeys(body);
  for (const key of extra.flat()) if (!keys.includes(key)) keys.push(key);
  return keys;
}
