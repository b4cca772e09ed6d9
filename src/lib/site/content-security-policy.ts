// A strict Content Security Policy for each built page, worked out from the page itself: scripts
// and styles from this site only, plus a hash of each inline <script> and <style> the page
// carries (Astro's island bootstrap, its inlined CSS). No 'unsafe-inline', no eval; WebAssembly
// for Pagefind's search ('wasm-unsafe-eval'); the search worker from this site.
import { createHash } from 'node:crypto';

/** The attribute of the policy's <meta> element, which src/integrations/security-headers.ts reads back. */
export const POLICY_META = 'http-equiv="Content-Security-Policy"';

// An inline element's content, as the browser hashes it (the text between the tags, unchanged).
const INLINE = /<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/gi;

/** The policy for one page's HTML. */
export function pagePolicy(html: string): string {
  const hashes = { script: new Set<string>(), style: new Set<string>() };
  for (const [, tag, attributes, body] of html.matchAll(INLINE)) {
    const kind = tag!.toLowerCase() as 'script' | 'style';
    // A script with a src runs the file, not its text; a JSON-LD block is data, never run.
    if (kind === 'script' && (/\bsrc\s*=/i.test(attributes!) || /type\s*=\s*"application\/ld\+json"/i.test(attributes!))) continue;
    hashes[kind].add(`'sha256-${createHash('sha256').update(body!, 'utf8').digest('base64')}'`);
  }
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${[...hashes.script].join(' ')}`.trim(),
    `style-src 'self' ${[...hashes.style].join(' ')}`.trim(),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** The page with its policy as the first element of <head>, so it covers everything after it. */
export function withPolicyMeta(html: string): string {
  const policy = pagePolicy(html);
  return html.replace(/<head>/i, `<head><meta ${POLICY_META} content="${policy}">`);
}
