// The production build (dist-print/, `npm run build:print`, SITE_URL=https://example.org) served
// as a plain static host would serve it, and what a printout is made of, for the print tests.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import type { Page } from '@playwright/test';

/** The folder the print build writes. */
export const PRINT_DIST = resolve(import.meta.dirname, '..', 'dist-print');
/** The public address the print build is made for. */
export const PRINT_SITE = 'https://example.org';
const TYPES: Record<string, string> = { '.html': 'text/html', '.css': 'text/css', '.js': 'text/javascript', '.png': 'image/png', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.json': 'application/json' };

/** Starts a static server of dist-print/; resolves to its origin and a function that stops it. */
export async function servePrintBuild(): Promise<{ origin: string; close: () => Promise<void> }> {
  if (!existsSync(join(PRINT_DIST, 'index.html'))) throw new Error('dist-print/ is missing: run `npm run build:print` (a build with SITE_URL=https://example.org) first');
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url!, 'http://x').pathname);
    let file = join(PRINT_DIST, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!file.startsWith(PRINT_DIST) || !existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return { origin, close: () => new Promise<void>((done) => server.close(() => done())) };
}

/** Pages of a PDF: Chromium writes one /Type /Page object per page. */
export const pageCount = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;

/** Prints the page as it is now to an A4 PDF (the page's own @page size wins), as a browser's Print does. */
export async function printPdf(page: Page): Promise<{ pdf: Buffer; text: string }> {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: false, preferCSSPageSize: true });
  const text = await page.locator('body').evaluate((body) => (body as HTMLElement).innerText);
  return { pdf, text };
}
