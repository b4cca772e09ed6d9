// Every topic page a physiotherapist can put in a handout (/handout/), as the builder shows it:
// its id in a handout link ("conditions/meniscus-tear"), title, summary and key points (the same
// sentences its own printout carries, without the citation marks: the full page, linked, has
// them), what you can do, and the words a search of the list matches.
import { withoutCitations } from '../citations/citation-keys.ts';
import type { Topic } from '../site/site-index.ts';
import { topicHref } from '../site/urls.ts';
import { KIND_PATH, KIND_SINGULAR, TOPIC_KINDS } from '../topics/topic-kinds.ts';
import { handoutPoints } from './handout-points.ts';

/** One page of the catalogue. */
export interface HandoutPage {
  /** The page's id in a handout link: its kind's folder and its slug. */
  id: string;
  /** The kind, in words ("Condition"). */
  kind: string;
  title: string;
  summary: string;
  keyPoints: string[];
  /** What you can do: the page's own self-care sentences. */
  canDo: string[];
  /** Whether the NHS self-care advice for sciatica applies to the page (it has no self-care of its own). */
  selfCare: boolean;
  href: string;
  /** Title, other names and summary in lower case, for the builder's search. */
  words: string;
}

/** The catalogue, in the order of the topic lists (nerves, conditions, signs, treatments; by title). */
export function handoutCatalogue(topics: readonly Topic[], selfCareTopics: readonly string[]): HandoutPage[] {
  return TOPIC_KINDS.flatMap((kind) => topics
    .filter((t) => t.data.kind === kind)
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'))
    .map((t) => {
      const points = handoutPoints(t.body ?? '');
      return {
      id: `${KIND_PATH[kind]}/${t.id}`,
      kind: KIND_SINGULAR[kind],
      title: t.data.title,
      summary: t.data.summary,
      keyPoints: points.keyPoints.map(withoutCitations),
      canDo: points.canDo.map(withoutCitations),
      selfCare: points.canDo.length === 0 && selfCareTopics.includes(t.id),
      href: topicHref(t),
      words: [t.data.title, ...t.data.aliases, t.data.summary].join(' ').toLowerCase(),
      };
    }));
}
