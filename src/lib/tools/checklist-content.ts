// Everything the sign checklist shows, gathered at build time: its question groups (the warning
// signs and context questions of content/care/), the decision function's data (signs and rules),
// the care levels' words, the open clinical questions, the "not sure" line, the signs the
// articles describe (asked last, never changing the result), and the next steps for a routine
// or self-care result, each with the articles or references it comes from.
import { getCareData } from '../care/care-data.ts';
import { isCaudaEquinaSign } from '../care/cauda-equina.ts';
import type { CareLevel, ClinicalQuestion, TriageRule, WarningSign } from '../care/care-schema.ts';
import type { CareLevelId } from '../care/care-level-ids.ts';
import { findReference } from '../../data/references.ts';
import type { Article } from '../articles/articles.ts';
import type { SiteIndex } from '../site/site-index.ts';
import { articleHref, href, topicHref } from '../site/urls.ts';

/** A link to a page of the site. */
export interface PageLink {
  title: string;
  href: string;
}

/** A care level as the checklist shows it, with its sources as links. */
export type ChecklistCareLevel = Pick<CareLevel, 'id' | 'name' | 'heading' | 'action'> & { sources: PageLink[] };

/** A next step for a routine or self-care result, with where it comes from. */
export interface NextStep {
  text: string;
  sources: PageLink[];
  more?: PageLink;
}

/** Props for the SignChecklist island. */
export async function checklistContent({ articles, topics, topicById }: SiteIndex) {
  const care = await getCareData();
  const cite = (key: string): PageLink => {
    const article = articles.find((a: Article) => a.data.sources.includes(key));
    if (article) return { title: article.data.title, href: articleHref(article.id) };
    const reference = findReference(key);
    if (reference) return { title: reference.id, href: href(`/about/#ref-${reference.id}`) };
    throw new Error(`src/lib/tools/checklist-content.ts cites unknown source "${key}"`);
  };
  const topicLink = (id: string): PageLink => {
    const topic = topicById.get(id);
    if (!topic) throw new Error(`src/lib/tools/checklist-content.ts links the topic "${id}", which is not in content/topics/`);
    return { title: topic.data.title, href: topicHref(topic) };
  };

  const groups = care.groups.map((g) => ({
    id: g.id,
    legend: g.legend,
    ...(g.hint && { hint: g.hint }),
    ...(g.none && { none: g.none }),
    ...(g.choices && { choices: g.choices }),
    items: [
      ...care.signs.filter((s) => s.group === g.id).map((s) => ({ id: s.id, text: s.text })),
      ...g.context.map((c) => ({ id: c.id, text: c.text, ...(c.parent && { parent: c.parent }) })),
    ],
  }));

  const signOrder = ['pain', 'feeling', 'movement', 'other', 'circumstances'];
  const articleSigns = topics
    .flatMap((t) => (t.data.kind === 'sign' ? [{ topic: t, group: t.data.checklistGroup, question: t.data.question }] : []))
    .sort((a, b) => signOrder.indexOf(a.group) - signOrder.indexOf(b.group))
    .map(({ topic, question }) => ({ id: topic.id, title: topic.data.title, question, href: topicHref(topic) }));

  const levels = Object.fromEntries(
    care.levels.map((l) => [l.id, { id: l.id, name: l.name, heading: l.heading, action: l.action, sources: l.refs.map(cite) }]),
  ) as Record<CareLevelId, ChecklistCareLevel>;

  const questions: Record<string, Pick<ClinicalQuestion, 'id' | 'question' | 'siteDoes'>> = Object.fromEntries(
    care.questions.map((q) => [q.id, { id: q.id, question: q.question, siteDoes: q.siteDoes }]),
  );

  // Our own sentences, each cited to a reference; what an article says is attributed to it.
  const nextSteps: NextStep[] = [
    {
      text: 'Knee pain often comes from the knee itself. Osteoarthritis of the knee, for example, is diagnosed from its symptoms.',
      sources: [cite('G44')],
      more: { title: 'Knee problems that are not from the back', href: href('/conditions/#not-from-the-back') },
    },
    {
      text: 'Keep up your normal activities as far as you can, and build up slowly. Moving may hurt, but it is not harmful.',
      sources: [cite('G8'), cite('G40')],
      more: topicLink('exercise'),
    },
    {
      text: 'Stop any exercise that sends pain further down your leg, or brings new numbness or weakness, and ask a clinician.',
      sources: [cite('G38'), cite('G22')],
    },
    {
      text: 'One article says a physiotherapist can test whether moving your back changes your knee pain.',
      sources: [cite('verywell-back-disorders')],
      more: topicLink('mckenzie-method'),
    },
  ];

  // The first groups whose every sign is an emergency: the questions' heading names them.
  const firstNonEmergency = groups.findIndex((g) => !g.items.length || g.items.some((i) => care.signs.find((s) => s.id === i.id)?.level !== 'emergency'));
  const emergencyGroups = groups.slice(0, firstNonEmergency).map((g) => g.legend);
  const signs: WarningSign[] = care.signs;
  const rules: TriageRule[] = care.rules;
  return {
    groups, emergencyGroups, signs, rules, levels, questions, articleSigns, nextSteps,
    notSure: care.advice['not-sure']!.text,
    caudaEquinaSigns: care.signs.filter(isCaudaEquinaSign).map((s) => s.id),
    links: { card: href('/urgent-help/card/'), questions: href('/about/#clinical-questions') },
  };
}

/** The island's props, as built. */
export type ChecklistContent = Awaited<ReturnType<typeof checklistContent>>;
