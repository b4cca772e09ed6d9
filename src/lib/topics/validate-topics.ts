// The rules a set of topics must keep, checked on every build. Each problem names the file.
import { splitSentences } from '../mentions/sentences.ts';
import { sentenceCitationProblems, type CitationContext } from '../citations/sentence-citations.ts';
import { CITATION, parseKey, splitKeys } from '../citations/citation-keys.ts';

/** What the validation needs to know of a topic. */
export interface TopicFacts {
  id: string;
  title: string;
  aliases: readonly string[];
  related: readonly string[];
  summary: string;
  /** The citation keys of the summary. */
  summaryCites: readonly string[];
  body: string;
  /** A reference page: written from shared/reference alone, so no article need mention it and it may cite no article. */
  fromReferences: boolean;
}

/** Folds a term for comparison: case, apostrophes, hyphens and a plural s do not count. */
export function foldTerm(term: string): string {
  return term.toLowerCase().replace(/’/g, "'").replace(/[\s-]+/g, ' ').trim().replace(/(?<=[^s])s$/, '');
}

/**
 * Problems with the topics: a related topic that does not exist, a term (title or alias)
 * claimed by two topics, a topic no article mentions, and any sentence of a summary or body
 * that cites nothing, cites nothing real, or cites an article paragraph that does not name
 * what the sentence is about (every clinical statement must be traceable, sentence by sentence).
 * A reference page needs no article mention, but must cite references only.
 */
export function topicProblems(topics: readonly TopicFacts[], mentioned: ReadonlySet<string>, context: CitationContext): string[] {
  const problems: string[] = [];
  const ids = new Set(topics.map((t) => t.id));
  const owners = new Map<string, string>();
  for (const topic of topics) {
    const file = `content/topics/${topic.id}.md`;
    for (const related of topic.related) {
      if (!ids.has(related)) problems.push(`${file}: related topic "${related}" does not exist`);
      if (related === topic.id) problems.push(`${file}: a topic cannot be related to itself`);
    }
    for (const term of new Set([topic.title, ...topic.aliases].map(foldTerm))) {
      const owner = owners.get(term);
      if (owner && owner !== topic.id) problems.push(`${file}: the term "${term}" is also claimed by content/topics/${owner}.md`);
      else owners.set(term, topic.id);
    }
    if (topic.fromReferences) {
      for (const key of articleCitations(topic, context)) problems.push(`${file}: a reference page (writtenFrom: references) cites the article [@${key}]; cite shared/reference ids (G…, S…) only`);
    } else if (!mentioned.has(topic.id)) problems.push(`${file}: no article mentions this topic (its title or any alias)`);
    // The summary's citations stand for each of its sentences.
    const group = topic.summaryCites.length > 0 ? ` [@${topic.summaryCites.join('; @')}]` : '';
    const summary = splitSentences(topic.summary).map((s) => s.text.replace(/(?=[.!?]+[”’"')\]]*$)|$/, group)).join(' ');
    for (const problem of sentenceCitationProblems(summary, topic.id, context)) problems.push(`${file}: summary: ${problem}`);
    paragraphs(topic.body).forEach((paragraph, i) => {
      for (const problem of sentenceCitationProblems(paragraph, topic.id, context)) problems.push(`${file}: paragraph ${i + 1}: ${problem}`);
    });
  }
  return problems;
}

// The citation keys of a topic's summary and body that are not reference ids.
function articleCitations(topic: TopicFacts, context: CitationContext): string[] {
  const keys = [...topic.summaryCites, ...[...topic.body.matchAll(CITATION)].flatMap((m) => splitKeys(m[1]!))];
  return keys.filter((key) => !context.isReference(parseKey(key).source));
}

// Text paragraphs (and list items) of a Markdown body, headings left out.
function paragraphs(body: string): string[] {
  return body
    .split(/\n\s*\n|\n(?=\s*[-*] )/)
    .map((p) => p.trim().replace(/^[-*]\s+/, ''))
    .filter((p) => p && !p.startsWith('#'));
}
