// What the site does to an article's HTML tree, on a plain hast tree: every paragraph gets its
// stable id, each topic's first mention links to the topic's page, and section headings get
// ids and a "#" link. Nothing here adds, drops or changes a word of the article's own text;
// test/unit/markdown/article-fidelity.test.ts checks that on many generated bodies.
import type { Element, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import GithubSlugger from 'github-slugger';
import { anchorNamer } from '../mentions/block-anchor.ts';
import { isBlock } from './hast-blocks.ts';
import { ANCHORED_HEADINGS, headingWithAnchor } from './heading-anchor.ts';
import { topicLinker, type TopicLinkOptions } from './topic-links.ts';

const HEADING = /^h[1-6]$/;

/** Compiles the topics once; returns a transform to run on each article's tree, in place. */
export function articleTransform(options: TopicLinkOptions): (tree: Root) => void {
  const newLinker = topicLinker(options);
  return (tree) => {
    const name = anchorNamer();
    const link = newLinker();
    const slugger = new GithubSlugger();
    const walk = (parent: Root | Element) => {
      parent.children.forEach((node: RootContent, index) => {
        if (node.type !== 'element') return;
        if (HEADING.test(node.tagName)) {
          const text = toString(node);
          const slug = typeof node.properties.id === 'string' ? node.properties.id : slugger.slug(text);
          node.properties.id = slug;
          if (ANCHORED_HEADINGS.has(node.tagName)) parent.children[index] = headingWithAnchor(node, slug, text);
          return;
        }
        if (isBlock(node)) {
          node.properties.id ??= name(toString(node));
          link(node);
          return;
        }
        walk(node);
      });
    };
    walk(tree);
  };
}
