// Reads a source that is YAML frontmatter followed by an HTML fragment.
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import type { Root } from 'mdast';
import { REASONS } from './removal-reasons.ts';
import { sanitizeHtml } from './sanitize-html.ts';
import { readTextField, splitFrontmatter } from './split-frontmatter.ts';
import type { ParsedSource } from './types.ts';
import { GET_A_NEW_COPY, ImportError } from './import-error.ts';
import { toString } from 'mdast-util-to-string';
import { parseFragment, type DefaultTreeAdapterMap } from 'parse5';
import { visit } from 'unist-util-visit';

// A heading or emphasis this long means a closing tag is missing and the rest of the
// article was swallowed into it; publishing that would garble the page.
const MAX_HEADING_WORDS = 25;
const MAX_EMPHASIS_WORDS = 40;
// Inline elements an HTML parser carries on into the following text, and even into the next
// paragraphs, when their closing tag is missing.
const MUST_CLOSE = new Set(['a', 'em', 'strong', 'b', 'i']);

/** Parses frontmatter + HTML into a Markdown tree, with unsafe markup removed and logged. */
export function parseHtmlSource(id: string, file: string, text: string): ParsedSource {
  const { data, body } = splitFrontmatter(file, text);
  // Lines of the frontmatter, so that errors give the line in the file, not in the fragment.
  const offset = text.slice(0, text.length - body.length).split('\n').length - 1;
  const problems: { reason: string; line: number | undefined; column: number | undefined }[] = [];
  const html = fromHtml(body.replace(/\u00A0/g, ' '), {
    fragment: true,
    onerror: (error) => {
      problems.push({ reason: error.reason, line: error.line === undefined ? undefined : error.line + offset, column: error.column });
    },
  });
  if (problems.length > 0) {
    // The parser often reports one fault several times: name the first, once, with its text.
    const first = problems[0]!;
    const others = new Set(problems.map((p) => `${p.line}:${p.column}:${p.reason}`)).size - 1;
    const line = first.line === undefined ? '' : (text.split('\n')[first.line - 1] ?? '');
    const at = Math.max(0, (first.column ?? 1) - 40);
    const snippet = line.slice(at, at + 80).trim();
    throw new ImportError(file, `the HTML is malformed: ${first.reason}${snippet ? ` here: “${snippet}”` : ''}${others > 0 ? ` (and ${others} more)` : ''}`, GET_A_NEW_COPY, first.line, first.column);
  }
  assertClosed(file, body, offset);
  const { tree, removals } = sanitizeHtml(id, html);
  const mdast = toMdast(tree) as Root;
  // Positions count from the fragment; make them count from the top of the file.
  visit(mdast, (node) => {
    if (node.position) node.position = { start: { ...node.position.start, line: node.position.start.line + offset }, end: { ...node.position.end, line: node.position.end.line + offset } };
  });
  assertNoRunaway(file, mdast);
  const title = readTextField(data, 'title');
  // A hosted image is a third-party request on every page view: recorded, never republished.
  const image = readTextField(data, 'image');
  if (image) removals.push({ source: id, text: image, reason: REASONS.frontmatterImage });
  return { id, file, format: 'frontmatter-html', tree: mdast, metadata: { ...(title && { title }) }, removals };
}

function assertNoRunaway(file: string, tree: Root): void {
  const check = (node: Root | Root['children'][number]): void => {
    const limit = node.type === 'heading' ? MAX_HEADING_WORDS : node.type === 'emphasis' || node.type === 'strong' ? MAX_EMPHASIS_WORDS : undefined;
    if (limit !== undefined) {
      const count = toString(node).split(/\s+/).filter(Boolean).length;
      if (count > limit) throw new ImportError(file, `a <${node.type}> runs on for ${count} words; a closing tag is probably missing`, GET_A_NEW_COPY, node.position?.start.line);
    }
    if ('children' in node) for (const child of node.children) check(child as Root['children'][number]);
  };
  check(tree);
}

// An unclosed inline element would take the rest of its paragraph (and more) into a link or
// emphasis. The parser marks it by an element with no end tag in the source.
function assertClosed(file: string, body: string, offset: number): void {
  type Node = DefaultTreeAdapterMap['node'];
  const check = (node: Node): void => {
    if ('tagName' in node && MUST_CLOSE.has(node.tagName) && node.sourceCodeLocation && !node.sourceCodeLocation.endTag) {
      const line = node.sourceCodeLocation.startLine + offset;
      throw new ImportError(file, `the <${node.tagName}> opened here is not closed, so the rest of the text would run into it`, GET_A_NEW_COPY, line);
    }
    if ('childNodes' in node) for (const child of node.childNodes) check(child);
  };
  check(parseFragment(body, { sourceCodeLocationInfo: true }));
}
