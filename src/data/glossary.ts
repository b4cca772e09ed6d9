// Medical words our pages keep because readers will meet them elsewhere, each with the plain
// words that must follow its first use on a page (checked on the built site), and its source.

/** One glossary term. */
export interface GlossaryTerm {
  term: string;
  /** The plain explanation, as the page words it right after the term's first use. */
  plain: string;
  /** The full definition, for the glossary on /about/. */
  definition: string;
  /** References that define it. */
  sources: string[];
}

/** The glossary, also listed on /about/. */
export const GLOSSARY: readonly GlossaryTerm[] = [
  { term: 'radiculopathy', plain: 'numbness, weak muscles or a weaker reflex', definition: 'a nerve root in the lower back that no longer works fully, so that there is numbness, weak muscles or a weaker reflex', sources: ['G34'] },
  { term: 'dermatome', plain: 'the skin it gives feeling to', definition: 'the patch of skin that one nerve root gives feeling to; maps of these patches differ between charts and between people', sources: ['S20', 'S21'] },
];
