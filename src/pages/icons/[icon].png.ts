// App and touch icons, drawn at build time from public/favicon.svg (the one source of the logo).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { APIRoute } from 'astro';

const SIZES: Record<string, number> = { 'apple-touch-icon': 180, 'icon-192': 192, 'icon-512': 512 };

export function getStaticPaths() {
  return Object.keys(SIZES).map((icon) => ({ params: { icon } }));
}

export const GET: APIRoute = ({ params }) => {
  const svg = readFileSync(resolve(process.cwd(), 'public/favicon.svg'), 'utf8');
  const png = new Resvg(svg, { fitTo: { mode: 'width', value: SIZES[params.icon!]! } }).render().asPng();
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
