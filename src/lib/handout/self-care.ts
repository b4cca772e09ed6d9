// Which pages' handouts print the NHS self-care advice for sciatica: those content/care/advice.yaml
// lists under "self-care" that have no self-care section of their own.
import type { Advice } from '../care/care-schema.ts';
import type { HandoutPoints } from './handout-points.ts';

/** The self-care advice the page's handout prints, or undefined. */
export function selfCareFor(topicId: string, points: HandoutPoints, advice: Readonly<Record<string, Advice>>): Advice | undefined {
  const selfCare = advice['self-care'];
  return points.canDo.length === 0 && selfCare?.topics?.includes(topicId) ? selfCare : undefined;
}
