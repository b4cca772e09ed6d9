// The two voices of our own texts, kept apart sentence by sentence. A sentence whose only
// citations are articles speaks for the article, so it must say so in words ("One article
// says …"); a sentence that cites a reference (S…, G…) speaks in our voice, so it must carry
// what that reference actually says: the terms of one of its key claims
// (content/reference-claims.yaml). Strong words ("shows whether", "stops", "most common",
// "advises" …) are allowed only where the matched claim itself has them, so a blog's
// overclaim cannot ride on a reference that says something milder.
import { splitSentences } from '../mentions/sentences.ts';
import { CITATION, parseKey, splitKeys, withoutCitations } from './citation-keys.ts';

/** One key claim of a reference: what it says, and the terms a sentence citing it must hold. */
export interface ReferenceClaim {
  /** The claim in plain words, as the reference files state it. */
  says: string;
  /** Each term must appear in the sentence; "a|b" means either; a term matches whole words from their start ("centralis" matches "centralisation"). */
  terms: readonly string[];
}

/** Words that assert more than a source may support: diagnosis, cure, frequency, advice. */
// Why a list: a claim's terms prove the sentence is about what the reference says, but not that
// it says no more; these are the words by which the reviewed sentences said more.
export const STRONG_WORDS: readonly RegExp[] = [
  /\bshows? (?:whether|if|that)\b/i,
  /\btells? (?:you )?(?:whether|if|apart)\b/i,
  /\b(?:a|one|another) (?:sign|clue|way to tell)\b/i,
  /\bpoints? to\b/i,
  /\bproves?\b/i,
  /\bstops?\b/i,
  /\bprevents?\b/i,
  /\bcures?\b/i,
  /\bget(?:s)? rid\b/i,
  /\bmost (?:common|often|likely)\b/i,
  /\balways\b/i,
  /\bnever\b/i,
  /\badvises?\b/i,
  /\brecommends?\b/i,
  /\bblame[ds]?\b/i,
  /\bmust\b/i,
];

// A sentence that speaks for an article: its subject names the article(s) and a reporting verb follows.
const REPORTING = String.raw`(?:says?|adds?|advises?|warns?|suggests?|claims?|lists?|names?|mentions?|links?|recommends?|explains?|describes?|calls?|gives?|writes?|argues?|blames?)`;
const ARTICLE_SUBJECT = String.raw`(?:(?:one|another|a third|the other|the same|the first|the second|the third|two|three|four|both|all|some|each|this|that|the)\s+(?:of the\s+)?(?:articles?|clinic[’']s blog|blogs?|guides?)|another|a third|the other|one|both|the article from [^,.]+?|according to (?:one|another|the same|the) article)`;
const ATTRIBUTED = new RegExp(String.raw`^(?:(?:but|so|yet|and|also|instead|still),?\s+)?${ARTICLE_SUBJECT}\b(?:[\s,]+[^\s,]+){0,4}?[\s,]+(?:also\s+)?${REPORTING}\b|^according to (?:one|another|the same|the) article\b`, 'i');
// "It says …", "They add …", or "…, it says, …": only right after a sentence that named the article.
const CONTINUED = new RegExp(String.raw`^(?:(?:but|so|yet|and|also|instead|still),?\s+)?(?:it|they|the article)\s+(?:also\s+)?${REPORTING}\b|,\s*(?:it|they)\s+${REPORTING},`, 'i');

/** Whether a sentence (citations removed) speaks for an article; `afterAttributed` allows "It says …". */
export function isAttributed(sentence: string, afterAttributed: boolean): boolean {
  return ATTRIBUTED.test(sentence.trim()) || (afterAttributed && CONTINUED.test(sentence.trim()));
}

/** Where a term matches in a sentence (whole words from their start), or undefined. */
export function termSpan(sentence: string, term: string): [number, number] | undefined {
  for (const option of term.split('|')) {
    const escaped = option.trim().replace(/[.*+?^${}()[\]\\]/g, '\\$&').replace(/\s+/g, '[\\s-]+');
    const match = new RegExp(`(?<![\\p{L}\\p{N}])${escaped}`, 'iu').exec(sentence);
    if (match) return [match.index, match.index + match[0].length];
  }
  return undefined;
}

