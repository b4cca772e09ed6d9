// Which schema.org type each topic is, for the "about" of clinical pages.
import type { Topic } from '../site/site-index.ts';

const TREATMENT_TYPE = { conservative: 'MedicalTherapy', medication: 'Drug', procedure: 'MedicalProcedure', assessment: 'MedicalTest' } as const;

/** The schema.org type of a topic: Nerve, MedicalCondition, MedicalSignOrSymptom, or a therapy, drug, procedure or test. */
export function schemaType(topic: Topic): string {
  const { data } = topic;
  if (data.kind === 'nerve') return 'Nerve';
  if (data.kind === 'condition') return 'MedicalCondition';
  if (data.kind === 'sign') return 'MedicalSignOrSymptom';
  return TREATMENT_TYPE[data.approach];
}

/** The "about" list of a page from its topics. */
export function aboutTopics(topics: readonly Topic[]): { type: string; name: string }[] {
  return topics.map((t) => ({ type: schemaType(t), name: t.data.title }));
}
