// The kinds of page search can filter by, as readers see them in results and the filter.
import type { TopicKind } from '../topics/topic-kinds.ts';

/** A searchable page's kind. */
export type SearchKind = 'Article' | 'Nerve' | 'Condition' | 'Sign' | 'Treatment' | 'Tool' | 'Urgent help';

/** The search kind of a topic page. */
export const TOPIC_SEARCH_KIND: Record<TopicKind, SearchKind> = { nerve: 'Nerve', condition: 'Condition', sign: 'Sign', treatment: 'Treatment' };
