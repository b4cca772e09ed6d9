// Our search interface, the same in the dialog and on /search/: a search box, a kind filter,
// a line saying what was searched, and a plain list of results (about ten, then "Show more").
// Plain DOM, no framework: each result is a heading link, its kind and an excerpt, so a
// click or tap lands on the link it is over (no overlaid click areas).
import type { QueryPlan } from '../lib/search/query-plan.ts';
import { SEARCH_KIND_LABELS } from '../lib/search/search-kind.ts';
import { searchMessage } from '../lib/search/search-message.ts';
import { boundQuery, QUERY_CUT_NOTE } from '../lib/search/query-limit.ts';
import * as engine from './search-client.ts';

/** Results put in the page at a time. */
const PAGE_SIZE = 10;
/** Milliseconds of pause in typing before a search runs. */
const DEBOUNCE = 120;
/** What the search box invites the reader to type. */
const PLACEHOLDER = 'For example: numb thigh, slipped disc';

/** Where the UI is and what it reports back. */
export interface SearchUiOptions {
  /** A prefix for element ids (two UIs never share a page, but ids stay unique). */
  id: string;
  /** Heading level of result titles. */
  headingLevel: 2 | 3;
  /** Site paths for the no-results help, under the base path. */
  links: { label: string; href: string }[];
  /** Called after each search with the query and kind (the page puts them in its address). */
  onSearch?: (query: string, kind: string) => void;
}

/** The mounted UI: run a search, focus the box. */
export interface SearchUi {
  search(query: string, kind?: string): void;
  input: HTMLInputElement;
}

