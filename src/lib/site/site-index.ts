// Everything the pages need to cross-link articles and topics, built once per build: the
// collections, the mention index over all articles, and the topic checks (a failed check
// stops the build with every problem listed).
import { getCollection, type CollectionEntry } from 'astro:content';
import { REFERENCES } from '../../data/references.ts';
import { articleSource } from '../articles/article-source.ts';
import { getArticles, type Article } from '../articles/articles.ts';
import { editorNoteProblems, editorNotesFromFiles, type PreparedNote } from '../articles/editor-notes.ts';
import { articleBlocks } from '../mentions/article-blocks.ts';
import { buildMentionIndex, type MentionIndex } from '../mentions/mention-index.ts';
import { parseArticle } from '../mentions/parse-article.ts';
import { compileMatcher, findTerms } from '../mentions/term-matcher.ts';
import { relatedArticlesOf, type RelatedArticle } from '../topics/related-articles.ts';
import { isReferencePage } from '../topics/reference-pages.ts';
import { topicTerms } from '../topics/topic-terms.ts';
import { topicProblems } from '../topics/validate-topics.ts';

/** One topic entry of the content collection. */
export type Topic = CollectionEntry<'topics'>;

/** The cross-linked site. */
export interface SiteIndex {
  articles: Article[];
  articleById: Map<string, Article>;
  topics: Topic[];
  topicById: Map<string, Topic>;
  mentions: MentionIndex;
  /** An article's paragraphs (anchor → text), by any of its source ids. */
  paragraphsBySource: Map<string, Map<string, string>>;
  /** The few articles sharing the most topics with an article. */
  relatedArticles: (articleId: string) => RelatedArticle[];
  /** Our editors' notes on an article's paragraphs, citations resolved. */
  editorNotes: (articleId: string) => PreparedNote[];
}

let cached: Promise<SiteIndex> | undefined;

/** The site index (built on first use). */
export function getSiteIndex(): Promise<SiteIndex> {
  cached ??= build();
  return cached;
}

async function build(): Promise<SiteIndex> {
  const articles = await getArticles();
  const topics = (await getCollection('topics')).sort((a, b) => a.data.title.localeCompare(b.data.title));
  // Reference pages are written from shared/reference alone: the articles' words are not matched to them.
  const matcher = compileMatcher(topics.filter((t) => !isReferencePage(t)).map(topicTerms));
  const parsed = articles.map((a) => ({ id: a.id, tree: parseArticle(articleSource(a)) }));
  const mentions = buildMentionIndex(parsed, matcher);
  const citable = new Set([...articles.flatMap((a) => a.data.sources), ...REFERENCES.map((r) => r.id)]);
  const paragraphsBySource = new Map<string, Map<string, string>>();
  parsed.forEach(({ tree }, i) => {
    const paragraphs = new Map(articleBlocks(tree).map((b) => [b.anchor, b.text]));
    for (const source of articles[i]!.data.sources) paragraphsBySource.set(source, paragraphs);
  });
  const referenceIds = new Set(REFERENCES.map((r) => r.id));
  const claims = new Map((await getCollection('referenceClaims')).map((e) => [e.data.id, e.data]));
  const voice = { isReference: (key: string) => referenceIds.has(key), claimsOf: (key: string) => claims.get(key)?.claims, replacedBy: (key: string) => claims.get(key)?.replacedBy };
  const problems = topicProblems(
    topics.map((t) => ({ id: t.id, title: t.data.title, aliases: t.data.aliases, related: t.data.related, summary: t.data.summary, summaryCites: t.data.summaryCites, body: t.body ?? '', fromReferences: isReferencePage(t) })),
    new Set(mentions.byTopic.keys()),
    {
      isReference: (key) => referenceIds.has(key),
      paragraphsOf: (source) => paragraphsBySource.get(source),
      topicsIn: (text) => new Set(findTerms(text, matcher).map((m) => m.topic)),
      voice,
    },
  );
  if (problems.length > 0) throw new Error(`The topics have ${problems.length} problem(s):\n  ${problems.join('\n  ')}`);
  const notes = (await getCollection('editorNotes')).map((e) => e.data);
  const paragraphsByArticle = new Map(articles.map((a) => [a.id, paragraphsBySource.get(a.data.sources[0]!)!]));
  const noteProblems = editorNoteProblems(notes, paragraphsByArticle, citable, voice);
  if (noteProblems.length > 0) throw new Error(`The editors' notes have ${noteProblems.length} problem(s):\n  ${noteProblems.join('\n  ')}`);
  return {
    articles,
    articleById: new Map(articles.map((a) => [a.id, a])),
    topics,
    topicById: new Map(topics.map((t) => [t.id, t])),
    mentions,
    paragraphsBySource,
    relatedArticles: relatedArticlesOf(mentions.byArticle),
    editorNotes: editorNotesFromFiles('content/articles', import.meta.env.BASE_URL),
  };
}
