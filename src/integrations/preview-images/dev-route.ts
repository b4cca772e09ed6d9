// `astro dev` only: serves each preview card on request (the build draws them in a child process).
import { fileURLToPath } from 'node:url';
import type { APIRoute, GetStaticPaths } from 'astro';
import { previewCards } from '../../lib/seo/preview-cards.ts';
import { previewImage } from '../../lib/seo/preview-image.ts';

export const getStaticPaths: GetStaticPaths = () =>
  previewCards(fileURLToPath(new URL('../../../content', import.meta.url))).map((card) => ({ params: { page: card.path }, props: { card } }));

export const GET: APIRoute = async ({ props }) => {
  const png = await previewImage(props.card.kind, props.card.title);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
