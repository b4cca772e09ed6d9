// The search dialog every content page opens from its header ("/" or Ctrl/⌘K too): a modal
// <dialog> holding our search UI. Loaded only when the reader first opens search.
import { HELP_LINKS } from './search-help-links.ts';
import { mountSearch, type SearchUi } from './search-ui.ts';
import { warmUp } from './search-client.ts';

let dialog: HTMLDialogElement | undefined;
let ui: SearchUi | undefined;

/** Opens the dialog (building it the first time), focus in the box; focus returns on close. */
export function openSearchDialog(): void {
  if (!dialog) {
    dialog = document.createElement('dialog');
    dialog.className = 'search-dialog';
    dialog.setAttribute('aria-labelledby', 'search-dialog-title');
    dialog.innerHTML = `<div class="search-dialog-bar"><h2 id="search-dialog-title">Search</h2><button type="button" class="search-close">Close</button></div><div class="search-ui"></div>`;
    document.body.append(dialog);
    ui = mountSearch(dialog.querySelector('.search-ui')!, { id: 'search-dialog', headingLevel: 3, links: HELP_LINKS });
    dialog.querySelector('.search-close')!.addEventListener('click', () => dialog!.close());
    // A click on the backdrop (outside the dialog's box) closes it.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog!.close();
    });
    // One Escape closes it, even from a filled search box (whose own Escape would first empty it).
    dialog.addEventListener('keydown', (event) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      dialog!.close();
    });
    // Start loading the engine and words while the reader types.
    warmUp();
  }
  const returnTo = document.activeElement as HTMLElement | null;
  dialog.showModal();
  ui!.input.focus();
  ui!.input.select();
  dialog.addEventListener('close', () => returnTo?.focus(), { once: true });
}
