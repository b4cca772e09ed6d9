// Everything the sign checklist shows, gathered at build time: the sign questions (from the
// sign topics and the articles that mention them), the red flags, and the result and
// next-step texts, each with the articles it comes from.
import { RED_FLAG_REASON, RED_FLAGS } from '../../data/red-flags.ts';
import type { NextStep } from '../../islands/sign-checklist/SignChecklist.tsx';
import type { ChecklistSign, PageLink, Tier } from '../../islands/sign-checklist/checklist-model.ts';
import type { Article } from '../articles/articles.ts';
import type { SiteIndex } from '../site/site-index.ts';
import { articleHref, topicHref } from '../site/urls.ts';

/** Props for the SignChecklist island. */
export function checklistContent({ articles, topics, topicById, mentions }: SiteIndex) {
  const cite = (sourceId: string): PageLink => {
    const article = articles.find((a: Article) => a.data.sources.includes(sourceId));
    if (!article) throw new Error(`checklist cites unknown source "${sourceId}"`);
    return { title: article.data.title, href: articleHref(article.id) };
  };
  const topicLink = (id: string, title: string): PageLink => ({ title, href: topicHref(topicById.get(id)!) });

  const signs: ChecklistSign[] = topics.flatMap((topic) => {
    if (topic.data.kind !== 'sign') return [];
    const describedIn = articles.filter((a) => mentions.byTopic.get(topic.id)?.has(a.id));
    return [{
      id: topic.id,
      title: topic.data.title,
      question: topic.data.question,
      group: topic.data.checklistGroup,
      href: topicHref(topic),
      articles: describedIn.map((a) => ({ title: a.data.title, href: articleHref(a.id) })),
    }];
  });

  const tierText: Record<Exclude<Tier, 'none'>, { text: string; sources: PageLink[] }> = {
    few: {
      text: 'On its own, a sign like this is usually looked for in the knee first: knee pain often comes from a problem in the knee joint itself. If the pain goes on, ask a doctor or physiotherapist to check it.',
      sources: [cite('signs-to-look-for'), cite('verywell-back-disorders')],
    },
    several: {
      text: 'It is worth asking a clinician to examine your back as well as your knee, to find out whether the pain is coming from your spine.',
      sources: [cite('verywell-back-disorders'), cite('signs-to-look-for')],
    },
  };

  const nextSteps: NextStep[] = [
    {
      text: 'See a doctor or physical therapist. A check usually covers your medical history and an examination, and sometimes scans such as X-rays or MRI.',
      sources: [cite('signs-to-look-for')],
      more: topicLink('diagnosis', 'How a diagnosis is made'),
    },
    {
      text: 'Ask whether moving your back changes your knee pain: a physical therapist can test this with back movements.',
      sources: [cite('verywell-back-disorders')],
      more: topicLink('mckenzie-method', 'The McKenzie method'),
    },
    {
      text: 'Treatment usually starts with conservative care, such as physical therapy and exercise, before injections or surgery.',
      sources: [cite('signs-to-look-for'), cite('verywell-back-disorders')],
      more: topicLink('physical-therapy', 'Physical therapy'),
    },
    {
      text: 'Before deciding on knee surgery, ask for your back to be checked, even if your back pain is mild.',
      sources: [cite('regenexx-three-signs')],
      more: topicLink('surgery', 'Surgery'),
    },
  ];

  return {
    signs,
    redFlags: RED_FLAGS.map(({ id, text }) => ({ id, text })),
    redFlagAction: 'Go to A&E or call 999 (or your local emergency number) now.',
    redFlagReason: RED_FLAG_REASON,
    tierText,
    nextSteps,
  };
}
