// Astro configuration. SITE_URL and BASE_PATH let the site be served from a domain root or a
// sub-path; every internal link goes through src/lib/urls.ts so it follows BASE_PATH.
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import remarkGfm from 'remark-gfm';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://localhost:4321',
  base: process.env.BASE_PATH ?? '/',
  trailingSlash: 'always',
  markdown: {
    // Astro 7's default engine ignores remark/rehype plugins; the unified processor runs ours.
    processor: unified({ gfm: false, remarkPlugins: [remarkGfm] }),
  },
  integrations: [mdx(), react()],
  server: { port: 4321, host: '127.0.0.1' },
  preview: { port: 4321, host: '127.0.0.1' },
});
