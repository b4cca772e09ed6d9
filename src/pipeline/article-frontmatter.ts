// The frontmatter schema of an imported article: the build checks it (src/content.config.ts)
// and so does the import, before it writes anything, so an import that succeeds always builds.
import { z } from 'zod';

const isoDate = z.coerce.date();

/** Fields of content/articles/*.mdx; only `description` and `reviewed` are hand-edited. */
export const articleFrontmatterSchema = z.object({
  /** Headline in sentence case, as shown in the page's h1 and <title>. */
  title: z.string().min(5).max(120),
  /** Plain summary for search engines and listings; under 160 characters. */
  description: z.string().min(20).max(159, 'description must be under 160 characters'),
  /** Ids from content/sources/sources.yaml merged into this article; the first gave the body. */
  sources: z.array(z.string()).min(1),
  /** Who published the source, or null when the copy does not say. */
  publisher: z.string().nullable(),
  /** The source's author, or null when not named. */
  author: z.string().nullable(),
  /** The source's editor (for example a clinician who edited it), or null. */
  editor: z.string().nullable(),
  /** The source's own date (published or last edited), or null when unknown. */
  published: isoDate.nullable(),
  /** When our team last reviewed this article against its sources. */
  reviewed: isoDate,
  /** Slugs of merged copies; each gets a redirect page to this article. */
  redirectFrom: z.array(z.string()).default([]),
});
