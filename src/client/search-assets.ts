// Loads what search needs, once, on demand: Pagefind's JavaScript API (its engine, no UI) and
// the build's list of indexed words and aliases, from which the query layer is made.
import { buildLexicon, type Lexicon } from '../lib/search/lexicon.ts';
import type { SearchEngine } from '../lib/search/run-plan.ts';
import type { SearchWords } from '../lib/search/vocabulary.ts';

/** Where Pagefind's files are, under the site's base path. */
export const BUNDLE = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;

/** What one result's page holds, as Pagefind returns it. */
export interface PageData {
  url: string;
  excerpt: string;
  meta: { title?: string; kind?: string };
}

/** Pagefind's API as search uses it (it searches in a web worker where it can). */
export type Pagefind = SearchEngine<() => Promise<PageData>> & { options(o: object): Promise<void>; init(): Promise<void>; preload(term: string): Promise<void> };

/** Words of context around the best match in an excerpt: two or three lines in the result list. */
const EXCERPT_WORDS = 34;

let loading: Promise<{ pagefind: Pagefind; lexicon: Lexicon }> | undefined;

/** Pagefind, started (its WebAssembly and index metadata loading), and the lexicon. */
export function loadSearch(): Promise<{ pagefind: Pagefind; lexicon: Lexicon }> {
  loading ??= (async () => {
    const [pagefind, words] = await Promise.all([
      import(/* @vite-ignore */ `${BUNDLE}pagefind.js`) as Promise<Pagefind>,
      fetch(`${BUNDLE}search-words.json`).then((r) => {
        if (!r.ok) throw new Error(`search words: ${r.status}`);
        return r.json() as Promise<SearchWords>;
      }),
    ]);
    await pagefind.options({ excerptLength: EXCERPT_WORDS, excerptEllipsis: '…' });
    void pagefind.init();
    return { pagefind, lexicon: buildLexicon(words) };
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** What the search box invites the reader to type. */
export const PLACEHOLDER = 'For example: numb thigh, slipped disc';
