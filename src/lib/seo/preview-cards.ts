// Every link-preview card the site has: one for the site, one per tool, article and topic.
// Read straight from the content files because the cards are drawn beside the build, before
// the content collections exist; pages point at the same paths (see previewPath) and the
// built-site checks confirm that every og:image exists.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_NAME } from '../../consts.ts';
import { readFrontmatter } from '../content/frontmatter.ts';
import { readTopicFiles } from '../topics/read-topic-files.ts';
import { KIND_PATH, KIND_SINGULAR } from '../topics/topic-kinds.ts';

/** One preview card: where it is written under /og/, and what it shows. */
export interface PreviewCard {
  /** Path under /og/ without ".png", e.g. "articles/<slug>". */
  path: string;
  /** The kind label on the card ("Article", "Nerve", "Tool"). */
  kind: string;
  title: string;
}

/** The site path of a card's image. */
export function previewPath(card: Pick<PreviewCard, 'path'>): string {
  return `/og/${card.path}.png`;
}

/** Cards of the tools (their titles match the tool pages' headings). */
export const TOOL_CARDS: readonly PreviewCard[] = [
  { path: 'tools/sign-checklist', kind: 'Tool', title: 'Sign checklist: could my knee pain be coming from my back?' },
  { path: 'tools/nerve-map', kind: 'Tool', title: 'Nerve map: which nerves reach the knee?' },
];

/** Every card of the site whose content lives in `contentDir`. */
export function previewCards(contentDir: string): PreviewCard[] {
  const articlesDir = join(contentDir, 'articles');
  const articles = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const { title } = readFrontmatter(join(articlesDir, file));
      if (typeof title !== 'string') throw new Error(`${join(articlesDir, file)}: no title in the frontmatter`);
      return { path: `articles/${file.replace(/\.mdx$/, '')}`, kind: 'Article', title };
    });
  const topics = readTopicFiles(join(contentDir, 'topics')).map((t) => ({ path: `${KIND_PATH[t.kind]}/${t.id}`, kind: KIND_SINGULAR[t.kind], title: t.title }));
  return [{ path: 'site', kind: 'Guide', title: SITE_NAME }, ...TOOL_CARDS, ...articles, ...topics];
}
