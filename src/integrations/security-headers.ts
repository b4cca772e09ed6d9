// Astro integration: after the pages are written, writes `_headers` beside them from each page's
// own policy <meta> (src/lib/site/host-headers.ts), for hosts that send headers from that file.
// A page without a policy stops the build: a host would serve it unprotected.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { hostHeaders, policyOf } from '../lib/site/host-headers.ts';

/** The integration. */
export default function securityHeaders(): AstroIntegration {
  let base = '/';
  return {
    name: 'back-to-knee:security-headers',
    hooks: {
      // Pages get their policy in any build (src/middleware.ts reads this flag), whatever NODE_ENV
      // says, and never from `astro dev`, whose live reload injects scripts and styles.
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.CONTENT_SECURITY_POLICY': JSON.stringify(command === 'build') } } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base.replace(/\/?$/, '/');
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).sort();
        const pages = files.map((file) => {
          const html = readFileSync(join(root, file), 'utf8');
          if (!policyOf(html)) throw new Error(`${relative(process.cwd(), join(root, file))}: the page has no Content-Security-Policy <meta> (src/middleware.ts adds it)`);
          return [`${base}${file.replace(/(^|\/)index\.html$/, '$1')}`, html] as const;
        });
        writeFileSync(join(root, '_headers'), hostHeaders(pages));
        logger.info(`_headers: a Content Security Policy for each of ${pages.length} pages`);
      },
    },
  };
}
