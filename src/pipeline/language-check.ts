// Scores how plausible a text's short words are in their places, from the text alone (no
// twin needed). Garbling swaps common words for others of the same length, and many of the
// swapped-in words are real words ("hi your feet", "it usually more better") that a list of
// English words cannot catch. For each short word we ask a model of English word classes in
// sequence (language-model.ts): how much better would the common words of the same length fit
// its neighbours? Each place then weighs for or against "this text was garbled", and the text's
// score is the sum over its worst stretch: clean prose has a lone odd place now and then,
// garbled text has many.
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isShortWord } from './garble-score.ts';
import { blockReason } from './remove-boilerplate.ts';
import { END, FUNCTION_WORDS, NAME, NUMBER, PAUSE, START, SWAPPABLE_WORDS } from './language-classes.ts';
import { follows, readingOf, single, type Reading } from './language-model.ts';

/**
 * The score from which a text reads as garbled (a log-likelihood ratio, in nats): the highest
 * score among the fitting half of the real clean articles (13.24; test/unit/pipeline/
 * clean-halves.ts) plus ln 1000. Refit with `npm run fit:language-check`, never on the held-out half.
 */
export const GARBLED_SCORE = 20.15;
/** How much better the other common words must fit before a place is named as out of place. */
export const IMPLAUSIBLE_RATIO = 1000;
// The share of common words garbling is taken to swap, how much better the alternatives must
// fit before a place counts against the text at all (e^2), and the weight of a word that is no
// English word: chosen, with GARBLED_SCORE, on the fitting half only (scripts/fit-language-check.ts).
const SWAP_SHARE = 0.05;
const FIT_FLOOR = 2;
const STRAY_WEIGHT = 12;
// About the short words of a 300-word article.
const WINDOW = 200;
/** Words longer than this are never swapped in by garbling, so they are not weighed. */
const MAX_WEIGHED_LENGTH = 5;
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[.!?;:,()–—•|]|(?<=\s)-(?=\s)/gu;
// A word touching one of these is part of an address, a number, an abbreviation or "and/or".
const JOINED = /[.\-–/@\d]/;
const SYMBOL = /[{}<>[\]=+*\\|^~_#&%$]/;
// A sentence with this share of capitalised words or more is a title ("Could Your Back Be
// Causing Your Knee Pain?"), where every word reads as a name.
const TITLE_CASE = 0.6;

const alternatives = new Map<number, string[]>();
for (const word of new Set(SWAPPABLE_WORDS)) alternatives.set(word.length, [...(alternatives.get(word.length) ?? []), word]);

/** The places a text's short words do not fit, with the numbers the decision is made on. */
export interface LanguageEvidence {
  /** Short lower-case words weighed. */
  weighed: number;
  /** Those whose place a common word of the same length would fit far better: "lower [soon]." */
  implausible: { phrase: string; line: number | undefined }[];
  /** How much likelier the text is garbled than clean, as a log-likelihood ratio (below 0: clean). */
  score: number;
}

interface Token {
  word: string;
  /** The model's key for the word: itself for a function word, else its class or the word. */
  key: string;
  reading: Reading;
  weigh: boolean;
}

// The import weighs each parsed source twice (finding clean copies, then merging): once is enough.
const weighedTrees = new WeakMap<Root, LanguageEvidence>();

/** Weighs every short word of a Markdown tree in its place (once per tree). */
export function languageEvidence(tree: Root): LanguageEvidence {
  const known = weighedTrees.get(tree);
  if (known) return known;
  const evidence = weigh(tree);
  weighedTrees.set(tree, evidence);
  return evidence;
}

/** Whether a text reads as garbled: its score reaches GARBLED_SCORE. */
export function readsGarbled(evidence: LanguageEvidence): boolean {
  return evidence.score >= GARBLED_SCORE;
}

function weigh(tree: Root): LanguageEvidence {
  const implausible: LanguageEvidence['implausible'] = [];
  let weighed = 0;
  const weights: number[] = [];
  for (const block of blocks(tree)) {
    const tokens = tokensOf(toString(block));
    for (let i = 1; i < tokens.length - 1; i++) {
      const token = tokens[i]!;
      if (!token.weigh) continue;
      weighed++;
      const word = token.word.toLowerCase();
      // A word that is no English word at all ("nd", "qv") never fits.
      const stray = word.length <= 3 && /^[a-z]+$/.test(word) && !isShortWord(word);
      const ratio = stray ? STRAY_WEIGHT : Math.log(misfit(tokens[i - 1]!, token, tokens[i + 1]!));
      // Each place is swapped with a small prior share; one that fits far worse than the
      // alternatives is evidence of a swap, one that fits is a little evidence against.
      weights.push(Math.log(1 - SWAP_SHARE + SWAP_SHARE * Math.exp(Math.min(ratio - FIT_FLOOR, 50))));
      if (stray || ratio > Math.log(IMPLAUSIBLE_RATIO)) implausible.push({ phrase: [tokens[i - 1]!.word, `[${token.word}]`, tokens[i + 1]!.word].join(' ').trim(), line: block.position?.start.line });
    }
  }
  return { weighed, implausible, score: Math.round(worstStretch(weights) * 100) / 100 };
}

// The highest sum over any WINDOW weighed words in a row (the whole text if shorter): a long
// clean text gathers odd places by its length alone, a garbled one is garbled everywhere.
function worstStretch(weights: readonly number[]): number {
  let sum = weights.slice(0, WINDOW).reduce((a, b) => a + b, 0);
  let worst = sum;
  for (let i = WINDOW; i < weights.length; i++) {
    sum += weights[i]! - weights[i - WINDOW]!;
    worst = Math.max(worst, sum);
  }
  return worst;
}

// How much better the common words of the same length, together, fit between the neighbours
// than the word itself. Memoised by the neighbours' keys: a long text asks the same places.
const misfits = new Map<string, number>();
function misfit(before: Token, token: Token, after: Token): number {
  const word = token.word.toLowerCase();
  const memo = `${before.key} ${word} ${after.key}`;
  let value = misfits.get(memo);
  if (value === undefined) {
    const fit = (cls: string) => fitAfter(before.reading, cls) * fitBefore(cls, after.reading);
    const own = token.reading.reduce((sum, [cls, share]) => sum + share * fit(cls), 0);
    const others = (alternatives.get(word.length) ?? []).filter((a) => a !== word).reduce((sum, a) => sum + fit(a), 0);
    value = others / own;
    misfits.set(memo, value);
  }
  return value;
}

// How likely a class is after a word read in any of its classes, and how likely the next word
// is after it (each of its classes in proportion to how much likelier it is here than anywhere).
function fitAfter(before: Reading, cls: string): number {
  return before.reduce((sum, [b, share]) => sum + share * follows(b, cls), 0);
}
function fitBefore(cls: string, after: Reading): number {
  return after.reduce((sum, [a, share]) => sum + (share * follows(cls, a)) / single(a), 0);
}

// Paragraphs, in list items too: the units that read as running text (headings are in title
// case, where every word looks like a name; site chrome is not the article's prose).
function blocks(tree: Root): RootContent[] {
  const out: RootContent[] = [];
  const walk = (node: RootContent): void => {
    if (node.type === 'paragraph') {
      if (blockReason(node) === undefined) out.push(node);
    }
    else if ('children' in node) for (const child of node.children as RootContent[]) walk(child);
  };
  for (const node of tree.children) walk(node);
  return out;
}

const mark = (cls: string, word = ''): Token => ({ word, key: cls, reading: [[cls, 1]], weigh: false });

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [mark(START)];
  let sentence = 1;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0].replace(/’/g, "'");
    if (/^[.!?]$/.test(raw)) {
      unweighTitle(tokens.slice(sentence));
      tokens.push(mark(END, raw), mark(START));
      sentence = tokens.length;
    } else if (/^[;:,()–—•|-]$/.test(raw)) tokens.push(mark(PAUSE, raw));
    else tokens.push(tokenOf(raw, tokens.at(-1)!.key === START, text.slice(Math.max(0, match.index - 3), match.index), text.slice(match.index + raw.length, match.index + raw.length + 3)));
  }
  unweighTitle(tokens.slice(sentence));
  tokens.push(mark(END));
  return tokens;
}

