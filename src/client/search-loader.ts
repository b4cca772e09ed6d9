// The only script on content pages: opens search when the reader asks for it (the header
// control, "/" or Ctrl/⌘K) and only then loads Pagefind; arriving from a search result, it
// marks the searched words; it makes the share button and section links copy addresses.
// Without JavaScript the header control is a link to /search/ and section links still link.
import { BUNDLE, DEBOUNCE, loadSearchUi, PLACEHOLDER, RESULT_TEMPLATE, searchConfig } from './search-assets.ts';
import { isSearchShortcut } from './search-shortcut.ts';

type Modal = HTMLElement & { open(): void };

let modal: Modal | undefined;

async function openSearch(): Promise<void> {
  // On the search page itself, the page's own search box is the place to type.
  const pageInput = document.querySelector<HTMLInputElement>('#search-page input');
  if (pageInput) return pageInput.focus();
  const returnTo = document.activeElement as HTMLElement | null;
  await loadSearchUi();
  if (!modal) {
    // The modal builds its default layout (input, summary, results, keyboard hints); giving it
    // children instead makes its header render twice. Our settings go onto the built parts.
    modal = document.createElement('pagefind-modal') as Modal;
    document.body.append(searchConfig({ worker: false }), modal);
    const input = modal.querySelector('pagefind-input');
    input?.setAttribute('placeholder', PLACEHOLDER);
    input?.setAttribute('debounce', DEBOUNCE);
    const results = modal.querySelector('pagefind-results') as (HTMLElement & { checkForTemplates?: () => void }) | null;
    results?.insertAdjacentHTML('afterbegin', `<script type="text/pagefind-template">${RESULT_TEMPLATE}</script>`);
    results?.checkForTemplates?.();
  }
  modal.open();
  // Focus goes back where it was when the dialog closes.
  modal.querySelector('dialog')?.addEventListener('close', () => returnTo?.focus(), { once: true });
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

// "Share this page": the system share sheet where there is one, else copy the canonical link.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-share]')) {
  button.disabled = false;
  button.addEventListener('click', () => {
    const url = document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href;
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

// Arriving from a search result (?highlight=term): mark the terms with Pagefind's highlighter,
// a module that defines window.PagefindHighlight. A script element, not import(), keeps
// Vite's preload helper out of this file.
if (new URLSearchParams(location.search).has('highlight')) {
  const script = document.createElement('script');
  script.type = 'module';
  script.src = `${BUNDLE}pagefind-highlight.js`;
  script.onload = () => {
    const Highlight = (window as unknown as { PagefindHighlight: new (options: object) => unknown }).PagefindHighlight;
    new Highlight({ highlightParam: 'highlight', addStyles: false, markOptions: { className: 'search-highlight', exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'] } });
  };
  document.head.append(script);
}
