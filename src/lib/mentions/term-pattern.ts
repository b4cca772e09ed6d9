// Turns a topic's title or alias into a regular expression source that finds it in running
// text: case is ignored by the caller, the last word may be singular or plural, words may be
// joined by spaces or hyphens, and straight and curly apostrophes are the same.

const ORDINAL = '(?:first|second|third|fourth|fifth)';

/** The regex source matching one term (without word boundaries). */
export function termPattern(term: string): string {
  const words = term.trim().split(/[\s-]+/).map((w) => w.replace(/’/g, "'"));
  const coordinated = coordinatedOrdinal(words);
  if (coordinated) return coordinated;
  return words.map((word, i) => (i === words.length - 1 ? pluralForms(word) : escape(word))).join('[\\s-]+');
}

/**
 * "second lumbar" also matches "second, third, and fourth lumbar": medical text lists
 * levels this way, and each listed level is a mention of its own. Only the ordinal is matched.
 */
function coordinatedOrdinal(words: string[]): string | undefined {
  const [ordinal, level] = words;
  if (words.length !== 2 || !new RegExp(`^${ORDINAL}$`, 'i').test(ordinal!) || !/^(?:lumbar|sacral)$/i.test(level!)) return undefined;
  return `${escape(ordinal!)}(?=(?:(?:,\\s*|\\s+)(?:(?:and|or)\\s+)?${ORDINAL})*,?\\s+(?:(?:and|or)\\s+)?${escape(level!)}(?![\\p{L}\\p{N}]))`;
}

function pluralForms(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return `${escape(word.slice(0, -1))}(?:y|ies)`;
  if (/(?:s|x|ch|sh)$/i.test(word) && !/[^s]s$/i.test(word)) return `${escape(word)}(?:es)?`;
  // A plural term ("bunions", "NSAIDs") also matches its singular.
  if (/[^s]s$/i.test(word) && word.length > 3) return `${escape(word.slice(0, -1))}(?:s|es)?`;
  return `${escape(word)}(?:s|es)?`;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
}
