// Loads Pagefind's Component UI (script and styles) once, on demand, from the site's bundle.

/** Where Pagefind's files are, under the site's base path. */
export const BUNDLE = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/`;

let loading: Promise<void> | undefined;

/** Adds the Component UI's stylesheet and script to the page (once) and waits for them. */
export function loadSearchUi(): Promise<void> {
  loading ??= new Promise<void>((resolve, reject) => {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = `${BUNDLE}pagefind-component-ui.css`;
    document.head.append(style);
    const script = document.createElement('script');
    script.src = `${BUNDLE}pagefind-component-ui.js`;
    script.onload = () => resolve(customElements.whenDefined('pagefind-modal').then(() => undefined));
    script.onerror = () => reject(new Error('search could not be loaded'));
    document.head.append(script);
  });
  return loading;
}

/**
 * The settings element every search UI on a page shares. `worker`: search in a web worker,
 * for the search page, which searches as it opens (in the page's own thread that blocked input
 * for ~160 ms on a phone); the dialog elsewhere searches in its own thread, as the worker costs
 * a 12 kB download there for a small index.
 */
export function searchConfig({ worker }: { worker: boolean }): HTMLElement {
  const config = document.createElement('pagefind-config');
  config.setAttribute('bundle-path', BUNDLE);
  // Results link with ?highlight=term, so the terms are marked on the page the reader opens.
  config.setAttribute('highlight-param', 'highlight');
  config.setAttribute('excerpt-length', '24');
  if (!worker) config.setAttribute('no-worker', '');
  // Start fetching the index as soon as search opens, while the reader is still typing.
  config.setAttribute('preload', '');
  return config;
}

/** What the search box invites the reader to type. */
export const PLACEHOLDER = 'Search for a symptom, condition or treatment';

/** Milliseconds of pause in typing before a search runs. */
export const DEBOUNCE = '120';

/** Our result template: title, kind, excerpt with the terms marked, and matching sections. */
export const RESULT_TEMPLATE = `<li class="pf-result">
  <p class="pf-result-title"><a class="pf-result-link" href="{{ meta.url | default(url) | safeUrl }}">{{ meta.title }}</a>{{#if meta.kind}} <span class="result-kind">{{ meta.kind }}</span>{{/if}}</p>
  {{#if excerpt}}<p class="pf-result-excerpt">{{+ excerpt +}}</p>{{/if}}
  {{#if sub_results}}<ul class="pf-heading-chips">{{#each sub_results as sub}}<li class="pf-heading-chip"><a class="pf-heading-link" href="{{ sub.url | safeUrl }}">{{ sub.title }}</a></li>{{/each}}</ul>{{/if}}
</li>`;
