// Finds every topic term in a text in one pass. All terms are compiled into one regular
// expression, longest first, so at any position the longest term wins ("false sciatica"
// before "sciatica") and matches never overlap.
import { termPattern } from './term-pattern.ts';

/** A topic and the words that name it. */
export interface TopicTerms {
  id: string;
  terms: readonly string[];
}

/** One found term. */
export interface TermMatch {
  topic: string;
  start: number;
  end: number;
  text: string;
}

/** A compiled matcher for a set of topics. */
export interface TermMatcher {
  regex: RegExp;
  topicOfGroup: string[];
}

const BOUNDARY_BEFORE = '(?<![\\p{L}\\p{N}])';
const BOUNDARY_AFTER = '(?![\\p{L}\\p{N}])';

/** Compiles the terms of all topics into one matcher. */
export function compileMatcher(topics: readonly TopicTerms[]): TermMatcher {
  const entries = topics
    .flatMap((t) => t.terms.map((term) => ({ topic: t.id, term })))
    .sort((a, b) => b.term.length - a.term.length || a.term.localeCompare(b.term));
  const alternatives = entries.map((e) => `(${termPattern(e.term)})`).join('|');
  return {
    regex: new RegExp(`${BOUNDARY_BEFORE}(?:${alternatives})${BOUNDARY_AFTER}`, 'giu'),
    topicOfGroup: entries.map((e) => e.topic),
  };
}

/** Every term found in the text, in order. */
export function findTerms(text: string, matcher: TermMatcher): TermMatch[] {
  const out: TermMatch[] = [];
  for (const match of text.matchAll(matcher.regex)) {
    const group = match.findIndex((value, i) => i > 0 && value !== undefined);
    out.push({ topic: matcher.topicOfGroup[group - 1]!, start: match.index, end: match.index + match[0].length, text: match[0] });
  }
  return out;
}
