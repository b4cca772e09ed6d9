// The messages between the page and the search worker.
import type { SearchMode } from './search-service.ts';

/** What the page asks of the worker. */
export type SearchCall =
  | { type: 'warm-up' }
  | { type: 'preload'; text: string }
  | { type: 'search'; seq: number; query: string; kind: string; count: number; mode: SearchMode }
  | { type: 'more'; seq: number; from: number; count: number };

/** A call as sent: with an id its answer repeats. */
export type SearchRequest = SearchCall & { id: number };

/** The worker's answer to one request. */
export type SearchResponse = { id: number } & ({ ok: true; value: unknown } | { ok: false; error: string });
