// Markdown features the articles are written with. The renderer (@astrojs/mdx through Sätteri)
// and the mention index parse with the same ones, so both see the same paragraphs. Typography
// is normalized by the import, so smart punctuation stays off and no word is changed at render.

/** Sätteri features for article MDX. */
export const ARTICLE_FEATURES = { gfm: true, smartPunctuation: false } as const;
