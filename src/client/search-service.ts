// Search as the worker runs it: loads Pagefind's engine and the build's word list, plans a
// reader's query, runs the plan and loads the result pages a batch at a time. All of it runs
// off the page's main thread (src/client/search-worker.ts), so a common word over thousands
// of pages (tens of thousands of Pagefind results) never freezes the page: only the batch
// of results to show crosses to the page.
import { buildLexicon, type Lexicon } from '../lib/search/lexicon.ts';
import { englishFileOf } from '../lib/search/english.ts';
import { inScope, planQuery, unplaced, type QueryPlan } from '../lib/search/query-plan.ts';
import type { Ranked } from '../lib/search/rank.ts';
import { runPlan, type SearchEngine } from '../lib/search/run-plan.ts';
import { highlightWords } from '../lib/search/search-message.ts';
import { STOP_WORDS } from '../lib/search/stop-words.ts';
import type { SearchWords } from '../lib/search/vocabulary.ts';
import { wordsOf } from '../lib/search/words.ts';

/** Where Pagefind's files are, under the site's base path. */
const BUNDLE = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;

/** What one result's page holds, as Pagefind returns it. */
export interface PageData {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string };
}

/** Pagefind's API as search uses it. */
type Pagefind = SearchEngine<() => Promise<PageData>> & { options(o: object): Promise<void>; init(): Promise<void>; preload(term: string): Promise<void> };

/** What a finished search reports to the page. */
export interface SearchOutcome {
  plan: QueryPlan;
  /** How many results in all, and how many have every concept of the plan. */
  total: number;
  allMatched: number;
  /** The words to mark on a result's page. */
  highlight: string;
  /** The first batch of result pages. */
  pages: PageData[];
}

/** Words of context around the best match in an excerpt: two or three lines in the result list. */
const EXCERPT_WORDS = 34;

let loading: Promise<Engine> | undefined;
/** The ranked results of the latest search, for "Show more". */
let latest: { seq: number; results: Ranked<() => Promise<PageData>>[] } | undefined;

/** What a search needs: Pagefind, the lexicon, and where the speller's dictionary files start. */
interface Engine {
  pagefind: Pagefind;
  lexicon: Lexicon;
  englishBounds: readonly string[];
}

/** Pagefind (in this thread, as Pagefind does in a worker) and the lexicon, loaded once. */
function load(): Promise<Engine> {
  loading ??= (async () => {
    const [pagefind, words] = await Promise.all([
      import(/* @vite-ignore */ `${BUNDLE}pagefind.js`) as Promise<Pagefind>,
      fetch(`${BUNDLE}search-words.json`).then((r) => {
        if (!r.ok) throw new Error(`search words: ${r.status}`);
        return r.json() as Promise<SearchWords>;
      }),
    ]);
    await pagefind.options({ excerptLength: EXCERPT_WORDS, excerptEllipsis: '…' });
    await pagefind.init();
    return { pagefind, lexicon: buildLexicon(words), englishBounds: words.english };
  })();
  // A failed load (offline, blocked) is tried again by the next search.
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Starts loading, so the first search does not wait for the engine. */
export async function warmUp(): Promise<void> {
  await load();
}

/** Fetches the index chunks for the content words typed so far (Pagefind's preload). */
export async function preload(text: string): Promise<void> {
  const words = wordsOf(text).filter((w) => !STOP_WORDS.has(w));
  if (words.length > 0) await (await load()).pagefind.preload(words.join(' '));
}

/** The speller's dictionary files loaded so far, by number. */
const dictionary = new Map<number, Promise<ReadonlySet<string>>>();

/** Which of `words` are English (loading only the dictionary files they need; a failed file counts as none). */
async function englishOf(words: readonly string[], bounds: readonly string[]): Promise<ReadonlySet<string>> {
  const english = new Set<string>();
  await Promise.all(
    words.map(async (word) => {
      const file = englishFileOf(word, bounds);
      let entries = dictionary.get(file);
      if (!entries) {
        entries = fetch(`${BUNDLE}english/${file}.json`)
          .then((r) => (r.ok ? (r.json() as Promise<string[]>) : []))
          .then((list) => new Set(list), () => new Set<string>());
        dictionary.set(file, entries);
      }
      if ((await entries).has(word)) english.add(word);
    }),
  );
  return english;
}

/** How a search treats the reader's words: exactly as typed (no corrections), and whether the last word is unfinished. */
export interface SearchMode {
  asTyped?: boolean;
  typing?: boolean;
}

/** Runs search number `seq` and loads the first `count` result pages. */
export async function search(seq: number, query: string, kind: string, count: number, mode: SearchMode = {}): Promise<SearchOutcome> {
  const { pagefind, lexicon, englishBounds } = await load();
  const english = mode.asTyped ? undefined : await englishOf(unplaced(query, lexicon, { prefixLast: mode.typing }), englishBounds);
  const plan = planQuery(query, lexicon, { asTyped: mode.asTyped, english, prefixLast: mode.typing });
  const { results, allMatched } = inScope(plan, lexicon) ? await runPlan(plan, pagefind, kind || undefined, lexicon) : { results: [], allMatched: 0 };
  latest = { seq, results };
  return { plan, total: results.length, allMatched, highlight: highlightWords(plan).join(' '), pages: await pagesOf(seq, 0, count) };
}

/** The result pages `from`…`from + count` of search `seq` (none once a newer search ran). */
export async function pagesOf(seq: number, from: number, count: number): Promise<PageData[]> {
  if (latest?.seq !== seq) return [];
  return Promise.all(latest.results.slice(from, from + count).map((r) => r.item()));
}
