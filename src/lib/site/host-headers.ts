// The `_headers` file static hosts read (Netlify, Cloudflare Pages and others): for every page,
// the same Content Security Policy its <meta> carries, plus what a <meta> cannot say
// (frame-ancestors); for every file, the headers that need no page's content.
import { POLICY_META } from './content-security-policy.ts';

/** Headers for every file the site serves. */
export const EVERY_FILE: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
};

const META = new RegExp(`<meta ${POLICY_META} content="([^"]*)">`);

/** The page's policy as its <meta> gives it, or undefined if the page has none. */
export function policyOf(html: string): string | undefined {
  return META.exec(html)?.[1];
}

/** The `_headers` text for pages given as [site path, HTML], in order. */
export function hostHeaders(pages: readonly (readonly [string, string])[]): string {
  const block = (path: string, headers: Record<string, string>) => `${path}\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`;
  const perPage = pages.flatMap(([path, html]) => {
    const policy = policyOf(html);
    return policy ? [block(path, { 'Content-Security-Policy': `${policy}; frame-ancestors 'none'` })] : [];
  });
  return [block('/*', { ...EVERY_FILE }), ...perPage].join('\n');
}
