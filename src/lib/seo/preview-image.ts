// Link-preview images (1200 × 630 PNG), drawn at build time: the page's title, its kind and
// the site's name, large enough to read when a chat app shrinks the card.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import satori from 'satori';
import sharp from 'sharp';
import { SITE_NAME, SITE_QUESTION } from '../../consts.ts';

const require = createRequire(import.meta.url);
const font = (weight: 400 | 700) =>
  readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`));
const FONTS = [
  { name: 'Atkinson Hyperlegible', data: font(400), weight: 400 as const, style: 'normal' as const },
  { name: 'Atkinson Hyperlegible', data: font(700), weight: 700 as const, style: 'normal' as const },
];

/** Width and height of every preview image. */
export const PREVIEW_SIZE = { width: 1200, height: 630 };

type Node = { type: string; props: { style?: Record<string, unknown>; children?: Node[] | string } };
const el = (type: string, style: Record<string, unknown>, children: Node[] | string): Node => ({ type, props: { style, children } });

/** The PNG bytes of a preview card with a kind label ("Nerve", "Article") and a title. */
export async function previewImage(kind: string, title: string): Promise<Uint8Array> {
  const size = title.length > 60 ? 60 : title.length > 36 ? 72 : 84;
  const card = el('div', { width: PREVIEW_SIZE.width, height: PREVIEW_SIZE.height, boxSizing: 'border-box', display: 'flex', flexDirection: 'column', justifyContent: 'space-between', padding: '64px 72px', background: '#00405f', color: '#ffffff', fontFamily: 'Atkinson Hyperlegible' }, [
    el('div', { display: 'flex', width: '100%', alignItems: 'center', justifyContent: 'space-between', fontSize: 36, fontWeight: 700 }, [
      el('div', {}, SITE_NAME),
      el('div', { padding: '6px 24px', border: '3px solid #ffffff', borderRadius: 999, fontSize: 30, fontWeight: 400 }, kind),
    ]),
    el('div', { display: 'flex', fontSize: size, fontWeight: 700, lineHeight: 1.1 }, title),
    el('div', { fontSize: 32, color: '#d6e7f2' }, SITE_QUESTION),
  ]);
  const svg = await satori(card as never, { ...PREVIEW_SIZE, fonts: FONTS });
  // libvips draws and encodes off the JavaScript thread, about twice as fast as resvg-js here.
  return sharp(Buffer.from(svg)).png().toBuffer();
}
