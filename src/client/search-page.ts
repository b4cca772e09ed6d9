// The /search/ page: our search UI in place of the "needs JavaScript" note, with a shareable
// address (?q=…&kind=…) that fills the box on load and follows every search.
import { HELP_LINKS } from './search-help-links.ts';
import { warmUp } from './search-client.ts';
import { mountSearch } from './search-ui.ts';

const container = document.getElementById('search-page');
if (container) {
  const params = new URLSearchParams(location.search);
  const ui = mountSearch(container, {
    id: 'search-page',
    headingLevel: 2,
    links: HELP_LINKS,
    onSearch: (query, kind) => {
      const url = new URL(location.href);
      for (const [key, value] of [['q', query.trim()], ['kind', kind]] as const) {
        if (value) url.searchParams.set(key, value);
        else url.searchParams.delete(key);
      }
      history.replaceState(null, '', url);
    },
  });
  const query = params.get('q')?.trim();
  if (query) ui.search(query, params.get('kind') ?? '');
  // A reader on this page is here to search: load the engine while they type.
  else warmUp();
}
