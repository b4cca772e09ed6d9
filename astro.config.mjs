// Astro configuration. SITE_URL and BASE_PATH let the site be served from a domain root or a
// sub-path (a production build, PRODUCTION_BUILD=1, refuses a missing or local SITE_URL);
// every internal link goes through src/lib/site/urls.ts (or, in article bodies, the
// base the article loader reads from this config) so it follows BASE_PATH.
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import react from '@astrojs/react';
import sitemap from '@astrojs/sitemap';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import clinicalReview from './src/integrations/clinical-review.ts';
import previewImages from './src/integrations/preview-images/index.ts';
import searchIndex from './src/integrations/search-index.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { editorNotesFromFiles } from './src/lib/articles/editor-notes.ts';
import { articleGuard } from './src/lib/markdown/article-guard.ts';
import { ARTICLE_FEATURES } from './src/lib/markdown/article-features.ts';
import { articleHastPlugin } from './src/lib/markdown/article-hast-plugin.ts';
import remarkCitations from './src/lib/markdown/remark-citations.ts';
import rehypeHeadingAnchors from './src/lib/markdown/rehype-heading-anchors.ts';
import { readReviewDates } from './src/lib/seo/review-dates.ts';
import { siteAddress } from './src/lib/site/site-address.ts';
import { readArticleTopics } from './src/lib/topics/read-topic-files.ts';

const base = process.env.BASE_PATH ?? '/';
const reviews = readReviewDates('./content');
const topics = readArticleTopics('./content/topics');
// A site path without the base path, for looking up review dates.
const sitePath = (url) => `/${new URL(url).pathname.slice(base.replace(/\/?$/, '/').length)}`;

export default defineConfig({
  site: siteAddress(process.env),
  base,
  // Set by scripts/build.ts: each output folder keeps its own cache.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'always',
  markdown: {
    // Topics (.md): the unified processor runs our remark/rehype plugins (Astro 7's default
    // engine does not); typography is already normalized, so SmartyPants is off. Articles
    // (.mdx) are compiled by @astrojs/mdx through Sätteri (below).
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
    // Articles: MDX compiled natively by Sätteri (faster than the unified pipeline; measured in
    // the README). The guard refuses any MDX code but the allowed components; the hast plugin
    // gives paragraphs their ids, links each topic's first mention, adds section links and puts
    // our editors' notes beside their paragraphs.
    mdx({
      processor: satteri({
        features: ARTICLE_FEATURES,
        mdastPlugins: [articleGuard({ signIds: new Set(topics.filter((t) => t.kind === 'sign').map((t) => t.id)) })],
        hastPlugins: [articleHastPlugin({ topics, base, notes: editorNotesFromFiles('./content/articles', base) })],
      }),
      gfm: ARTICLE_FEATURES.gfm,
      smartypants: ARTICLE_FEATURES.smartPunctuation,
    }),
    react(),
    // Reports unreviewed clinical pages; REQUIRE_CLINICAL_REVIEW=1 stops the build on any.
    clinicalReview(),
    previewImages(),
    searchIndex(),
    securityHeaders(),
    sitemap({
      // Redirect pages and the 404 page are not content.
      filter: (url) => !reviews.redirects.has(sitePath(url)) && !/\/404\/?$/.test(url),
      serialize: (item) => ({ ...item, lastmod: reviews.byPath.get(sitePath(item.url)) ?? reviews.latest }),
    }),
  ],
  vite: {
    // The search worker (src/client/search-worker.ts) is a module worker: it imports
    // Pagefind's script at run time.
    worker: { format: 'es' },
    build: {
      rollupOptions: {
        // Known Astro issue (withastro/astro#18087): every MDX module warns that Astro's own
        // "use astro:head-inject" directive may not be preserved; harmless, and one line per
        // article would bury real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && String(warning.message).includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
  server: { port: 4321, host: '127.0.0.1' },
  preview: { port: 4321, host: '127.0.0.1' },
});
