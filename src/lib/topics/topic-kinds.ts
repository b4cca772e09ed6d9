// The four kinds of topic: how they are named and where their pages live.

/** A topic kind, as written in topic frontmatter. */
export type TopicKind = 'nerve' | 'condition' | 'sign' | 'treatment';

/** Every kind, in the order pages list them. */
export const TOPIC_KINDS: readonly TopicKind[] = ['nerve', 'condition', 'sign', 'treatment'];

/** The URL segment of each kind's pages ("/nerves/…"). */
export const KIND_PATH: Record<TopicKind, string> = { nerve: 'nerves', condition: 'conditions', sign: 'signs', treatment: 'treatments' };

/** Plural label for headings and navigation. */
export const KIND_LABEL: Record<TopicKind, string> = { nerve: 'Nerves and nerve roots', condition: 'Conditions', sign: 'Signs', treatment: 'Treatments and tests' };

/** Singular label, e.g. for a page's kind line. */
export const KIND_SINGULAR: Record<TopicKind, string> = { nerve: 'Nerve', condition: 'Condition', sign: 'Sign', treatment: 'Treatment' };

/** One line on what each kind of topic is. */
export const KIND_INTRO: Record<TopicKind, string> = {
  nerve: 'The nerves and spinal nerve roots that carry feeling and movement between the lower back and the leg.',
  condition: 'Problems in the back (and nearby) that the articles say can cause pain felt in the knee.',
  sign: 'Signs and symptoms the articles say can point to the back as the source of knee pain.',
  treatment: 'How the articles say back-related knee pain is found and treated.',
};

/** The site path of a topic page. */
export function topicPath(kind: TopicKind, id: string): string {
  return `/${KIND_PATH[kind]}/${id}/`;
}
