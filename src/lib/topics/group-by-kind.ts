// Groups topics by kind, in the site's kind order, leaving out empty kinds.
import { TOPIC_KINDS, type TopicKind } from './topic-kinds.ts';

/** [kind, topics of that kind] pairs, in kind order. */
export function groupByKind<T extends { data: { kind: TopicKind } }>(topics: readonly T[]): [TopicKind, T[]][] {
  return TOPIC_KINDS.map((kind): [TopicKind, T[]] => [kind, topics.filter((t) => t.data.kind === kind)]).filter(([, list]) => list.length > 0);
}
