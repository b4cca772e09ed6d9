// What a reader should know about each source, in plain words, shown on /sources/. (The import
// manifest's notes describe the raw files for our editors; they stay in content/sources/.)

/** Reader notes by source id; every source in content/sources/sources.yaml must have one. */
export const SOURCE_NOTES: Record<string, string> = {
  'verywell-hidden-link': 'A damaged copy of the Verywell Health article below. We used it only to repair and complete that article.',
  'verywell-back-disorders': 'A consumer health article from Verywell Health, edited by a physiotherapist (physical therapist).',
  'signs-to-look-for': 'An article whose copy names no publisher, author or date, so we cannot say who wrote it or when.',
  'regenexx-three-signs': 'A blog post by a clinic that sells its own treatments. Some of its claims, for example about bunions and stem cells, are its own view and are not backed by our other sources.',
  'ultimate-guide': 'A blog post by a clinic whose copy does not name the clinic, the author or a date.',
};

/** The reader note of a source; throws naming the id when it has none. */
export function sourceNote(id: string): string {
  const note = SOURCE_NOTES[id];
  if (!note) throw new Error(`src/data/source-notes.ts: no reader note for source "${id}"`);
  return note;
}

// The import report's removal reasons, as a reader would put them.
const REMOVAL_WORDS: Record<string, string> = {
  'after the attribution line: site footer, not the article': 'The website’s footer, which is not part of the article',
  'refers to a video that is not part of the article': 'A mention of a video we do not have',
  'site chrome: call-to-action with a phone number': 'An advert with a phone number',
  'image credit': 'Picture credits (we do not show the pictures)',
  'empty element': 'Empty space left by the web page’s layout',
  'attribution line (moved to metadata)': 'The “edited by” line, which we show above the article instead',
  'image in the frontmatter (not republished)': 'A picture we do not republish',
  'executable or embedded markup (<script>)': 'Hidden code from the web page, such as tracking scripts',
  'site chrome: skip link': 'A link for skipping the web page’s menu',
  'image caption': 'Picture captions (we do not show the pictures)',
};

/** A removal reason in plain words (the report's own words when we have none). */
export function removalInPlainWords(reason: string): string {
  return REMOVAL_WORDS[reason] ?? reason;
}
