// Sätteri hast plugin for the articles (.mdx, rendered by Astro's native Sätteri processor):
// gives every paragraph a stable id, links each topic's first mention to its page, and puts
// a "#" link after section headings.
//
// Why Sätteri and not unified here: parsing is native, about twenty times faster than
// micromark, and articles are the part of the site that grows; topics stay on unified.
import type { Element, ElementContent } from 'hast';
import GithubSlugger from 'github-slugger';
import type { HastPluginInput, HastVisitorContext } from 'satteri';
import { anchorNamer } from '../mentions/block-anchor.ts';
import { isBlock } from './hast-blocks.ts';
import { ANCHORED_HEADINGS, headingWithAnchor } from './heading-anchor.ts';
import { topicLinker, type TopicLinkOptions } from './topic-links.ts';

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** The plugin, with the topics compiled once and fresh per-article state. */
export function satteriArticleBlocks(options: TopicLinkOptions): HastPluginInput {
  const newLinker = topicLinker(options);
  return () => {
    const name = anchorNamer();
    const link = newLinker();
    // Astro's own heading-id step runs after this one and keeps ids already set; setting them
    // here (with the same slugger) lets the anchor link point at the heading's id.
    const slugger = new GithubSlugger();
    return {
      name: 'article-blocks',
      element: {
        filter: ['p', 'li', ...HEADINGS],
        visit(node: Readonly<Element>, ctx: HastVisitorContext) {
          if (HEADINGS.includes(node.tagName)) return heading(node, ctx, slugger);
          if (!isBlock(node)) return;
          // The visitor's node is read-only; edit a copy and put it in its place.
          const block = plainCopy(node);
          block.properties.id ??= name(ctx.textContent(node));
          link(block);
          ctx.replaceNode(node, block as never);
        },
      },
    };
  };
}

function heading(node: Readonly<Element>, ctx: HastVisitorContext, slugger: GithubSlugger): void {
  const text = ctx.textContent(node);
  const id = typeof node.properties.id === 'string' ? node.properties.id : slugger.slug(text);
  const withId = { ...plainCopy(node), properties: { ...node.properties, id } };
  ctx.replaceNode(node, (ANCHORED_HEADINGS.has(node.tagName) ? headingWithAnchor(withId, id, text) : withId) as never);
}

// A plain, editable copy of a visitor's node (Sätteri's nodes carry internal handles that
// cannot be cloned or written to).
function plainCopy(node: Readonly<Element>): Element {
  return { type: 'element', tagName: node.tagName, properties: { ...node.properties }, children: node.children.map(plainChild) };
}

function plainChild(node: ElementContent): ElementContent {
  if (node.type === 'element') return plainCopy(node);
  if (node.type === 'text' || node.type === 'comment') return { type: node.type, value: node.value };
  return { ...node };
}
