// The schema of content/editor-notes.yaml, shared by the content collection and the file
// reader that the article plugin uses in astro.config (before the collections exist).
import { z } from 'zod';

/** One note beside one claim of one paragraph. */
export const editorNoteEntry = z.object({
  /** A short name for the note, unique in the file, e.g. "regenexx-stem-cells". */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be lower-case words joined by hyphens'),
  /** The article's id: its file name in content/articles/ without .mdx. */
  article: z.string().min(1),
  /** The paragraph's anchor, its "p-…" id on the page. */
  anchor: z.string().regex(/^p-[a-z0-9-]+$/, 'anchor must be a paragraph id such as "p-ever-see-people-in-the-gym"'),
  /** The words of the paragraph the note is about, copied exactly; a quote on a topic page shows the note only if it holds them. */
  claim: z.string().refine((s) => s.trim().split(/\s+/).length >= 3, 'claim: copy at least three words of the paragraph'),
  /** What our references say, every sentence ending with its citation, e.g. "… [@G48]." */
  text: z.string().min(20),
});

/** One entry of content/editor-notes.yaml. */
export type EditorNote = z.infer<typeof editorNoteEntry>;

/** The file, from the project root. */
export const EDITOR_NOTES_FILE = 'content/editor-notes.yaml';
