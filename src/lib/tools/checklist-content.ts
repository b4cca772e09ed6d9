// Everything the sign checklist shows, gathered at build time: the warning signs (from
// src/data/warning-signs.ts) with their care levels, the sign questions (from the sign topics
// and the articles that mention them), the care levels' words, and the result and next-step
// texts, each with the articles or references it comes from.
import { CARE_LEVELS, type CareLevel } from '../../data/care-levels.ts';
import { findReference } from '../../data/references.ts';
import { WARNING_SIGNS } from '../../data/warning-signs.ts';
import type { NextStep, ResultText } from '../../islands/sign-checklist/SignChecklist.tsx';
import type { ChecklistSign, ChecklistWarning, PageLink, ResultReason } from '../../islands/sign-checklist/checklist-model.ts';
import type { Article } from '../articles/articles.ts';
import type { SiteIndex } from '../site/site-index.ts';
import { articleHref, href, topicHref } from '../site/urls.ts';

/** A care level as the checklist shows it, with its sources as links. */
export type ChecklistCareLevel = Pick<CareLevel, 'id' | 'name' | 'heading' | 'action'> & { sources: PageLink[] };

/** Props for the SignChecklist island. */
export function checklistContent({ articles, topics, topicById, mentions }: SiteIndex) {
  const cite = (key: string): PageLink => {
    const article = articles.find((a: Article) => a.data.sources.includes(key));
    if (article) return { title: article.data.title, href: articleHref(article.id) };
    const reference = findReference(key);
    if (reference) return { title: reference.id, href: href(`/about/#ref-${reference.id}`) };
    throw new Error(`src/lib/tools/checklist-content.ts cites unknown source "${key}"`);
  };
  const topicLink = (id: string, title: string): PageLink => ({ title, href: topicHref(topicById.get(id)!) });

  const warnings: ChecklistWarning[] = WARNING_SIGNS.filter((s) => s.level !== 'self-care').map((s) => ({
    id: s.id,
    level: s.level,
    text: s.text,
    ...(s.short && { short: s.short }),
    meaning: s.meaning,
  }));

  const signs: ChecklistSign[] = topics.flatMap((topic) => {
    if (topic.data.kind !== 'sign') return [];
    const describedIn = articles.filter((a) => mentions.byTopic.get(topic.id)?.has(a.id));
    return [{
      id: topic.id,
      title: topic.data.title,
      question: topic.data.question,
      group: topic.data.checklistGroup,
      meaning: topic.data.summary,
      href: topicHref(topic),
      articles: describedIn.map((a) => ({ title: a.data.title, href: articleHref(a.id) })),
    }];
  });

  const levels = Object.fromEntries(
    Object.values(CARE_LEVELS).map((l) => [l.id, { id: l.id, name: l.name, heading: l.heading, action: l.action, sources: l.sources.map(cite) }]),
  ) as Record<CareLevel['id'], ChecklistCareLevel>;

  const resultText: Record<ResultReason, ResultText> = {
    warning: {
      text: 'You ticked a warning sign. A warning sign does not prove that something serious is wrong, but it needs checking at this level of care.',
      sources: [cite('G26')],
    },
    signs: {
      text: 'You ticked none of the warning signs. The signs you ticked are ones the articles link to the back, but knee pain often comes from the knee itself. Ask a GP or physiotherapist to examine your back as well as your knee.',
      sources: [cite('signs-to-look-for'), cite('verywell-back-disorders')],
    },
    nothing: {
      text: 'You ticked none of the warning signs and none of the signs the articles link to the back. If the pain is no better after a few weeks, is getting worse or stops your normal activities, book a GP or physiotherapy appointment.',
      sources: [cite('G8')],
    },
  };

  const nextSteps: NextStep[] = [
    {
      text: 'Remember that knee pain often comes from the knee itself, for example from osteoarthritis or pain around the kneecap.',
      sources: [cite('signs-to-look-for'), cite('G44')],
      more: topicLink('knee-joint-problems', 'Knee joint problems'),
    },
    {
      text: 'See a GP or a physiotherapist (physical therapist). A check usually covers your medical history and an examination, and sometimes scans such as X-rays or MRI.',
      sources: [cite('signs-to-look-for')],
      more: topicLink('diagnosis', 'How a diagnosis is made'),
    },
    {
      text: 'Ask whether moving your back changes your knee pain: a physiotherapist can test this with back movements.',
      sources: [cite('verywell-back-disorders')],
      more: topicLink('mckenzie-method', 'The McKenzie method'),
    },
    {
      text: 'Treatment usually starts with gentle options, such as physiotherapy and exercise, before injections or surgery. This does not apply to the warning signs above: they need help first.',
      sources: [cite('signs-to-look-for'), cite('verywell-back-disorders'), cite('G46')],
      more: topicLink('physical-therapy', 'Physiotherapy'),
    },
    {
      text: 'Before deciding on knee surgery, ask for your back to be checked, even if your back pain is mild.',
      sources: [cite('regenexx-three-signs')],
      more: topicLink('surgery', 'Surgery'),
    },
  ];

  return { signs, warnings, levels, resultText, nextSteps, urgentHelpHref: href('/urgent-help/') };
}
