// Reads a source that is YAML frontmatter followed by an HTML fragment.
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { Root } from 'mdast';
import { sanitizeHtml } from './sanitize-html.ts';
import { readTextField, splitFrontmatter } from './split-frontmatter.ts';
import type { ParsedSource } from './types.ts';
import { ImportError } from './import-error.ts';
import { toString } from 'mdast-util-to-string';

// A heading or emphasis this long means a closing tag is missing and the rest of the
// article was swallowed into it; publishing that would garble the page.
const MAX_HEADING_WORDS = 25;
const MAX_EMPHASIS_WORDS = 40;

/** Parses frontmatter + HTML into a Markdown tree, with unsafe markup removed and logged. */
export function parseHtmlSource(id: string, file: string, text: string): ParsedSource {
  const { data, body } = splitFrontmatter(file, text);
  const problems: string[] = [];
  const html = fromHtml(body.replace(/\u00A0/g, ' '), {
    fragment: true,
    onerror: (error) => {
      problems.push(`${error.reason} at line ${error.line ?? '?'}:${error.column ?? '?'}`);
    },
  });
  if (problems.length > 0) throw new ImportError(file, `the HTML is malformed: ${problems.slice(0, 3).join('; ')}`);
  const { tree, removals } = sanitizeHtml(id, html);
  const mdast = toMdast(tree) as Root;
  assertNoRunaway(file, mdast);
  const title = readTextField(data, 'title');
  // A hosted image is a third-party request on every page view: recorded, never republished.
  const image = readTextField(data, 'image');
  if (image) removals.push({ source: id, text: image, reason: 'image in the frontmatter (not republished)' });
  return { id, file, format: 'frontmatter-html', tree: mdast, metadata: { ...(title && { title }) }, removals };
}

function assertNoRunaway(file: string, tree: Root): void {
  const check = (node: Root | Root['children'][number]): void => {
    const limit = node.type === 'heading' ? MAX_HEADING_WORDS : node.type === 'emphasis' || node.type === 'strong' ? MAX_EMPHASIS_WORDS : undefined;
    if (limit !== undefined) {
      const count = toString(node).split(/\s+/).filter(Boolean).length;
      if (count > limit) throw new ImportError(file, `a <${node.type}> runs on for ${count} words; a closing tag is probably missing`);
    }
    if ('children' in node) for (const child of node.children) check(child as Root['children'][number]);
  };
  check(tree);
}
