// The components an article may use, and the one check of their attributes that both the
// import (which inserts them) and the build (which renders them) apply. Articles are MDX so
// that these can sit in the text; anything else written as JSX is refused.
import { NERVE_IDS, ROOT_IDS } from '../../data/nerve-map.ts';

/** What the check needs to know: the sign topics an article may ask about. */
export interface ComponentContext {
  signIds: ReadonlySet<string>;
}

/** A component as the article writes it: its name and its string attributes. */
export interface ComponentUse {
  name: string;
  attributes: Record<string, string>;
}

interface ComponentRule {
  /** What the component shows, for error messages. */
  purpose: string;
  /** The attribute problems, or [] when the use is fine. */
  check: (attributes: Record<string, string>, context: ComponentContext) => string[];
}

const oneOf = (values: readonly string[]) => (value: string | undefined) => value === undefined || values.includes(value);

/** Components articles may use, by name. */
export const ARTICLE_COMPONENTS: Record<string, ComponentRule> = {
  NerveFigure: {
    purpose: 'a nerve-map figure for one root (root="L4") or one nerve (nerve="femoral")',
    check: ({ root, nerve, ...rest }) => [
      ...(Number(root !== undefined) + Number(nerve !== undefined) === 1 ? [] : ['give exactly one of root= or nerve=']),
      ...(oneOf(ROOT_IDS)(root) ? [] : [`root="${root}" is not one of ${ROOT_IDS.join(', ')}`]),
      ...(oneOf(NERVE_IDS)(nerve) ? [] : [`nerve="${nerve}" is not one of ${NERVE_IDS.join(', ')}`]),
      ...Object.keys(rest).map((key) => `unknown attribute ${key}=`),
    ],
  },
  CheckYourSigns: {
    purpose: 'a card linking to the sign checklist with signs ticked (signs="sign-id,sign-id")',
    check: ({ signs, ...rest }, { signIds }) => [
      ...(signs === undefined || signs === '' ? ['signs= must list at least one sign topic id'] : []),
      ...(signs ?? '').split(',').filter((id) => id !== '' && !signIds.has(id)).map((id) => `"${id}" is not a sign topic`),
      ...Object.keys(rest).map((key) => `unknown attribute ${key}=`),
    ],
  },
};

/** The problems with one component use ([] when it is allowed as written). */
export function componentProblems(use: ComponentUse, context: ComponentContext): string[] {
  const rule = ARTICLE_COMPONENTS[use.name];
  if (!rule) return [`<${use.name}> is not a component articles may use (allowed: ${Object.keys(ARTICLE_COMPONENTS).join(', ')})`];
  return rule.check(use.attributes, context).map((problem) => `<${use.name}>: ${problem}`);
}
