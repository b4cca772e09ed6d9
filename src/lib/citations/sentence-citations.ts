// Sentence-level citation checks for our own texts: every sentence cites a source, an article is
// cited by the exact paragraph (#p-…), and that paragraph names what the sentence is about (one
// of the topics the sentence names, or the page's own topic when it names none).
import { splitSentences } from '../mentions/sentences.ts';
import { CITATION, parseKey, splitKeys, withoutCitations } from './citation-keys.ts';
import { voiceProblems, type VoiceContext } from './two-voices.ts';

/** What the check needs to know of the sources and the topics. */
export interface CitationContext {
  /** Whether the key is a reference id (S…, G…), cited without a paragraph. */
  isReference: (key: string) => boolean;
  /** An article's paragraphs by anchor, for one of its source ids; undefined for an unknown id. */
  paragraphsOf: (source: string) => ReadonlyMap<string, string> | undefined;
  /** The ids of the topics a text names (by title or alias). */
  topicsIn: (text: string) => ReadonlySet<string>;
  /** The references' key claims (content/reference-claims.yaml) for the two-voice check; the build always passes them. */
  voice?: VoiceContext;
}

/** Problems with one text of a page (a paragraph or a summary), each naming the sentence: its citations, then its voice. */
export function sentenceCitationProblems(text: string, pageTopic: string, context: CitationContext): string[] {
  const problems = citationProblems(text, pageTopic, context);
  if (context.voice) problems.push(...voiceProblems(text, context.voice));
  return problems;
}

function citationProblems(text: string, pageTopic: string, context: CitationContext): string[] {
  const problems: string[] = [];
  for (const { text: sentence } of splitSentences(text)) {
    const quoted = `“${shorten(withoutCitations(sentence))}”`;
    const groups = [...sentence.matchAll(CITATION)];
    if (groups.length === 0) {
      problems.push(`the sentence ${quoted} cites no source`);
      continue;
    }
    const named = context.topicsIn(withoutCitations(sentence));
    const keyTopics = named.size > 0 ? named : new Set([pageTopic]);
    for (const key of groups.flatMap((g) => splitKeys(g[1]!))) {
      const { source, anchor } = parseKey(key);
      if (context.isReference(source)) {
        if (anchor) problems.push(`the sentence ${quoted} cites reference [@${source}] with a paragraph anchor; references have none`);
        continue;
      }
      const paragraphs = context.paragraphsOf(source);
      if (!paragraphs) problems.push(`the sentence ${quoted} cites [@${key}], which is neither a source id nor a reference id`);
      else if (!anchor) problems.push(`the sentence ${quoted} cites the article [@${source}] without its paragraph: write [@${source}#p-…]`);
      else if (!paragraphs.has(anchor)) problems.push(`the sentence ${quoted} cites [@${key}], but that article has no paragraph #${anchor}`);
      else {
        const inParagraph = context.topicsIn(paragraphs.get(anchor)!);
        if (![...keyTopics].some((t) => inParagraph.has(t))) {
          problems.push(`the sentence ${quoted} cites [@${key}], whose paragraph never names its key term (${[...keyTopics].join(', ')})`);
        }
      }
    }
  }
  return problems;
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}
