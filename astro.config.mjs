// Astro configuration. SITE_URL and BASE_PATH let the site be served from a domain root or a
// sub-path; every internal link goes through src/lib/urls.ts (or the base passed to the
// Markdown plugins below) so it follows BASE_PATH.
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { rehypeHeadingIds, unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';
import remarkCitations from './src/lib/markdown/remark-citations.ts';
import rehypeHeadingAnchors from './src/lib/markdown/rehype-heading-anchors.ts';
import rehypeParagraphAnchors from './src/lib/markdown/rehype-paragraph-anchors.ts';
import rehypeTopicLinks from './src/lib/markdown/rehype-topic-links.ts';
import { readTopicFiles } from './src/lib/topics/read-topic-files.ts';

const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base,
  trailingSlash: 'always',
  markdown: {
    // Astro 7's default engine ignores remark/rehype plugins; the unified processor runs ours.
    // Typography is already normalized by the import, so SmartyPants stays off.
    processor: unified({
      gfm: false,
      smartypants: false,
      remarkPlugins: [remarkGfm, remarkCitations],
      rehypePlugins: [
        rehypeHeadingIds,
        rehypeParagraphAnchors,
        [rehypeTopicLinks, { topics: readTopicFiles('./content/topics'), base }],
        rehypeHeadingAnchors,
      ],
    }),
  },
  integrations: [mdx(), react()],
  server: { port: 4321, host: '127.0.0.1' },
  preview: { port: 4321, host: '127.0.0.1' },
});
