// Turns what a reader typed into what to search: stop words dropped, typos corrected against
// the index's own words (only words that are not English: "lost" is a word the site lacks, not
// a typo of "most"), readers' words and other spellings expanded to the site's terms, and
// words the site does not have reported instead of matched by a fragment.
import { allowedEdits, editDistance } from './edit-distance.ts';
import type { Lexicon } from './lexicon.ts';
import { stem, stemKey } from './stem.ts';
import { STOP_WORDS } from './stop-words.ts';
import { namesWarningSign } from './warning-terms.ts';
import { isNumber, wordsOf } from './words.ts';

/** One thing the reader asked about: a word, or a phrase such as "pins and needles". */
export interface Concept {
  /** The reader's words (after any correction), as they will be shown. */
  said: string;
  /** Searches a page may match for this concept; each is words that must all be on the page. */
  searches: string[];
  /** Whether the words were typed as found, corrected from a typo, or not on the site at all. */
  status: 'found' | 'corrected' | 'unknown';
  /** For a corrected concept, what the reader typed. */
  typed?: string;
}

/** What to search for a query. */
export interface QueryPlan {
  concepts: Concept[];
  /** Words left out as saying nothing about the topic ("my", "in", "the"). */
  dropped: string[];
}

/** How to plan: which typed words are English (never corrected), and whether to correct at all. */
export interface PlanOptions {
  /** Words known to be English though the index lacks them. */
  english?: ReadonlySet<string>;
  /** Search exactly what was typed ("Search instead for …"): no corrections. */
  asTyped?: boolean;
  /** The last word is still being typed: an unplaced last word matches the index's words that start with it. */
  prefixLast?: boolean;
}

/** How many index words an unfinished last word may stand for. */
const COMPLETIONS = 3;
/** An unfinished last word shorter than this is left out until it is longer: one or two letters start too many words (and loading their index chunks costs bytes). */
const MIN_PREFIX = 3;

/** True when the index has the word or another form of it (Pagefind stems words). */
export function isKnown(word: string, lexicon: Pick<Lexicon, 'known' | 'stems'>): boolean {
  return isNumber(word) || lexicon.known.has(word) || lexicon.stems.has(stem(word));
}

/** The index's own form of a known word: itself, or the commonest index word with its stem. */
function indexForm(word: string, lexicon: Lexicon): string {
  return lexicon.known.has(word) || isNumber(word) ? word : (lexicon.surface.get(stem(word)) ?? word);
}

