// A handout link carries page ids and nothing else: `/handout/?pages=conditions/meniscus-tear,signs/numbness-or-tingling`.
// Reading is defensive: an address may be edited, truncated or hostile. Only ids of real pages
// are kept, each once, at most MAX_PAGES; what was dropped is counted, never shown, so a crafted
// link cannot put its words on our site.

/** The most pages one handout holds (two A4 sheets). */
export const MAX_PAGES = 6;
/** The query parameter. */
export const PAGES_PARAM = 'pages';

// "kind/slug": a kind's folder, then lower-case letters, digits and hyphens.
const PAGE_ID = /^(nerves|conditions|signs|treatments)\/[a-z0-9-]{1,60}$/;
// At most this many characters, and this many values, are read: a huge address costs nothing.
const MAX_READ = 20_000;
const MAX_VALUES = 50;

/** What a link asks for. */
export interface ReadHandout {
  /** Known page ids, in the link's order, each once. */
  ids: string[];
  /** How many values were not ids of our pages (mistyped, moved, or made up). */
  notFound: number;
  /** How many known pages came after the first MAX_PAGES. */
  overLimit: number;
  /** Whether the link named any pages at all. */
  asked: boolean;
}

/** Reads the page ids of a query string against the ids that exist. */
export function readHandoutLink(search: string, known: ReadonlySet<string>): ReadHandout {
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search.slice(0, MAX_READ * 3));
  } catch {
    params = new URLSearchParams();
  }
  const values = params.getAll(PAGES_PARAM);
  const ids: string[] = [];
  let notFound = 0;
  let overLimit = 0;
  for (const part of values.flatMap((raw) => raw.slice(0, MAX_READ).split(',')).slice(0, MAX_VALUES)) {
    // Ids are lower case; a link retyped by hand ("Conditions/Meniscus-Tear") still finds its page.
    const id = part.trim().toLowerCase();
    if (!id) continue;
    if (!PAGE_ID.test(id) || !known.has(id)) notFound++;
    else if (ids.includes(id)) continue;
    else if (ids.length === MAX_PAGES) overLimit++;
    else ids.push(id);
  }
  return { ids, notFound, overLimit, asked: values.length > 0 };
}

/** The query string of a handout ("?pages=a,b"); ids are URL-safe as they are. */
export function handoutQuery(ids: readonly string[]): string {
  return ids.length > 0 ? `?${PAGES_PARAM}=${ids.join(',')}` : '';
}
