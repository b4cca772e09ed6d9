// Preview images at build time: /og/articles/<slug>.png, /og/<kind>/<id>.png, /og/tools/…,
// and /og/site.png for every other page.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getSiteIndex } from '../../lib/site-index.ts';
import { previewImage } from '../../lib/seo/preview-image.ts';
import { KIND_PATH, KIND_SINGULAR } from '../../lib/topics/topic-kinds.ts';
import { SITE_NAME } from '../../consts.ts';

export const getStaticPaths: GetStaticPaths = async () => {
  const { articles, topics } = await getSiteIndex();
  return [
    { params: { page: 'site' }, props: { kind: 'Guide', title: SITE_NAME } },
    { params: { page: 'tools/sign-checklist' }, props: { kind: 'Tool', title: 'Sign checklist: could my knee pain be coming from my back?' } },
    { params: { page: 'tools/nerve-map' }, props: { kind: 'Tool', title: 'Nerve map: which nerves reach the knee?' } },
    ...articles.map((a) => ({ params: { page: `articles/${a.id}` }, props: { kind: 'Article', title: a.data.title } })),
    ...topics.map((t) => ({ params: { page: `${KIND_PATH[t.data.kind]}/${t.id}` }, props: { kind: KIND_SINGULAR[t.data.kind], title: t.data.title } })),
  ];
};

export const GET: APIRoute = async ({ props }) => {
  const png = await previewImage(props.kind as string, props.title as string);
  return new Response(png as BodyInit, { headers: { 'Content-Type': 'image/png' } });
};