/** The closest word to `word` among the candidates within `limit` edits (those `fits` accepts), or undefined. */
export function correct(word: string, lexicon: Lexicon, fits: (candidate: string) => boolean = () => true, limit = allowedEdits(word)): string | undefined {
  let best: string | undefined;
  let bestDistance = limit + 1;
  // Candidates are most widespread first, so on a tie the commoner word wins.
  for (const candidate of lexicon.candidates) {
    if (!fits(candidate)) continue;
    const d = editDistance(word, candidate, Math.min(limit, bestDistance - 1));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

/** Edits allowed when the correction makes a phrase of the site with a neighbouring word: one more for a word of 3 letters ("lower bak" → "lower back") or of 5 or 6 ("corda equina" → "cauda equina"), as context makes a slip as sure as a longer word makes it alone. */
function editsInContext(word: string): number {
  if (word.length === 3) return 1;
  return word.length >= 5 ? Math.max(allowedEdits(word), 2) : allowedEdits(word);
}

/** The words of a phrase without stop words, joined by spaces: Pagefind would require and mark "or". */
function contentWords(phrase: string): string {
  return wordsOf(phrase)
    .filter((w) => !STOP_WORDS.has(w))
    .join(' ');
}

/** True when a word is a stop word, in the index (in some form), or part of a phrase search knows. */
function recognised(word: string, lexicon: Lexicon): boolean {
  return STOP_WORDS.has(word) || isKnown(word, lexicon) || lexicon.phraseStems.has(stem(word));
}

/** The commonest index words an unfinished word starts ("kn" → knee, knees, kneecap). */
function completionsOf(word: string, lexicon: Lexicon): string[] {
  return lexicon.candidates.filter((c) => c.startsWith(word) && lexicon.known.has(c)).slice(0, COMPLETIONS);
}

/** Typed words that the plan would try to correct: the ones whose dictionary entry decides it (not an unfinished last word that completes). */
export function unplaced(query: string, lexicon: Lexicon, options: Pick<PlanOptions, 'prefixLast'> = {}): string[] {
  const typed = wordsOf(query);
  return typed.filter((w, i) => !recognised(w, lexicon) && allowedEdits(w) > 0 && !(options.prefixLast && i === typed.length - 1 && w.length >= MIN_PREFIX && completionsOf(w, lexicon).length > 0));
}

/** The plan for a query typed by a reader. */
export function planQuery(query: string, lexicon: Lexicon, options: PlanOptions = {}): QueryPlan {
  const typed = wordsOf(query);
  const last = typed.at(-1) ?? '';
  // An unfinished last word ("sciatica kn") stands for the commonest index words it starts.
  const unfinished = options.prefixLast === true && !recognised(last, lexicon);
  const completions = unfinished && last.length >= MIN_PREFIX ? completionsOf(last, lexicon) : [];
  // The nearest content word before or after a word: "loss of bowl control" → "loss", "control".
  const content = typed.map((w) => !STOP_WORDS.has(w));
  const neighbour = (i: number, step: -1 | 1) => {
    for (let j = i + step; j >= 0 && j < typed.length; j += step) if (content[j]) return typed[j];
    return undefined;
  };
  const pair = (a: string | undefined, b: string | undefined) => a !== undefined && b !== undefined && lexicon.pairs.has(`${stem(a)} ${stem(b)}`);
  const fixed = typed.map((w, i) => {
    if (recognised(w, lexicon) || options.asTyped || (i === typed.length - 1 && completions.length > 0)) return w;
    // A correction that makes a phrase of the site with a neighbour is preferred, and may be one
    // edit further ("corda equina"); an English word the site lacks is corrected only so ("bakers
    // cist" → "bakers cyst", "loss of bowl control" → "bowel control"; "lost bladder" makes no
    // phrase of "most").
    const before = [typed[i - 1], neighbour(i, -1)];
    const after = [typed[i + 1], neighbour(i, 1)];
    const fits = (c: string) => before.some((b) => pair(b, c)) || after.some((a) => pair(c, a));
    const inContext = correct(w, lexicon, fits, editsInContext(w));
    if (options.english?.has(w)) return inContext ?? w;
    return inContext ?? correct(w, lexicon) ?? w;
  });
  const concepts: Concept[] = [];
  const dropped: string[] = [];
  for (let i = 0; i < fixed.length; ) {
    // The longest phrase starting here that the lexicon expands ("pins and needles").
    let length = Math.min(lexicon.longestPhrase, fixed.length - i);
    while (length > 1 && !lexicon.expansions.has(stemKey(fixed.slice(i, i + length)))) length--;
    const words = fixed.slice(i, i + length);
    const said = words.join(' ');
    const key = stemKey(words);
    const typedHere = typed.slice(i, i + length).join(' ');
    i += length;
    const tooShort = unfinished && i === fixed.length && length === 1 && last.length < MIN_PREFIX;
    if ((length === 1 && STOP_WORDS.has(said) && !lexicon.expansions.has(key)) || tooShort) {
      dropped.push(said);
      continue;
    }
    const asTyped = contentWords(said);
    const searches = asTyped && asTyped.split(' ').every((w) => isKnown(w, lexicon)) ? [asTyped.split(' ').map((w) => indexForm(w, lexicon)).join(' ')] : [];
    for (const target of lexicon.expansions.get(key) ?? []) {
      const search = contentWords(target);
      if (search && !searches.includes(search)) searches.push(search);
    }
    if (i === fixed.length && length === 1 && searches.length === 0) searches.push(...completions);
    const status = searches.length === 0 ? 'unknown' : said === typedHere ? 'found' : 'corrected';
    concepts.push(status === 'corrected' ? { said, searches, status, typed: typedHere } : { said, searches, status });
  }
  return { concepts, dropped };
}

/** Content words a plan needs before a rare word it knows is enough: a name is a word or two, and one half of it missing ("carpal tunnel", "sore throat") means the site lacks the thing. */
const DESCRIPTION = 3;

/** Whether a plan is worth searching: something known, and not mostly words the site lacks, or else a description of several words with one the site has on few pages. */
export function inScope(plan: QueryPlan, lexicon?: Pick<Lexicon, 'common'>): boolean {
  // Words the site lacks never hide the warning signs from a reader who names one.
  if (namesWarningSign(plan)) return true;
  const unknown = plan.concepts.filter((c) => c.status === 'unknown').length;
  const searchable = plan.concepts.length - unknown;
  if (searchable === 0) return false;
  if (unknown < searchable) return true;
  // A reader describing a situation uses words the site never needs ("leaning on a shopping
  // trolley to walk"): one rare word it has ("walk") is worth searching; "pain" is everywhere.
  // A concept is rare only if each of its searches is ("sore" also searches "pain").
  const rare = (c: Concept) => c.searches.length > 0 && c.searches.every((s) => wordsOf(s).some((w) => !isNumber(w) && !lexicon?.common.has(stem(w))));
  return lexicon !== undefined && plan.concepts.length >= DESCRIPTION && plan.concepts.some(rare);
}
