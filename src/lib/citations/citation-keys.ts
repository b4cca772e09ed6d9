// Citations in our own texts are written Pandoc-style: [@S32] for a reference,
// [@signs-to-look-for#p-spinal-stenosis-is-a-condition-where] for the paragraph of an article
// (the id of its source, then the paragraph's anchor), several at once as [@S6; @S3].

/** Matches one citation group; group 1 holds its keys. */
export const CITATION = /\[@([A-Za-z0-9-]+(?:#p-[a-z0-9-]+)?(?:\s*;\s*@[A-Za-z0-9-]+(?:#p-[a-z0-9-]+)?)*)\]/g;

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

/** A key's source id and paragraph anchor ("guide#p-x" → { source: "guide", anchor: "p-x" }). */
export function parseKey(key: string): { source: string; anchor?: string } {
  const [source, anchor] = key.split('#');
  return anchor ? { source: source!, anchor } : { source: source! };
}

/** Text without its citation groups (and the space before each), as a reader hears it. */
export function withoutCitations(text: string): string {
  return text.replace(new RegExp(`\\s*${CITATION.source}`, 'g'), '');
}
