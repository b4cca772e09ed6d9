// Which warning signs are those of possible cauda equina syndrome: the signs of the checklist
// groups about peeing and pooing, feeling between the legs, and both legs (nerve-data §5.1–5.2).
// The cauda equina card lists them, and pages showing one link to the card.
import type { WarningSign } from './care-schema.ts';

/** The checklist groups (content/care/checklist-groups.yaml) whose emergency signs are cauda equina signs. */
export const CAUDA_EQUINA_GROUPS: readonly string[] = ['bladder-bowel', 'saddle', 'both-legs'];

/** Whether a sign is an emergency sign of possible cauda equina syndrome. */
export function isCaudaEquinaSign(sign: Pick<WarningSign, 'group' | 'level'>): boolean {
  return sign.level === 'emergency' && CAUDA_EQUINA_GROUPS.includes(sign.group);
}
