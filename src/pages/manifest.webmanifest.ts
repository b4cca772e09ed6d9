// The web app manifest: the site's name, colours and icons for "add to home screen".
import type { APIRoute } from 'astro';
import { SITE_NAME, SITE_QUESTION } from '../consts.ts';
import { href } from '../lib/site/urls.ts';

export const GET: APIRoute = () =>
  new Response(
    JSON.stringify({
      name: SITE_NAME,
      short_name: SITE_NAME,
      description: SITE_QUESTION,
      start_url: href('/'),
      display: 'browser',
      background_color: '#ffffff',
      theme_color: '#00405f',
      icons: [
        { src: href('/icons/icon-192.png'), sizes: '192x192', type: 'image/png' },
        { src: href('/icons/icon-512.png'), sizes: '512x512', type: 'image/png' },
        { src: href('/favicon.svg'), sizes: 'any', type: 'image/svg+xml' },
      ],
    }),
    { headers: { 'Content-Type': 'application/manifest+json' } },
  );
