import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

const probe = () => (tree) => { tree.children.push({ type: 'paragraph', children: [{ type: 'text', value: 'PLUGIN-RAN' }] }); };

export default defineConfig({
  markdown: { processor: unified({ gfm: false, remarkPlugins: [remarkGfm, probe] }) },
  integrations: [mdx(), react()],
});
