// Every page Astro renders (in the build and in `npm run dev`) passes through here once.
import { defineMiddleware } from 'astro:middleware';
import { hoistIslandStyles } from './lib/site/island-styles.ts';

/** Moves Astro's island <style> out of <body> on HTML pages (src/lib/site/island-styles.ts). */
export const onRequest = defineMiddleware(async (_, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const html = hoistIslandStyles(await response.text());
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
