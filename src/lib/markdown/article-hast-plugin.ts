// The article transform (src/lib/markdown/article-transform.ts) as a Sätteri hast plugin for
// @astrojs/mdx, plus the reading time, which the page reads from the render result's
// `remarkPluginFrontmatter` (the body itself is not kept in the content store).
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HastPluginEntry } from 'satteri';
import { addEditorNotes } from '../articles/editor-notes-hast.ts';
import type { PreparedNote } from '../articles/editor-notes.ts';
import { readingMinutes } from '../articles/reading-time.ts';
import { articleTransform } from './article-transform.ts';
import { plainHast } from './plain-hast.ts';
import type { TopicLinkOptions } from './topic-links.ts';

/** What the plugin needs: the topics to link, and our editors' notes by article id. */
export interface ArticlePluginOptions extends TopicLinkOptions {
  notes?: (articleId: string) => readonly PreparedNote[];
}

/** The plugin; topics are compiled once, per-article state is made per compile. */
export function articleHastPlugin(options: ArticlePluginOptions): HastPluginEntry {
  const transform = articleTransform(options);
  return {
    name: 'back-to-knee:article',
    after(root, ctx) {
      const tree: Root = plainHast(root as Root);
      const astro = (ctx.data as { astro?: { frontmatter: Record<string, unknown> } }).astro;
      if (astro) astro.frontmatter.readingMinutes = readingMinutes(toString(tree));
      transform(tree);
      // Our editors' notes go beside their paragraphs, once the paragraphs have their ids.
      if (ctx.fileURL && options.notes) addEditorNotes(tree, options.notes(basename(fileURLToPath(ctx.fileURL), '.mdx')));
      ctx.replaceNode(root, tree as never);
    },
  };
}
