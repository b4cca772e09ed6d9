// The <title> of a page: "Page | Back to Knee", or the page's own title alone when the two
// together would be cut off in search results (over 70 characters).
import { SITE_NAME } from '../../consts.ts';

/** Longest title search engines show in full. */
export const MAX_TITLE = 70;

/** The document title for a page titled `title`. */
export function pageTitle(title: string): string {
  if (title === SITE_NAME) return title;
  const full = `${title} | ${SITE_NAME}`;
  return full.length <= MAX_TITLE ? full : title;
}
