// `npm run fit:language-check` — prints the refusal threshold of the language check
// (GARBLED_SCORE in src/pipeline/language-check.ts) fitted on the fitting half of the real
// clean articles only: the highest score among them plus ln 100. The held-out half is not read.
// Run it again after changing the check or adding clean fixtures, and copy the value.
import { languageEvidence } from '../src/pipeline/language-check.ts';
import { parsePlainText } from '../src/pipeline/parse-plain-text.ts';
import { fittingHalf } from '../test/unit/pipeline/clean-halves.ts';

/** How much likelier than for any fitting article a refused text's garbled reading must be. */
export const MARGIN = Math.log(1000);

const scores = fittingHalf().map(({ name, text }) => ({ name, score: languageEvidence(parsePlainText(name, `${name}.txt`, text).tree).score }));
const highest = scores.reduce((a, b) => (b.score > a.score ? b : a));
console.log(`fitting half: ${scores.length} articles, highest score ${highest.score} (${highest.name})`);
console.log(`GARBLED_SCORE = ${Math.ceil((highest.score + MARGIN) * 100) / 100}`);
