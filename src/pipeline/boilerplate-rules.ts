// What is not the article: the patterns of site chrome, captions, credits and promotion that
// the cleaning step removes, each with the reason it is logged under.

/** A whole-block rule: a heading or paragraph whose text matches is removed. */
export interface BlockRule {
  pattern: RegExp;
  reason: string;
}

/** Blocks that are site chrome or promotion, whatever the source. */
export const BLOCK_RULES: readonly BlockRule[] = [
  { pattern: /^skip to (?:main )?content$/i, reason: 'site chrome: skip link' },
  { pattern: /^(?:let['’]s talk|call us|call now|contact us)\b.*\d{3}[-. ]\d{3}[-. ]\d{4}/i, reason: 'site chrome: call-to-action with a phone number' },
  { pattern: /^was this (?:page|article) helpful\??$/i, reason: 'site chrome: feedback prompt' },
  { pattern: /^(?:share|print|subscribe|sign up|follow us)\b.{0,40}$/i, reason: 'site chrome: sharing or sign-up prompt' },
  { pattern: /^(?:illustration|photo(?:graph)?|image|video|graphic)s? (?:by|credit|courtesy)\b/i, reason: 'image credit' },
];

/** Sentences inside a paragraph that point at media we do not republish. */
export const SENTENCE_RULES: readonly BlockRule[] = [
  { pattern: /\b(?:take a look at|watch|check out|see) (?:this|the following|our) (?:video|clip|infographic)\b/i, reason: 'refers to a video that is not part of the article' },
];

/** A short line with no sentence punctuation right before an image credit is its caption. */
export const CAPTION_MAX_WORDS = 10;
