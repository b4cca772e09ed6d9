// The peer site: Starlight as it comes, with its own search (Pagefind) and sidebar.
import starlight from '@astrojs/starlight';
import { defineConfig } from 'astro/config';

export default defineConfig({
  site: 'http://localhost:4321',
  integrations: [starlight({ title: 'Back to Knee (Starlight peer)' })],
});
