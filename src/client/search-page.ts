// The /search/ page: Pagefind's Component UI inline, with the kind filter, a shareable ?q=
// address that fills the box on load and follows every search.
import { DEBOUNCE, loadSearchUi, PLACEHOLDER, RESULT_TEMPLATE, searchConfig } from './search-assets.ts';

interface PagefindInstance {
  triggerSearch(term: string): void;
  on(event: 'search', callback: (term: string) => void): void;
}
declare global {
  interface Window {
    PagefindComponents?: { getInstanceManager(): { getInstance(name?: string): PagefindInstance } };
  }
}

const container = document.getElementById('search-page');
if (container) {
  await loadSearchUi();
  container.innerHTML = `<pagefind-input debounce="${DEBOUNCE}" placeholder="${PLACEHOLDER}"></pagefind-input>
<pagefind-filter-pane open="kind"></pagefind-filter-pane>
<pagefind-summary></pagefind-summary>
<pagefind-results><script type="text/pagefind-template">${RESULT_TEMPLATE}</script></pagefind-results>`;
  container.prepend(searchConfig({ worker: true }));
  const instance = window.PagefindComponents!.getInstanceManager().getInstance('default');
  const query = new URLSearchParams(location.search).get('q')?.trim();
  if (query) instance.triggerSearch(query);
  instance.on('search', (term) => {
    const url = new URL(location.href);
    if (term) url.searchParams.set('q', term);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}
