// The kinds of page search can filter by, as readers see them in results and the filter.
import type { TopicKind } from '../topics/topic-kinds.ts';

/** A searchable page's kind. */
export type SearchKind = 'Article' | 'Nerve' | 'Condition' | 'Sign' | 'Treatment' | 'Tool' | 'Urgent help';

/** Every kind, in the order the filter lists them, with the filter's label. */
export const SEARCH_KIND_LABELS: readonly [SearchKind, string][] = [
  ['Urgent help', 'Warning signs'],
  ['Condition', 'Conditions'],
  ['Sign', 'Signs'],
  ['Nerve', 'Nerves'],
  ['Treatment', 'Treatments'],
  ['Article', 'Articles'],
  ['Tool', 'Tools'],
];

/** The search kind of a topic page. */
export const TOPIC_SEARCH_KIND: Record<TopicKind, SearchKind> = { nerve: 'Nerve', condition: 'Condition', sign: 'Sign', treatment: 'Treatment' };
