// The longest query search takes: longer text (a pasted page, a crafted link) is cut here, so the
// address, the status line a screen reader reads and the index call all stay short.

/** Characters of a query searched; the rest is dropped, with a note. */
export const MAX_QUERY_LENGTH = 200;

/** The note shown when a query was cut to MAX_QUERY_LENGTH. */
export const QUERY_CUT_NOTE = `Only the first ${MAX_QUERY_LENGTH} characters are searched.`;

/** A query cut to MAX_QUERY_LENGTH characters (never inside a surrogate pair), and whether it was. */
export function boundQuery(query: string): { query: string; cut: boolean } {
  const chars = [...query];
  if (chars.length <= MAX_QUERY_LENGTH) return { query, cut: false };
  return { query: chars.slice(0, MAX_QUERY_LENGTH).join(''), cut: true };
}
