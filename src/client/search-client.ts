// The page's side of search: starts the search worker once, on demand, and turns its messages
// into promises. If the worker cannot start or its files cannot load (offline, blocked, or
// `astro dev` before any build), the pending calls reject and the next call starts a new one.
import type { SearchCall, SearchResponse } from './search-messages.ts';
import type { PageData, SearchMode, SearchOutcome } from './search-service.ts';

export type { PageData, SearchMode, SearchOutcome };

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

let worker: Worker | undefined;
let nextId = 0;
const pending = new Map<number, Pending>();

function failAll(error: Error): void {
  worker?.terminate();
  worker = undefined;
  for (const p of pending.values()) p.reject(error);
  pending.clear();
}

function start(): Worker {
  const started = new Worker(new URL('./search-worker.ts', import.meta.url), { type: 'module', name: 'search' });
  started.addEventListener('message', (event: MessageEvent<SearchResponse>) => {
    const { id } = event.data;
    const waiting = pending.get(id);
    pending.delete(id);
    if (event.data.ok) waiting?.resolve(event.data.value);
    else {
      waiting?.reject(new Error(event.data.error));
      // A load that failed is retried by a fresh worker (a module the worker failed to import stays failed).
      failAll(new Error(event.data.error));
    }
  });
  started.addEventListener('error', () => failAll(new Error('the search worker could not start')));
  return started;
}

function ask<T>(request: SearchCall): Promise<T> {
  worker ??= start();
  const id = nextId++;
  return new Promise<T>((resolve, reject) => {
    pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    worker!.postMessage({ ...request, id });
  });
}

/** Starts loading search (the worker, Pagefind and the word list) before the first search. */
export function warmUp(): void {
  ask({ type: 'warm-up' }).catch(() => undefined);
}

/** Fetches the index chunks for the words typed so far. */
export function preload(text: string): void {
  ask({ type: 'preload', text }).catch(() => undefined);
}

/** Runs search number `seq`, with the first `count` result pages. */
export const search = (seq: number, query: string, kind: string, count: number, mode: SearchMode = {}) => ask<SearchOutcome>({ type: 'search', seq, query, kind, count, mode });

/** More result pages of search `seq` (none once a newer search ran). */
export const more = (seq: number, from: number, count: number) => ask<PageData[]>({ type: 'more', seq, from, count });
