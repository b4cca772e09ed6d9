// Every page Astro renders (in the build and in `npm run dev`) passes through here once.
import { getCollection } from 'astro:content';
import { defineMiddleware } from 'astro:middleware';
import { applyClinicalReview } from './lib/review/review-line.ts';
import { hoistIslandStyles } from './lib/site/island-styles.ts';
import { sitePath } from './lib/site/urls.ts';

/**
 * On HTML pages: moves Astro's island <style> out of <body> (src/lib/site/island-styles.ts),
 * then fills in a clinical page's review line from its clinical text as rendered
 * (src/lib/review/review-line.ts).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  const records = (await getCollection('reviews')).map((entry) => entry.data);
  const html = applyClinicalReview(hoistIslandStyles(await response.text()), sitePath(context.url.pathname), records);
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
