// Everything the site adds inside an article's body (section links, figures, cards, editors'
// notes) carries this attribute, so checks and readers' tools can tell the source's own words
// from ours: the fidelity checks compare the body without these elements to the .mdx text.

/** The attribute name, as written in HTML. */
export const SITE_ADDED_ATTRIBUTE = 'data-site-added';

/** The same attribute as a hast property name. */
export const SITE_ADDED_PROPERTY = 'dataSiteAdded';