const esc = (s: string) => s.replace(/[&<>"]/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot' }[c]};`);

/** Builds the search UI inside `root`. */
export function mountSearch(root: HTMLElement, options: SearchUiOptions): SearchUi {
  const { id } = options;
  const kinds = SEARCH_KIND_LABELS.map(([value, label]) => `<label class="kind-option"><input type="radio" name="${id}-kind" value="${esc(value)}"> ${esc(label)}</label>`).join('');
  root.innerHTML = `<form class="search-form" role="search" action="">
  <label for="${id}-q" class="search-label">Search this site</label>
  <input id="${id}-q" type="search" name="q" autocomplete="off" spellcheck="false" enterkeyhint="search" placeholder="${esc(PLACEHOLDER)}" aria-describedby="${id}-status">
  <details class="kind-filter"><summary>Kind of page: <span class="kind-current">All</span></summary>
    <fieldset><legend class="visually-hidden">Show only</legend><label class="kind-option"><input type="radio" name="${id}-kind" value="" checked> All</label>${kinds}</fieldset>
  </details>
</form>
<p id="${id}-status" class="search-status" role="status" aria-live="polite"></p>
<ol class="search-results" aria-label="Results"></ol>
<button type="button" class="search-more" hidden>Show more results</button>
<div class="search-empty" hidden></div>`;
  const form = root.querySelector('form')!;
  const input = root.querySelector('input[type="search"]') as HTMLInputElement;
  const status = root.querySelector('.search-status')!;
  const list = root.querySelector('.search-results') as HTMLOListElement;
  const more = root.querySelector('.search-more') as HTMLButtonElement;
  const empty = root.querySelector('.search-empty') as HTMLElement;
  const filter = root.querySelector('.kind-filter') as HTMLDetailsElement;
  const kindLabel = root.querySelector('.kind-current')!;
  // Wide screens show the filter open; on a phone the results come first.
  filter.open = matchMedia('(min-width: 48rem)').matches;

  let run = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // The search whose results are listed: its number, how many results, how many are shown.
  let shown: { seq: number; total: number; next: number; highlight: string } | undefined;

  const kind = () => (root.querySelector<HTMLInputElement>(`input[name="${id}-kind"]:checked`)?.value ?? '');

  /** Adds a batch of result pages to the list (focus on the first of a later batch). */
  function append(pages: engine.PageData[]): void {
    const level = `h${options.headingLevel}`;
    const first = shown!.next;
    list.insertAdjacentHTML(
      'beforeend',
      pages
        .map((p) => {
          const url = new URL(p.url, location.href);
          if (shown!.highlight) url.searchParams.set('highlight', shown!.highlight);
          const title = esc(p.meta.title ?? p.url);
          const kindText = p.meta.kind ? `<span class="result-kind">${esc(p.meta.kind)}</span>` : '';
          // The excerpt is Pagefind's page text with <mark>s; its text was escaped at indexing.
          return `<li class="search-result"><${level} class="result-title"><a class="result-link" href="${esc(url.pathname + url.search + url.hash)}">${title}</a></${level}> ${kindText}<p class="result-excerpt">${p.excerpt}</p></li>`;
        })
        .join(''),
    );
    shown!.next += pages.length;
    more.hidden = shown!.next >= shown!.total;
    if (first > 0) list.querySelectorAll<HTMLAnchorElement>('.result-link')[first]?.focus();
  }

  async function showMore(): Promise<void> {
    if (!shown) return;
    const mine = run;
    try {
      const pages = await engine.more(shown.seq, shown.next, PAGE_SIZE);
      if (mine === run) append(pages);
    } catch (error) {
      console.error('search failed:', error);
      if (mine === run) showUnavailable();
    }
  }

  function say(plan: QueryPlan, total: number, allMatched: number, query: string, cut: boolean): void {
    const m = searchMessage(plan, allMatched, total);
    const parts: string[] = cut ? [QUERY_CUT_NOTE] : [];
    if (m.correctedTo) parts.push(`Showing results for <em>${esc(m.correctedTo)}</em>. <button type="button" class="search-as-typed">Search instead for <em>${esc(query.trim())}</em></button>.`);
    if (m.unknown.length) parts.push(`No page mentions ${m.unknown.map((w) => `“${esc(w)}”`).join(' or ')}.`);
    if (m.someWords) parts.push('No page has all of your words; these have some of them, most first.');
    const what = m.correctedTo ?? query.trim();
    parts.push(`${total} ${total === 1 ? 'result' : 'results'} for ${esc(what)}${kind() ? ` (${esc(kindLabel.textContent ?? '')} only)` : ''}.`);
    status.innerHTML = parts.join(' ');
  }

  /** Shows a titled box of advice followed by the help links (warning signs first). */
  function showHelp(title: string, advice: string): void {
    const links = options.links.map((l) => `<li><a href="${esc(l.href)}">${esc(l.label)}</a></li>`).join('');
    empty.innerHTML = `<h${options.headingLevel} class="empty-title">${title}</h${options.headingLevel}>
<p>${advice}</p>
<ul class="empty-links">${links}</ul>`;
    empty.hidden = false;
  }

  function showEmpty(query: string, plan: QueryPlan, cut: boolean): void {
    const unknown = plan.concepts.filter((c) => c.status === 'unknown').map((c) => c.said);
    status.textContent = `${cut ? `${QUERY_CUT_NOTE} ` : ''}No results for ${query.trim()}.`;
    showHelp(
      `Nothing on this site matches “${esc(query.trim())}”`,
      `This site is about knee pain that may come from the back${unknown.length ? `, and no page mentions ${unknown.map((w) => `“${esc(w)}”`).join(' or ')}` : ''}. Check the spelling, or try other words: what you feel (“numb thigh”), where you feel it (“front of the knee”) or what you were told (“slipped disc”).${kind() ? ' Or search all kinds of page.' : ''}`,
    );
  }

  // Search's files did not load (offline, a blocked request, or `astro dev` before any build).
  function showUnavailable(): void {
    list.replaceChildren();
    more.hidden = true;
    status.textContent = 'Search could not load.';
    const why = import.meta.env.DEV
      ? 'In development, search uses the index of the last build: run <code>npm run build</code> once, then reload.'
      : 'Check your connection and search again, or go straight to the pages below.';
    showHelp('Search is not available right now', why);
  }

  async function search(typed: string, mode: engine.SearchMode = {}): Promise<void> {
    const { query, cut } = boundQuery(typed);
    const mine = ++run;
    const chosenKind = kind();
    options.onSearch?.(query, chosenKind);
    if (!query.trim()) {
      list.replaceChildren();
      empty.hidden = more.hidden = true;
      status.textContent = '';
      shown = undefined;
      return;
    }
    const before = status.innerHTML;
    status.textContent = 'Searching…';
    try {
      const outcome = await engine.search(mine, query, chosenKind, PAGE_SIZE, mode);
      if (mine !== run) return;
      // A first key or two (nothing to search yet): keep what is shown until there is.
      if (mode.typing && outcome.plan.concepts.length === 0) {
        status.innerHTML = before;
        return;
      }
      list.replaceChildren();
      empty.hidden = true;
      shown = { seq: mine, total: outcome.total, next: 0, highlight: outcome.highlight };
      if (outcome.total === 0) {
        more.hidden = true;
        showEmpty(query, outcome.plan, cut);
        return;
      }
      append(outcome.pages);
      say(outcome.plan, outcome.total, outcome.allMatched, query, cut);
    } catch (error) {
      console.error('search failed:', error);
      if (mine === run) showUnavailable();
    }
  }

  function schedule(now = false): void {
    clearTimeout(timer);
    if (now) void search(input.value);
    // While typing, the last word may be unfinished ("sciatica kn"): it is matched as the start of a word.
    else timer = setTimeout(() => void search(input.value, { typing: !/\s$/.test(input.value) }), DEBOUNCE);
  }

  input.addEventListener('input', () => {
    schedule();
    // While the reader types, fetch the index chunks for the words so far (Pagefind's preload),
    // so the search after the pause does not wait for them.
    if (input.value.trim()) engine.preload(boundQuery(input.value).query);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    schedule(true);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLInputElement).type !== 'radio') return;
    kindLabel.textContent = SEARCH_KIND_LABELS.find(([value]) => value === kind())?.[1] ?? 'All';
    schedule(true);
  });
  more.addEventListener('click', () => void showMore());
  status.addEventListener('click', (event) => {
    if (!(event.target as Element).closest('.search-as-typed')) return;
    clearTimeout(timer);
    void search(input.value, { asTyped: true });
  });
  // Arrow keys move from the box through the result links and back.
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('.result-link')];
    const at = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (document.activeElement !== input && at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? Math.min(at + 1, links.length - 1) : at - 1;
    (next < 0 ? input : links[next])?.focus();
  });

  return {
    input,
    search(query: string, chosenKind = '') {
      input.value = query;
      const radio = root.querySelector<HTMLInputElement>(`input[name="${id}-kind"][value="${CSS.escape(chosenKind)}"]`);
      if (radio) {
        radio.checked = true;
        kindLabel.textContent = SEARCH_KIND_LABELS.find(([value]) => value === chosenKind)?.[1] ?? 'All';
      }
      schedule(true);
    },
  };
}
