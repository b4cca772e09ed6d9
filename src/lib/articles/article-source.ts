// An article's MDX body read from its file, for the mention index, which parses it to find
// topic mentions. (Pages render articles through @astrojs/mdx; the content store keeps no bodies.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { splitFrontmatter } from '../content/frontmatter.ts';
import type { Article } from './articles.ts';

/** The MDX body of an article: its file without the frontmatter. */
export function articleSource(article: Article): string {
  const filePath = article.filePath!;
  return splitFrontmatter(readFileSync(resolve(filePath), 'utf8'), filePath).body;
}
