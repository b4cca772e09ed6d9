// Parses an article's MDX body into the Markdown tree the mention index reads.
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const parser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm);

/** The Markdown tree of an MDX body (frontmatter already removed). */
export function parseArticle(body: string): Root {
  return parser.runSync(parser.parse(body)) as Root;
}
