// Makes synthetic garbled copies the way the real one was made: common words swapped for
// random words of the same length, content words kept. Seeded, so every run is the same.
import { tokenize } from '../../../src/pipeline/tokenize.ts';
import { random } from '../../support/seeded-random.ts';

// The commonest English words, the ones the garbling swaps.
const COMMON = new Set('the of and to a in is it you that he was for on are with as his they be at one have this from or had by not but what some we can out other were all there when up use your how said an each she which do their if will way about many then them would like so these her him has more could go come did my no get may part over also just even only very back after our well been here been any'.split(' '));
// Replacement words of every length, as random as the real copy's (abbreviations included).
const POOL = 'a x t n z g h i an nd rd th qv us me go so ie no ask saw ltd edu viz got non per few end off far i\'ve kept upon sure gets able ours hers else once away soon whom comes known quite taken keeps thats amidst beyond rather toward almost during inside follow useful'.split(' ');

/** Swaps each common word, with the given probability, for a different pool word of its length. */
export function garble(text: string, rate: number, seed: number): string {
  const next = random(seed);
  let out = '';
  let at = 0;
  for (const token of tokenize(text)) {
    out += text.slice(at, token.start);
    at = token.end;
    const lower = token.word.toLowerCase();
    const choices = POOL.filter((w) => w.length === token.word.length && w !== lower);
    out += COMMON.has(lower) && choices.length > 0 && next() < rate ? choices[Math.floor(next() * choices.length)] : token.word;
  }
  return out + text.slice(at);
}
