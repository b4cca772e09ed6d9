// Splits prose into sentences with a real segmenter (Unicode sentence boundaries), so a dot
// inside "2.5", "e.g." or a URL never ends a sentence, then rejoins what it splits after an
// abbreviation that is not a sentence end ("Dr. Smith", "Fig. 3", "J. Smith", "i.e. one").

const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

// Abbreviations that are (nearly) never the last word of a sentence, and single initials.
const NOT_AN_END = /(?:^|[\s(“"'])(?:dr|mr|mrs|ms|prof|st|fig|figs|vs|approx|e\.g|i\.e|cf|al|ca|[a-z])\.\s*$/i;

/** The sentences of `text`, each with its trailing space; joined, they are `text` exactly. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const last = out.length - 1;
    if (last >= 0 && NOT_AN_END.test(out[last]!)) out[last] += segment;
    else out.push(segment);
  }
  return out;
}
