// What is not the article: the patterns of site chrome, captions, credits and promotion that
// the cleaning step removes, each with the reason it is logged under (the reasons and their
// plain words for readers are in removal-reasons.ts).
import { REASONS } from './removal-reasons.ts';

/** A whole-block rule: a heading or paragraph whose text matches is removed. */
export interface BlockRule {
  pattern: RegExp;
  reason: string;
  /** Longest block (in words) the rule may remove: chrome is short, prose is not removed. */
  maxWords?: number;
}

// Phone numbers in common formats: (555) 123-4567, 1-800-555-0199, 855.931.1919,
// +1 555 123 4567; UK 01865 221 473, 020 7946 0958, +44 20 7946 0958, 0800 123 4567.
const PHONE = String.raw`(?:(?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4}|(?:\+44\s?\(?0?\)?|\b0)\d{2,4}[\s-]?\d{3,4}[\s-]?\d{3,4})\b`;
const CALL_WORDS = String.raw`\b(?:call|phone|ring|tel|telephone|book|booking|contact|questions|talk|speak|appointments?|enquiries)\b`;

/** Blocks that are site chrome or promotion, whatever the source. */
export const BLOCK_RULES: readonly BlockRule[] = [
  { pattern: /^skip to (?:main )?content$/i, reason: REASONS.skipLink },
  { pattern: new RegExp(String.raw`^(?=.*${CALL_WORDS})(?=.*${PHONE}).*$`, 'i'), reason: REASONS.phone, maxWords: 40 },
  { pattern: /^was this (?:page|article) helpful\??$/i, reason: REASONS.feedback },
  { pattern: /^(?:share|print|subscribe|sign up|follow us)\b.{0,40}$/i, reason: REASONS.share },
  { pattern: /^(?=.*\b(?:newsletter|inbox|e-?mail updates|mailing list)\b)(?=.*\b(?:sign up|subscribe|join|get|receive)\b)/i, reason: REASONS.share, maxWords: 25 },
  { pattern: /^(?:illustration|photo(?:graph)?|image|picture|video|graphic)s? (?:by|credit|courtesy)\b/i, reason: REASONS.imageCredit },
  { pattern: /^(?:(?:illustration|photo(?:graph)?|image|picture)s?(?: credit)?\s*[:©]|©?\s*(?:getty images|shutterstock|istock(?:photo)?|adobe stock)\b)/i, reason: REASONS.imageCredit, maxWords: 12 },
  { pattern: /^(?:advertisement|advert|sponsored(?: content)?|ad|story continues below advertisement)$/i, reason: REASONS.advert },
  { pattern: /^(?:continue reading|story continues|article continues|keep reading)(?: below)?\.?$/i, reason: REASONS.readingPrompt },
  { pattern: /^\[(?:read|see|related|more|also read|watch|read more)\s*:[^\]]*\]$/i, reason: REASONS.related },
  { pattern: /^(?:related (?:articles?|posts?|stories|content|reading|pages?)|you (?:may|might) also like|recommended(?: for you| reading)?|more (?:articles|stories)|read (?:more|next))\b.{0,40}$/i, reason: REASONS.related },
  { pattern: /(?:^(?:©|\(c\)|copyright\b)|\ball rights reserved\b)/i, reason: REASONS.copyright, maxWords: 20 },
  { pattern: /\b(?:we use cookies|(?:this|our) (?:site|website) uses cookies|accept (?:all )?cookies|cookie (?:policy|settings|preferences|consent))\b/i, reason: REASONS.cookies, maxWords: 60 },
  { pattern: /^(?=.*[|·•])(?=.*\b(?:privacy|cookies?|terms|accessibility|sitemap|disclaimer)\b)[^.!?]*$/i, reason: REASONS.footerLinks, maxWords: 20 },
  { pattern: /^(?:privacy policy|terms (?:of use|and conditions|& conditions)|cookie policy|accessibility statement|sitemap)$/i, reason: REASONS.footerLinks },
  { pattern: /^(?:you are here:\s*)?home\s*[>›»/|]\s*\S.*$/i, reason: REASONS.breadcrumbs, maxWords: 20 },
  { pattern: /^(?:[^|·•.!?]{1,30}\s[|·•]\s){2,}[^|·•.!?]{1,30}$/, reason: REASONS.navigation, maxWords: 20 },
  { pattern: /^(?:table of contents|contents|in this article|on this page|jump to(?: section)?)\s*:?$/i, reason: REASONS.navigation },
  { pattern: /^click here\b/i, reason: REASONS.promotion, maxWords: 30 },
  { pattern: /^open (?:mon|tue|wed|thu|fri|sat|sun|daily|7 days|24)/i, reason: REASONS.openingHours, maxWords: 12 },
];

/** Sentences inside a paragraph that point at media we do not republish. */
export const SENTENCE_RULES: readonly BlockRule[] = [
  { pattern: /\b(?:take a look at|watch|check out|see) (?:this|the following|our) (?:video|clip|infographic)\b/i, reason: REASONS.video },
  { pattern: /\b(?:video|podcast|infographic)(?: format)?\s+(?:below|above)\b/i, reason: REASONS.video },
];

/** A short line with no sentence punctuation right before an image credit is its caption. */
export const CAPTION_MAX_WORDS = 10;
