// Citations in our own texts are written Pandoc-style: [@S32] for a reference, [@signs-to-look-for]
// for an article (by the id of its source), several at once as [@S6; @S3].

/** Matches one citation group; group 1 holds its keys. */
export const CITATION = /\[@([A-Za-z0-9-]+(?:\s*;\s*@[A-Za-z0-9-]+)*)\]/g;

/** The keys of one citation group's inner text ("S6; @S3" → ["S6", "S3"]). */
export function splitKeys(inner: string): string[] {
  return inner.split(';').map((k) => k.trim().replace(/^@/, ''));
}

/** Every cited key of a text, once each, in order of first citation (this is the numbering). */
export function citationKeys(text: string): string[] {
  const keys: string[] = [];
  for (const match of text.matchAll(CITATION)) {
    for (const key of splitKeys(match[1]!)) if (!keys.includes(key)) keys.push(key);
  }
  return keys;
}