function unweighTitle(sentence: Token[]): void {
  const words = sentence.filter((t) => /\p{L}/u.test(t.word));
  const capitals = words.filter((t) => /^\p{Lu}/u.test(t.word)).length;
  if (words.length >= 3 && capitals / words.length >= TITLE_CASE) for (const t of sentence) t.weigh = false;
}

function tokenOf(raw: string, first: boolean, before: string, after: string): Token {
  const word = raw.toLowerCase();
  // A word touching a dot, dash, slash or digit is part of an abbreviation, an address or
  // "and/or"; one glued to a bracket is an ending ("part(s)").
  const joined = JOINED.test(before.slice(-1)) || JOINED.test(after.charAt(0)) || /\p{L}\($/u.test(before);
  // A word next to a symbol (spaces aside) is a symbol or a label: "{x}", "a > b".
  const symbol = SYMBOL.test(before.trimEnd().slice(-1)) || SYMBOL.test(after.trimStart().charAt(0));
  if (symbol) return mark(NAME, raw);
  if (joined) return { ...mark(NUMBER, raw), key: 'joined' };
  // A contraction ("it's", "don't") is rarer in the edited prose of the corpus than on the web.
  if (FUNCTION_WORDS.has(word)) return { word: raw, key: word, reading: [[word, 1]], weigh: word.length <= MAX_WEIGHED_LENGTH && !word.includes("'") };
  // A capitalised word inside a sentence is a name or an acronym (at its start, a word like
  // any other, but not weighed).
  if (first && /^\p{Lu}\p{Ll}+$/u.test(raw)) return { word: raw, key: word, reading: readingOf(word), weigh: false };
  if (/\p{Lu}/u.test(raw)) return mark(NAME, raw);
  if (/^\p{N}/u.test(raw)) return mark(NUMBER, raw);
  return { word: raw, key: word, reading: readingOf(word), weigh: /^[a-z]+$/.test(word) && word.length <= MAX_WEIGHED_LENGTH };
}
