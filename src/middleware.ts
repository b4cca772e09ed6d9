// Every page Astro renders (in the build and in `npm run dev`) passes through here once.
import { defineMiddleware } from 'astro:middleware';
import { applyClinicalReview } from './lib/review/review-line.ts';
import { readReviewRecords, REVIEWS_FILE } from './lib/review/review-records.ts';
import { withPolicyMeta } from './lib/site/content-security-policy.ts';
import { hoistIslandStyles } from './lib/site/island-styles.ts';
import { sitePath } from './lib/site/urls.ts';

/**
 * On HTML pages: moves Astro's island <style> out of <body> (src/lib/site/island-styles.ts),
 * then fills in a clinical page's review line from its clinical text as rendered
 * (src/lib/review/review-line.ts), then, in a build, adds the page's Content Security Policy
 * (src/lib/site/content-security-policy.ts; in builds only, as src/integrations/security-headers.ts sets).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (!response.headers.get('content-type')?.startsWith('text/html')) return response;
  // Read per page, so `npm run dev` shows an edited record at once; the file is small. (Not
  // getCollection: Astro warns on every call while the collection is empty.)
  const records = readReviewRecords(REVIEWS_FILE);
  const reviewed = applyClinicalReview(hoistIslandStyles(await response.text()), sitePath(context.url.pathname), records);
  const html = import.meta.env.CONTENT_SECURITY_POLICY ? withPolicyMeta(reviewed) : reviewed;
  const headers = new Headers(response.headers);
  headers.delete('content-length');
  return new Response(html, { status: response.status, statusText: response.statusText, headers });
});
