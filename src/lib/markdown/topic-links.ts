// Links the first mention of each topic in an article to the topic's page. Mentions are found
// as the mention index finds them: per paragraph, never inside an existing link or code.
import type { Element, ElementContent, Text } from 'hast';
import { compileMatcher, findTerms, type TermMatch } from '../mentions/term-matcher.ts';
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
  const linkTo = (match: TermMatch, text: string): Element => {
    const topic = byId.get(match.topic)!;
    return {
      type: 'element',
      tagName: 'a',
      properties: { href: `${prefix}${topicPath(topic.kind, topic.id)}`, className: ['topic-link'] },
      children: [{ type: 'text', value: text }],
    };
  };
  return () => {
    const linked = new Set<string>();
    return (block) => {
      const pieces = textPieces(block);
      const text = pieces.map((p) => p.node.value).join('');
      // Each text node's links are gathered first and the node replaced once, so no node is
      // looked up after an earlier replacement may have moved it.
      const byPiece = new Map<Piece, TermMatch[]>();
      for (const match of findTerms(text, matcher)) {
        const piece = pieceAt(pieces, match.start);
        const fits = piece && !piece.linked && match.end <= piece.start + piece.node.value.length;
        if (!fits || linked.has(match.topic)) continue;
        linked.add(match.topic);
        byPiece.set(piece, [...(byPiece.get(piece) ?? []), match]);
      }
      for (const [piece, matches] of byPiece) {
        const value = piece.node.value;
        const replacement: ElementContent[] = [];
        let at = 0;
        for (const match of matches) {
          const from = match.start - piece.start;
          const to = match.end - piece.start;
          if (from > at) replacement.push({ type: 'text', value: value.slice(at, from) });
          replacement.push(linkTo(match, value.slice(from, to)));
          at = to;
        }
        if (at < value.length) replacement.push({ type: 'text', value: value.slice(at) });
        piece.parent.children.splice(piece.parent.children.indexOf(piece.node), 1, ...replacement);
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
