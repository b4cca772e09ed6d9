// App and touch icons, drawn at build time from public/favicon.svg (the one source of the logo).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { APIRoute } from 'astro';
import sharp from 'sharp';

const SIZES: Record<string, number> = { 'apple-touch-icon': 180, 'icon-192': 192, 'icon-512': 512 };

export function getStaticPaths() {
  return Object.keys(SIZES).map((icon) => ({ params: { icon } }));
}

export const GET: APIRoute = async ({ params }) => {
  const size = SIZES[params.icon!]!;
  const svg = readFileSync(resolve(process.cwd(), 'public/favicon.svg'));
  // Drawn at the icon's own size (density scales the SVG's 72 dpi user units), not scaled up.
  const { width = size } = await sharp(svg).metadata();
  const png = await sharp(svg, { density: (72 * size) / width }).resize(size, size).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
