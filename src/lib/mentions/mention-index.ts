// The mention index: every mention of every topic in every article, at paragraph level.
// Built once from the articles' Markdown; topic pages, article pages and the cross-linking
// plugin all read from it.
import type { Root } from 'mdast';
import { articleBlocks } from './article-blocks.ts';
import { splitSentences } from './sentences.ts';
import { findTerms, type TermMatcher } from './term-matcher.ts';

/** One sentence of an article that mentions a topic, with the mentioned words marked. */
export interface Mention {
  topic: string;
  article: string;
  /** Anchor of the paragraph the sentence is in. */
  anchor: string;
  sentence: string;
  /** [start, end) of each mention inside the sentence. */
  marks: [number, number][];
}

/** Mentions by topic and by article. */
export interface MentionIndex {
  /** topic id → article id → mentions, in article order. */
  byTopic: Map<string, Map<string, Mention[]>>;
  /** article id → topic ids in order of first mention. */
  byArticle: Map<string, string[]>;
}

/** Builds the index over the given articles (each with its id and Markdown tree). */
export function buildMentionIndex(articles: readonly { id: string; tree: Root }[], matcher: TermMatcher): MentionIndex {
  const byTopic = new Map<string, Map<string, Mention[]>>();
  const byArticle = new Map<string, string[]>();
  for (const article of articles) {
    const order: string[] = [];
    for (const block of articleBlocks(article.tree)) {
      const sentences = splitSentences(block.text);
      const found = findTerms(block.text, matcher).filter((m) => !block.excluded.some(([a, b]) => m.start < b && m.end > a));
      for (const match of found) {
        if (!order.includes(match.topic)) order.push(match.topic);
        const sentence = sentences.find((s) => match.start >= s.start && match.start < s.end)!;
        const perArticle = byTopic.get(match.topic) ?? new Map<string, Mention[]>();
        byTopic.set(match.topic, perArticle);
        const list = perArticle.get(article.id) ?? [];
        perArticle.set(article.id, list);
        const mark: [number, number] = [match.start - sentence.start, Math.min(match.end, sentence.end) - sentence.start];
        const last = list.at(-1);
        if (last && last.anchor === block.anchor && last.sentence === sentence.text) last.marks.push(mark);
        else list.push({ topic: match.topic, article: article.id, anchor: block.anchor, sentence: sentence.text, marks: [mark] });
      }
    }
    byArticle.set(article.id, order);
  }
  return { byTopic, byArticle };
}
