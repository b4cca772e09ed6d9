// robots.txt: everything may be crawled; the sitemap lists what should be.
import type { APIRoute } from 'astro';
import { href } from '../lib/site/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(href('/sitemap-index.xml'), site).href}\n`, { headers: { 'Content-Type': 'text/plain' } });
