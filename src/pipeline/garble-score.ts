// Scores how garbled a text is, from the text alone.
import { COMMON_FUNCTION_WORDS, EXPECTED_FUNCTION_WORD_SHARE } from './function-words.ts';

/** Texts scoring at or above this are treated as garbled copies. */
export const GARBLED_THRESHOLD = 0.5;

/**
 * The share of the expected common function words that are missing (0 = normal prose,
 * 1 = none at all). Garbling replaces common words with random words of the same length,
 * so a garbled text loses most of its "the", "of", "and"… while keeping its content words.
 */
export function garbleScore(words: readonly string[]): number {
  if (words.length === 0) return 0;
  const common = words.filter((w) => COMMON_FUNCTION_WORDS.has(w)).length;
  const share = common / words.length;
  const score = 1 - share / EXPECTED_FUNCTION_WORD_SHARE;
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}

/** Whether a garble score marks a text as a garbled copy. */
export function isGarbled(score: number): boolean {
  return score >= GARBLED_THRESHOLD;
}
