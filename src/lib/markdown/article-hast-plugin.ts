// The article transform (src/lib/markdown/article-transform.ts) as a Sätteri hast plugin for
// @astrojs/mdx, plus the reading time, which the page reads from the render result's
// `remarkPluginFrontmatter` (the body itself is not kept in the content store).
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { HastPluginEntry } from 'satteri';
import { readingMinutes } from '../articles/reading-time.ts';
import { articleTransform } from './article-transform.ts';
import { plainHast } from './plain-hast.ts';
import type { TopicLinkOptions } from './topic-links.ts';

/** The plugin; topics are compiled once, per-article state is made per compile. */
export function articleHastPlugin(options: TopicLinkOptions): HastPluginEntry {
  const transform = articleTransform(options);
  return {
    name: 'back-to-knee:article',
    after(root, ctx) {
      const tree: Root = plainHast(root as Root);
      const astro = (ctx.data as { astro?: { frontmatter: Record<string, unknown> } }).astro;
      if (astro) astro.frontmatter.readingMinutes = readingMinutes(toString(tree));
      transform(tree);
      ctx.replaceNode(root, tree as never);
    },
  };
}
