// Parses an article's MDX body into the Markdown tree the mention index reads, with the same
// native parser (Sätteri) and features that render the article, so both see the same paragraphs.
import type { Root } from 'mdast';
import { mdxToMdast } from 'satteri';
import { ARTICLE_FEATURES } from '../markdown/article-features.ts';

/** The Markdown tree of an MDX body (frontmatter already removed). */
export function parseArticle(body: string): Root {
  return mdxToMdast(body, { features: ARTICLE_FEATURES, position: false }) as Root;
}
