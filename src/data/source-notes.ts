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
