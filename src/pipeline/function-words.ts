// The most frequent English function words. Garbling swaps exactly these kinds of words,
// so their share of a text is the signal for both garble scoring and copy detection.

/** The twenty commonest function words of running English text. */
export const COMMON_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'the', 'of', 'and', 'to', 'a', 'in', 'is', 'that', 'it', 'for',
  'on', 'with', 'as', 'be', 'or', 'your', 'can', 'this', 'are', 'you',
]);

/**
 * Their expected share of tokens in clean prose. Measured on our clean sources
 * (0.27–0.38); general English corpora give about 0.30.
 */
export const EXPECTED_FUNCTION_WORD_SHARE = 0.3;
