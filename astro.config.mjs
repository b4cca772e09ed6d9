// Astro configuration. SITE_URL and BASE_PATH let the site be served from a domain root or a
// sub-path; every internal link goes through src/lib/urls.ts (or the base passed to the
// Markdown plugins below) so it follows BASE_PATH.
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { satteri } from '@astrojs/markdown-satteri';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import previewImages from './src/integrations/preview-images/index.ts';
import remarkCitations from './src/lib/markdown/remark-citations.ts';
import rehypeHeadingAnchors from './src/lib/markdown/rehype-heading-anchors.ts';
import { satteriArticleBlocks } from './src/lib/markdown/satteri-article-blocks.ts';
import { readReviewDates } from './src/lib/seo/review-dates.ts';
import { readTopicFiles } from './src/lib/topics/read-topic-files.ts';

const base = process.env.BASE_PATH ?? '/';
const reviews = readReviewDates('./content');
// A site path without the base path, for looking up review dates.
const sitePath = (url) => `/${new URL(url).pathname.slice(base.replace(/\/?$/, '/').length)}`;

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  markdown: {
    // Topics (.md): the unified processor runs our remark/rehype plugins (Astro 7's default
    // engine does not). Typography is already normalized by the import, so SmartyPants is off.
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
    // Articles (.mdx): the native Sätteri processor with our plugin written for it, because
    // articles are what grows (see the scale benchmark); static content is emitted as HTML.
    mdx({
      processor: satteri({
        features: { gfm: true, smartPunctuation: false },
        hastPlugins: [satteriArticleBlocks({ topics: readTopicFiles('./content/topics'), base })],
      }),
      optimize: true,
    }),
    react(),
    previewImages(),
    sitemap({
      // Redirect pages and the 404 page are not content.
      filter: (url) => !reviews.redirects.has(sitePath(url)) && !/\/404\/?$/.test(url),
      serialize: (item) => ({ ...item, lastmod: reviews.byPath.get(sitePath(item.url)) ?? reviews.latest }),
    }),
  ],
  server: { port: 4321, host: '127.0.0.1' },
  preview: { port: 4321, host: '127.0.0.1' },
});
