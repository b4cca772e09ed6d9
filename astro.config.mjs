// Astro configuration. SITE_URL and BASE_PATH let the site be served from a domain root or a
// sub-path (a production build, NODE_ENV=production, refuses a missing or local SITE_URL);
// every internal link goes through src/lib/site/urls.ts (or, in article bodies, the
// base the article loader reads from this config) so it follows BASE_PATH.
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import previewImages from './src/integrations/preview-images/index.ts';
import searchIndex from './src/integrations/search-index.ts';
import remarkCitations from './src/lib/markdown/remark-citations.ts';
import rehypeHeadingAnchors from './src/lib/markdown/rehype-heading-anchors.ts';
import { readReviewDates } from './src/lib/seo/review-dates.ts';
import { siteAddress } from './src/lib/site/site-address.ts';

const base = process.env.BASE_PATH ?? '/';
const reviews = readReviewDates('./content');
// A site path without the base path, for looking up review dates.
const sitePath = (url) => `/${new URL(url).pathname.slice(base.replace(/\/?$/, '/').length)}`;

export default defineConfig({
  site: siteAddress(process.env),
  base,
  trailingSlash: 'always',
  markdown: {
    // Topics (.md): the unified processor runs our remark/rehype plugins (Astro 7's default
    // engine does not); typography is already normalized, so SmartyPants is off. Articles
    // (.mdx) are rendered by their own loader (src/lib/content/article-loader.ts).
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkCitations],
      rehypePlugins: [rehypeHeadingIds, rehypeHeadingAnchors],
    }),
  },
  // All CSS inline: one request fewer before first paint (the whole site's CSS is ~7 kB).
  build: { inlineStylesheets: 'always' },
  integrations: [
    react(),
    previewImages(),
    searchIndex(),
    sitemap({
      // Redirect pages and the 404 page are not content.
      filter: (url) => !reviews.redirects.has(sitePath(url)) && !/\/404\/?$/.test(url),
      serialize: (item) => ({ ...item, lastmod: reviews.byPath.get(sitePath(item.url)) ?? reviews.latest }),
    }),
  ],
  server: { port: 4321, host: '127.0.0.1' },
  preview: { port: 4321, host: '127.0.0.1' },
});
