// Links the first mention of each topic in an article to the topic's page. Mentions are found
// as the mention index finds them: per paragraph, never inside an existing link or code.
import type { Element, ElementContent, Text } from 'hast';
import { compileMatcher, findTerms } from '../mentions/term-matcher.ts';
import type { TopicLinkTarget } from '../topics/read-topic-files.ts';
import { topicPath } from '../topics/topic-kinds.ts';

/** Options: the topics to link and the site's base path. */
export interface TopicLinkOptions {
  topics: readonly TopicLinkTarget[];
  base: string;
}

interface Piece {
  node: Text;
  parent: Element;
  start: number;
  linked: boolean;
}

/**
 * Compiles the topics once; returns a factory of per-article linkers. A linker takes the
 * article's blocks in order and wraps, in place, each topic's first mention in a link.
 */
export function topicLinker({ topics, base }: TopicLinkOptions): () => (block: Element) => void {
  const matcher = compileMatcher(topics.map((t) => ({ id: t.id, terms: [t.title, ...t.aliases] })));
  const byId = new Map(topics.map((t) => [t.id, t]));
  const prefix = base.replace(/\/$/, '');
  return () => {
    const linked = new Set<string>();
    return (block) => {
      const pieces = textPieces(block);
      const text = pieces.map((p) => p.node.value).join('');
      const wanted = findTerms(text, matcher).filter((m) => {
        const piece = pieceAt(pieces, m.start);
        const fits = piece && !piece.linked && m.end <= piece.start + piece.node.value.length;
        if (!fits || linked.has(m.topic)) return false;
        linked.add(m.topic);
        return true;
      });
      // Later matches first, so splitting a text node does not move earlier offsets.
      for (const match of wanted.reverse()) {
        const piece = pieceAt(pieces, match.start)!;
        const topic = byId.get(match.topic)!;
        const from = match.start - piece.start;
        const to = match.end - piece.start;
        const link: Element = {
          type: 'element',
          tagName: 'a',
          properties: { href: `${prefix}${topicPath(topic.kind, topic.id)}`, className: ['topic-link'] },
          children: [{ type: 'text', value: piece.node.value.slice(from, to) }],
        };
        const before: Text = { type: 'text', value: piece.node.value.slice(0, from) };
        const after: Text = { type: 'text', value: piece.node.value.slice(to) };
        const replacement: ElementContent[] = [before, link, after].filter((n) => n.type !== 'text' || n.value !== '');
        const at = piece.parent.children.indexOf(piece.node);
        piece.parent.children.splice(at, 1, ...replacement);
      }
    };
  };
}

// Text nodes of a block in order, each with its offset and whether it sits in a link or code.
function textPieces(block: Element): Piece[] {
  const pieces: Piece[] = [];
  let offset = 0;
  const walk = (node: Element, inLink: boolean) => {
    for (const child of node.children) {
      if (child.type === 'text') {
        pieces.push({ node: child, parent: node, start: offset, linked: inLink });
        offset += child.value.length;
      } else if (child.type === 'element') {
        walk(child, inLink || ['a', 'code'].includes(child.tagName));
      }
    }
  };
  walk(block, false);
  return pieces;
}

function pieceAt(pieces: readonly Piece[], offset: number): Piece | undefined {
  return pieces.findLast((p) => p.start <= offset);
}
