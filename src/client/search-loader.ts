// The only script on content pages: opens search when the reader asks for it (the header
// control, "/" or Ctrl/⌘K) and only then loads it; arriving from a search result, it marks
// the searched words; it makes the share button and section links copy addresses.
// Without JavaScript the header control is a link to /search/ and section links still link.
import { isSearchShortcut } from './search-shortcut.ts';

async function openSearch(): Promise<void> {
  // On the search page itself, the page's own search box is the place to type.
  const pageInput = document.querySelector<HTMLInputElement>('#search-page input[type="search"]');
  if (pageInput) return pageInput.focus();
  (await import('./search-dialog.ts')).openSearchDialog();
}

/** Says something to screen readers through the page's status region. */
function announce(text: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  setTimeout(() => (region.textContent = text), 50);
}

async function copyLink(url: string, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(url);
    announce(`Link to ${what} copied`);
  } catch {
    announce('Your browser did not allow copying; the address bar has the link');
  }
}

// "Share this page": the system share sheet where there is one, else copy the link. It is the
// address the reader is on (without its query), not the canonical one: a build made without
// SITE_URL names localhost there.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-share]')) {
  button.disabled = false;
  button.addEventListener('click', () => {
    const url = location.origin + location.pathname;
    if (navigator.share) navigator.share({ title: button.dataset.share, url }).catch(() => undefined);
    else void copyLink(url, 'this page');
  });
}

document.addEventListener('click', (event) => {
  // A section's "#" link also copies the section's address (it still jumps there).
  const anchor = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.anchor-link');
  if (anchor) void copyLink(anchor.href, 'this section');
  const control = (event.target as Element | null)?.closest('[data-search-open]');
  if (!control || event.defaultPrevented || (event as MouseEvent).ctrlKey || (event as MouseEvent).metaKey) return;
  event.preventDefault();
  void openSearch();
});

document.addEventListener('keydown', (event) => {
  const { key, ctrlKey, metaKey, altKey } = event;
  if (!isSearchShortcut({ key, ctrlKey, metaKey, altKey, target: event.target as HTMLElement | null })) return;
  event.preventDefault();
  void openSearch();
});

// Arriving from a search result (?highlight=words): mark the words in the page's content.
const highlightWords = new URLSearchParams(location.search).get('highlight');
const main = document.querySelector<HTMLElement>('main');
if (highlightWords && main) void import('./highlight.ts').then(({ highlight }) => highlight(main, highlightWords.split(/\s+/)));
