// Reads a source that is YAML frontmatter followed by an HTML fragment.
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { Root } from 'mdast';
import { sanitizeHtml } from './sanitize-html.ts';
import { readTextField, splitFrontmatter } from './split-frontmatter.ts';
import type { ParsedSource } from './types.ts';

/** Parses frontmatter + HTML into a Markdown tree, with unsafe markup removed and logged. */
export function parseHtmlSource(id: string, file: string, text: string): ParsedSource {
  const { data, body } = splitFrontmatter(file, text);
  const html = fromHtml(body.replace(/\u00A0/g, ' '), { fragment: true });
  const { tree, removals } = sanitizeHtml(id, html);
  const mdast = toMdast(tree) as Root;
  const title = readTextField(data, 'title');
  const image = readTextField(data, 'image');
  return {
    id,
    file,
    format: 'frontmatter-html',
    tree: mdast,
    metadata: { ...(title && { title }), ...(image && { image }) },
    removals,
  };
}
