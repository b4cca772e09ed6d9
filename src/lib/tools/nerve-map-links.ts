// For the nerve map: each root's and nerve's topic page and the articles that mention it, and
// the map selection that a nerve or root topic page shows.
import { NERVES, ROOTS, rootTopic } from '../../data/nerve-map.ts';
import type { PageLink } from '../../islands/nerve-map/MapPanel.tsx';
import type { FigureSelection } from './nerve-map-figures.ts';
import type { SiteIndex } from '../site/site-index.ts';
import { articleHref, topicHref } from '../site/urls.ts';

/** Links keyed "root:L4" and "nerve:femoral". */
export function nerveMapLinks({ articles, topicById, mentions }: SiteIndex): Record<string, { topic?: PageLink; articles: PageLink[] }> {
  const entry = (topicId: string | undefined) => {
    const topic = topicId ? topicById.get(topicId) : undefined;
    if (!topic) return { articles: [] };
    const mentioned = articles.filter((a) => mentions.byTopic.get(topic.id)?.has(a.id));
    return { topic: { title: topic.data.title, href: topicHref(topic) }, articles: mentioned.map((a) => ({ title: a.data.title, href: articleHref(a.id) })) };
  };
  return Object.fromEntries([
    ...ROOTS.map((r) => [`root:${r.id}`, entry(rootTopic(r.id))]),
    ...NERVES.map((n) => [`nerve:${n.id}`, entry(n.topic)]),
  ]);
}

/** The map selection for a nerve or root topic page, or null for other topics. */
export function selectionForTopic(topicId: string): FigureSelection | null {
  const root = ROOTS.find((r) => rootTopic(r.id) === topicId);
  if (root) return { kind: 'root', id: root.id };
  const nerve = NERVES.find((n) => n.topic === topicId);
  return nerve ? { kind: 'nerve', id: nerve.id } : null;
}
