// The site's public address (SITE_URL), read once by astro.config.mjs. Canonical links, share
// links, QR codes, the sitemap and the feed are built from it, so a production build
// (PRODUCTION_BUILD=1, as `npm run build:prod` sets) refuses one that is missing or local.
// Not NODE_ENV: `astro check` sets NODE_ENV=production itself.

/** Where `npm run build`, `npm run preview` and the tests serve the site. */
export const LOCAL_SITE = 'http://localhost:4321';

/** True for addresses only this machine can reach. */
function isLocalHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || /^127\./.test(host) || host === '0.0.0.0' || host === '::1' || host === '::';
}

/** The site address for this build: SITE_URL, else the local one; throws, naming SITE_URL, when it is unusable. */
export function siteAddress(env: { SITE_URL?: string; PRODUCTION_BUILD?: string }): string {
  const production = env.PRODUCTION_BUILD === '1';
  const given = env.SITE_URL?.trim();
  const fix = 'Set SITE_URL to the address readers will use, e.g. SITE_URL=https://backtoknee.example npm run build:prod (README: Deploy).';
  if (!given) {
    if (production) throw new Error(`A production build needs SITE_URL: without it every canonical link, share link and QR code would say ${LOCAL_SITE}. ${fix}`);
    return LOCAL_SITE;
  }
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    throw new Error(`SITE_URL "${given}" is not an absolute address. ${fix}`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error(`SITE_URL "${given}" must start with https:// (or http://). ${fix}`);
  if (production && isLocalHost(url.hostname)) throw new Error(`A production build refuses SITE_URL "${given}": links and QR codes would point to this machine. ${fix}`);
  return given;
}
