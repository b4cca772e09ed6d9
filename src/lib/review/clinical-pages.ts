// Which pages are clinical, and so carry a review line: every page except lists, site
// information, search and errors. A new kind of page is clinical unless it is listed here.
import { KIND_PATH } from '../topics/topic-kinds.ts';

/** Site paths (without the base path) of pages that are not about anyone's symptoms. */
const NOT_CLINICAL: readonly RegExp[] = [
  /^\/articles\/(page\/\d+\/)?$/, // the article index
  new RegExp(`^/(topics|${Object.values(KIND_PATH).join('|')})/$`), // topic indexes
  /^\/(about|sources|search)\/$/,
  /^\/404(\.html|\/)?$/,
];

/** Whether the page at this site path is clinical (needs a clinician's sign-off). */
export function isClinicalPath(path: string): boolean {
  return !NOT_CLINICAL.some((re) => re.test(path));
}