/** Spans of the strong words in a sentence. */
function strongSpans(sentence: string): (readonly [number, number])[] {
  return STRONG_WORDS.flatMap((re) => {
    const m = re.exec(sentence);
    return m ? [[m.index, m.index + m[0].length] as const] : [];
  });
}

/** The claims of a reference whose every term the sentence holds, with where the terms matched. */
export function carriedClaims(sentence: string, claims: readonly ReferenceClaim[]): { claim: ReferenceClaim; spans: [number, number][] }[] {
  return claims.flatMap((claim) => {
    const spans = claim.terms.map((t) => termSpan(sentence, t));
    return spans.every(Boolean) ? [{ claim, spans: spans as [number, number][] }] : [];
  });
}

/** The strong words of a sentence that no carried claim's terms cover. */
export function uncoveredStrongWords(sentence: string, carried: readonly { spans: [number, number][] }[]): string[] {
  const spans = carried.flatMap((c) => c.spans);
  return strongSpans(sentence).filter(([a, b]) => !spans.some(([x, y]) => x < b && a < y)).map(([a, b]) => sentence.slice(a, b));
}

/** What the check needs: which keys are references, and each reference's claims. */
export interface VoiceContext {
  isReference: (key: string) => boolean;
  claimsOf: (reference: string) => readonly ReferenceClaim[] | undefined;
  /** The guidance that replaced a reference, if any (content/reference-claims.yaml `replacedBy`). */
  replacedBy?: (reference: string) => string | undefined;
}

/** Problems with the voices of one text (a paragraph, a summary or a note), each naming the sentence. */
export function voiceProblems(text: string, context: VoiceContext, options: { requireReference?: boolean } = {}): string[] {
  const problems: string[] = [];
  let previousAttributed = false;
  for (const { text: raw } of splitSentences(text)) {
    const keys = [...raw.matchAll(CITATION)].flatMap((g) => splitKeys(g[1]!)).map((k) => parseKey(k).source);
    if (keys.length === 0) continue; // a sentence without a citation is reported by the citation check
    const sentence = withoutCitations(raw);
    const quoted = `“${sentence.length > 60 ? `${sentence.slice(0, 57)}…` : sentence}”`;
    const references = [...new Set(keys.filter(context.isReference))];
    const attributed = isAttributed(sentence, previousAttributed);
    if (references.length === 0) {
      if (options.requireReference) problems.push(`the sentence ${quoted} cites only articles: our notes rest on a reference (G…/S…), never on an article`);
      else if (!attributed) problems.push(`the sentence ${quoted} cites only articles, so it must say so in words (“One article says …”), not state it as fact`);
    }
    const carried = [];
    for (const reference of references) {
      const claims = context.claimsOf(reference);
      if (!claims) {
        problems.push(`the sentence ${quoted} cites [@${reference}], which has no key claims in content/reference-claims.yaml`);
        continue;
      }
      const replacement = context.replacedBy?.(reference);
      if (replacement && !termSpan(sentence, replacement)) problems.push(`the sentence ${quoted} cites [@${reference}], which ${replacement} has replaced: say so (name ${replacement})`);
      const found = carriedClaims(sentence, claims);
      if (found.length === 0) problems.push(`the sentence ${quoted} cites [@${reference}] but carries none of its key claims (${claims.map((c) => `[${c.terms.join(', ')}]`).join(' or ')})`);
      carried.push(...found);
    }
    // A strong word must come from a reference's own claim, not ride along on an article.
    if (references.length > 0 && !attributed) {
      for (const word of uncoveredStrongWords(sentence, carried)) problems.push(`the sentence ${quoted} says “${word}”, which none of the claims it cites says`);
    }
    previousAttributed = attributed;
  }
  return problems;
}
