// The search worker: runs src/client/search-service.ts on messages from the page
// (src/client/search-client.ts) and answers each with its id.
import { pagesOf, preload, search, warmUp } from './search-service.ts';
import type { SearchRequest, SearchResponse } from './search-messages.ts';

const answer = (response: SearchResponse) => postMessage(response);

addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  const request = event.data;
  const work: Promise<unknown> =
    request.type === 'warm-up'
      ? warmUp()
      : request.type === 'preload'
        ? preload(request.text)
        : request.type === 'search'
          ? search(request.seq, request.query, request.kind, request.count, request.mode)
          : pagesOf(request.seq, request.from, request.count);
  work.then(
    (value) => answer({ id: request.id, ok: true, value }),
    (error: unknown) => answer({ id: request.id, ok: false, error: String(error) }),
  );
});
