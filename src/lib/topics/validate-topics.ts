// The rules a set of topics must keep, checked on every build. Each problem names the file.
import { citationKeys } from '../citations/citation-keys.ts';

/** What the validation needs to know of a topic. */
export interface TopicFacts {
  id: string;
  title: string;
  aliases: readonly string[];
  related: readonly string[];
  body: string;
}

/** Folds a term for comparison: case, apostrophes, hyphens and a plural s do not count. */
export function foldTerm(term: string): string {
  return term.toLowerCase().replace(/’/g, "'").replace(/[\s-]+/g, ' ').trim().replace(/(?<=[^s])s$/, '');
}

/**
 * Problems with the topics: a related topic that does not exist, a term (title or alias)
 * claimed by two topics, a topic no article mentions, a citation to nothing, and a paragraph
 * without any citation (every clinical statement must be traceable).
 */
export function topicProblems(topics: readonly TopicFacts[], mentioned: ReadonlySet<string>, citable: ReadonlySet<string>): string[] {
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
    if (!mentioned.has(topic.id)) problems.push(`${file}: no article mentions this topic (its title or any alias)`);
    for (const key of citationKeys(topic.body)) {
      if (!citable.has(key)) problems.push(`${file}: cites [@${key}], which is neither a source id nor a reference id`);
    }
    paragraphs(topic.body).forEach((paragraph, i) => {
      if (citationKeys(paragraph).length === 0) problems.push(`${file}: paragraph ${i + 1} cites no source (“${paragraph.slice(0, 40)}…”)`);
    });
  }
  return problems;
}

// Text paragraphs of a Markdown body (headings left out).
function paragraphs(body: string): string[] {
  return body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p && !p.startsWith('#'));
}
