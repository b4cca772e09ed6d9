// What each page tells search engines and link previews, besides its title and description.
import type { PageFacts } from './json-ld.ts';

/** SEO inputs a page passes to the layout. */
export interface PageSeo {
  /** og:type: "article" for articles, "website" otherwise. */
  type?: 'article' | 'website';
  /** Site path of the page's 1200 × 630 preview image (default: the site's). */
  image?: string;
  /** Extra facts for the JSON-LD (medical, article, condition). */
  facts?: Pick<PageFacts, 'medical' | 'article' | 'condition'>;
  /** Keep the page out of search engines and the sitemap (redirects). */
  noindex?: boolean;
  /** The canonical address when it is not the page's own (a redirect's target), as a site path;
   *  false for a page with no address of its own (the 404 page is served at any missing one). */
  canonical?: string | false;
}
