// The words that name a topic in running text: its title and its aliases.
import type { TopicTerms } from '../mentions/term-matcher.ts';

/** Title and aliases of a topic, for the term matcher. */
export function topicTerms(topic: { id: string; data: { title: string; aliases: readonly string[] } }): TopicTerms {
  return { id: topic.id, terms: [topic.data.title, ...topic.data.aliases] };
}
