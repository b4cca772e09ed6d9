// Scores how plausible a text's short words are in their places, from the text alone (no
// twin needed). Garbling swaps common words for others of the same length, and many of the
// swapped-in words are real words ("hi your feet", "it usually more better") that a list of
// English words cannot catch. For each short word we ask a model of English word pairs
// (language-model.json, from the Brown corpus): would a common word of the same length fit
// its neighbours far better? Clean prose has such places very rarely; garbled text has many.
import { createRequire } from 'node:module';
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isShortWord } from './garble-score.ts';
import { blockReason } from './remove-boilerplate.ts';
import { END, FUNCTION_WORDS, NAME, NUMBER, PAUSE, START, SWAPPABLE_WORDS, UNKNOWN } from './language-classes.ts';

interface Model {
  lexicon: Record<string, string[]>;
  singles: Record<string, number>;
  pairs: Record<string, number>;
}
const model = createRequire(import.meta.url)('./language-model.json') as Model;
const classOf = new Map(Object.entries(model.lexicon).flatMap(([cls, list]) => list.map((w) => [w, cls] as const)));
const total = Object.values(model.singles).reduce((a, b) => a + b, 0);
const alternatives = new Map<number, string[]>();
for (const word of SWAPPABLE_WORDS) alternatives.set(word.length, [...(alternatives.get(word.length) ?? []), word]);

/** How much better the best alternative must fit before a word's place counts as implausible. */
export const IMPLAUSIBLE_RATIO = 1000;
/** Words longer than this are never swapped in by garbling, so they are not weighed. */
const MAX_WEIGHED_LENGTH = 5;
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*|[.!?;:,()–—•|]|(?<=\s)-(?=\s)/gu;
// A word touching one of these is part of an address, a number or an abbreviation.
const JOINED = /[.\-–/@\d]/;

/** The places a text's short words do not fit, with the numbers the decision is made on. */
export interface LanguageEvidence {
  /** Short lower-case words weighed. */
  weighed: number;
  /** Those whose place a common word of the same length would fit far better: "lower [soon]." */
  implausible: { phrase: string; line: number | undefined }[];
  /** implausible / weighed (0 = every short word fits). */
  score: number;
}

interface Token {
  word: string;
  cls: string;
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

function weigh(tree: Root): LanguageEvidence {
  const implausible: LanguageEvidence['implausible'] = [];
  let weighed = 0;
  for (const block of blocks(tree)) {
    const tokens = tokensOf(toString(block));
    for (let i = 1; i < tokens.length - 1; i++) {
      const { word, cls, weigh } = tokens[i]!;
      if (!weigh) continue;
      weighed++;
      const before = tokens[i - 1]!.cls;
      const after = tokens[i + 1]!.cls;
      const fit = p(before, cls) * p(cls, after);
      const best = bestFit(before, after, word);
      // A word that is no English word at all ("nd", "qv") never fits.
      const stray = word.length <= 3 && /^[a-z]+$/.test(word) && !isShortWord(word);
      if (stray || best / fit > IMPLAUSIBLE_RATIO) implausible.push({ phrase: [tokens[i - 1]!.word, `[${word}]`, tokens[i + 1]!.word].join(' ').trim(), line: block.position?.start.line });
    }
  }
  return { weighed, implausible, score: Math.round((implausible.length / Math.max(1, weighed)) * 1000) / 1000 };
}

/**
 * Whether a text reads as garbled: seven implausible places or more, and more than one in
 * forty short words. Set so that none of 59 real clean articles (test/fixtures/real-articles/
 * and our clean sources) is refused: the most any has is six places, or one in twenty-six.
 */
export function readsGarbled(evidence: LanguageEvidence): boolean {
  return evidence.implausible.length >= GARBLED_PLACES && evidence.score > GARBLED_SCORE;
}

/** The refusal thresholds: places out of place, and their share of the short words. */
export const GARBLED_PLACES = 7;
export const GARBLED_SCORE = 0.025;

// Add-one smoothing towards the second class's own frequency, so an unseen pair is rare, not
// impossible. Memoised: there are a few hundred classes, and a long text asks the same pairs.
const probabilities = new Map<string, number>();
function p(a: string, b: string): number {
  const key = `${a} ${b}`;
  let value = probabilities.get(key);
  if (value === undefined) {
    value = ((model.pairs[key] ?? 0) + ((model.singles[b] ?? 0) + 1) / total) / ((model.singles[a] ?? 0) + 1);
    probabilities.set(key, value);
  }
  return value;
}

// How well the best common word of the same length (other than the word itself) fits between two classes.
const bestFits = new Map<string, number>();
function bestFit(before: string, after: string, word: string): number {
  const key = `${before} ${after} ${word}`;
  let value = bestFits.get(key);
  if (value === undefined) {
    value = Math.max(0, ...(alternatives.get(word.length) ?? []).filter((a) => a !== word).map((a) => p(before, a) * p(a, after)));
    bestFits.set(key, value);
  }
  return value;
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

function tokensOf(text: string): Token[] {
  const tokens: Token[] = [{ word: '', cls: START, weigh: false }];
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0].replace(/’/g, "'");
    if (/^[.!?]$/.test(raw)) tokens.push({ word: raw, cls: END, weigh: false }, { word: '', cls: START, weigh: false });
    else if (/^[;:,()–—•|-]$/.test(raw)) tokens.push({ word: raw, cls: PAUSE, weigh: false });
    else tokens.push(tokenOf(raw, tokens.at(-1)!.cls === START, text.charAt(match.index - 1), text.charAt(match.index + raw.length)));
  }
  tokens.push({ word: '', cls: END, weigh: false });
  return tokens;
}

function tokenOf(raw: string, first: boolean, before: string, after: string): Token {
  const word = raw.toLowerCase();
  if (FUNCTION_WORDS.has(word)) return { word: raw, cls: word, weigh: word.length <= MAX_WEIGHED_LENGTH };
  // A capitalised word inside a sentence is a name or an acronym (at its start, a word like
  // any other); a word joined to a dot, dash or digit is part of an abbreviation.
  if (first && /^\p{Lu}\p{Ll}+$/u.test(raw)) return { word: raw, cls: classOf.get(word) ?? UNKNOWN, weigh: false };
  if (/\p{Lu}/u.test(raw)) return { word: raw, cls: NAME, weigh: false };
  if (JOINED.test(before) || JOINED.test(after)) return { word: raw, cls: UNKNOWN, weigh: false };
  if (/^\p{N}/u.test(raw)) return { word: raw, cls: NUMBER, weigh: false };
  return { word: raw, cls: classOf.get(word) ?? UNKNOWN, weigh: /^[a-z']+$/.test(word) && word.length <= MAX_WEIGHED_LENGTH };
}
