// Renders an article's MDX body to HTML: parsed by Sätteri's native MDX parser, then every
// paragraph gets its stable id, each topic's first mention links to the topic's page, and
// section headings get ids and a "#" link. Articles are plain Markdown written as MDX, so any
// JSX, expression or import in one is an error rather than something to run.
import type { Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';
import { mdxToHast } from 'satteri';
import { visit } from 'unist-util-visit';
import { addEditorNotes } from '../articles/editor-notes-hast.ts';
import type { PreparedNote } from '../articles/editor-notes.ts';
import { anchorNamer } from '../mentions/block-anchor.ts';
import { isBlock } from './hast-blocks.ts';
import { ANCHORED_HEADINGS, headingWithAnchor } from './heading-anchor.ts';
import { topicLinker, type TopicLinkOptions } from './topic-links.ts';

/** A heading of the article, for its table of contents (the shape Astro's render() gives). */
export interface ArticleHeading {
  depth: number;
  slug: string;
  text: string;
}

/** Markdown features the articles use; the mention index parses with the same ones. */
export const ARTICLE_FEATURES = { gfm: true, smartPunctuation: false };

const MDX_ONLY = new Set(['mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);
const HEADING = /^h([1-6])$/;

/** Compiles the topics once; returns a renderer of article bodies (with our editors' notes beside their paragraphs). */
export function articleRenderer(options: TopicLinkOptions): (body: string, notes?: readonly PreparedNote[]) => { html: string; headings: ArticleHeading[] } {
  const newLinker = topicLinker(options);
  return (body, notes = []) => {
    const tree = mdxToHast(body, { features: ARTICLE_FEATURES, position: false }) as Root;
    const name = anchorNamer();
    const link = newLinker();
    const slugger = new GithubSlugger();
    const headings: ArticleHeading[] = [];
    visit(tree, (node: Root | RootContent) => {
      if (MDX_ONLY.has(node.type)) throw new Error(`articles are Markdown only, but this one has MDX code (${node.type}); write it as text`);
    });
    visit(tree, 'element', (node, index, parent) => {
      const depth = HEADING.exec(node.tagName)?.[1];
      if (depth) {
        const text = toString(node);
        const slug = typeof node.properties.id === 'string' ? node.properties.id : slugger.slug(text);
        node.properties.id = slug;
        headings.push({ depth: Number(depth), slug, text });
        if (ANCHORED_HEADINGS.has(node.tagName) && parent && index !== undefined) {
          parent.children.splice(index, 1, headingWithAnchor(node, slug, text));
          return 'skip';
        }
        return;
      }
      if (!isBlock(node)) return;
      node.properties.id ??= name(toString(node));
      link(node);
      return 'skip';
    });
    addEditorNotes(tree, notes);
    return { html: toHtml(tree), headings };
  };
}
