// Splits a paragraph into sentences, keeping offsets, to quote the sentence around a mention.

/** One sentence and where it sits in the paragraph. */
export interface Sentence {
  start: number;
  end: number;
  text: string;
}

// A sentence ends at . ! or ? (with any closing quotes or brackets) before a space or the end.
const SENTENCE_END = /[.!?]+[”’"')\]]*(?=\s|$)/g;

/** The sentences of a text, trimmed, with their offsets. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const value = raw.trim();
    if (value) out.push({ start: from + raw.indexOf(value), end: from + raw.indexOf(value) + value.length, text: value });
  };
  let start = 0;
  for (const match of text.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    push(start, end);
    start = end;
  }
  push(start, text.length);
  return out;
}
