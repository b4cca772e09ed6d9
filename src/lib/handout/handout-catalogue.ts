// Every topic page a physiotherapist can put in a handout (/handout/), as the builder shows it:
// its id in a handout link ("conditions/meniscus-tear"), title, summary and key points (the same
// sentences its own printout carries, without the citation marks: the full page, linked, has
// them), what you can do, its warning signs beyond the care card's, and the words a search of
// the list matches.
import { isOnCareCard } from '../care/care-data.ts';
import type { CareData } from '../care/care-schema.ts';
import { withoutCitations } from '../citations/citation-keys.ts';
import { upperFirst } from '../site/upper-first.ts';
import type { Topic } from '../site/site-index.ts';
import { topicHref } from '../site/urls.ts';
import { KIND_PATH, KIND_SINGULAR, TOPIC_KINDS } from '../topics/topic-kinds.ts';
import { handoutPoints } from './handout-points.ts';
import { selfCareFor } from './self-care.ts';

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
  /** The page's warning signs that the care card does not show, by level, most urgent first. */
  help: HandoutHelp[];
  href: string;
  /** Title, other names and summary in lower case, for the builder's search. */
  words: string;
}

/** One level of care and the page's signs at it, in the data's words. */
export interface HandoutHelp {
  level: string;
  action: string;
  signs: string[];
}

/** The catalogue, in the order of the topic lists (nerves, conditions, signs, treatments; by title). */
export function handoutCatalogue(topics: readonly Topic[], care: CareData): HandoutPage[] {
  const help = (id: string): HandoutHelp[] => care.levels.flatMap((level) => {
    const signs = care.signs.filter((s) => s.level === level.id && s.topics.includes(id) && !isOnCareCard(s));
    return signs.length > 0 ? [{ level: level.name, action: level.action, signs: signs.map((s) => upperFirst(s.text)) }] : [];
  });
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
      selfCare: selfCareFor(t.id, points, care.advice) !== undefined,
      help: help(t.id),
      href: topicHref(t),
      words: [t.data.title, ...t.data.aliases, t.data.summary].join(' ').toLowerCase(),
      };
    }));
}
