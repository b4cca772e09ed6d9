// Link-preview images (1200 × 630 PNG), drawn at build time: the page's title, its kind and
// the site's name, large enough to read when a chat app shrinks the card. Everything but the
// title is drawn once per kind; titles are drawn from cached glyphs (see glyph-text.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createCanvas, GlobalFonts } from '@napi-rs/canvas';
import sharp from 'sharp';
import { SITE_NAME, SITE_QUESTION } from '../../consts.ts';
import { glyphText, type RgbImage } from './glyph-text.ts';

const require = createRequire(import.meta.url);
const FAMILY = 'Atkinson Hyperlegible';
for (const weight of [400, 700]) {
  GlobalFonts.register(readFileSync(require.resolve(`@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-${weight}-normal.woff`)), FAMILY);
}

/** Width and height of every preview image. */
export const PREVIEW_SIZE = { width: 1200, height: 630 };

const BACKGROUND = '#00405f';
const WHITE: [number, number, number] = [255, 255, 255];
const PAD_X = 72;
/** The band between the header row and the question line where the title is centred. */
const TITLE_BAND = { top: 140, bottom: 500 };
const TITLE_WIDTH = PREVIEW_SIZE.width - 2 * PAD_X;
const LINE_HEIGHT = 1.1;

const bases = new Map<string, RgbImage>();
const titleFonts = new Map<number, ReturnType<typeof glyphText>>();

/** The PNG bytes of a preview card with a kind label ("Nerve", "Article") and a title. */
export async function previewImage(kind: string, title: string): Promise<Uint8Array> {
  const base = bases.get(kind) ?? drawBase(kind);
  bases.set(kind, base);
  const image: RgbImage = { ...base, pixels: Uint8Array.from(base.pixels) };
  // Longer titles get a smaller size so they fit in three or four lines.
  const size = title.length > 60 ? 60 : title.length > 36 ? 72 : 84;
  const text = titleFonts.get(size) ?? glyphText(`bold ${size}px "${FAMILY}"`);
  titleFonts.set(size, text);
  const lines = wrap(title, TITLE_WIDTH, text.measure);
  const lineHeight = size * LINE_HEIGHT;
  const top = (TITLE_BAND.top + TITLE_BAND.bottom - lines.length * lineHeight) / 2;
  // The baseline sits about four fifths down each line box for this font.
  lines.forEach((line, i) => text.draw(image, line, PAD_X, top + i * lineHeight + size * 0.85, WHITE));
  return sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 3 } }).png({ adaptiveFiltering: false }).toBuffer();
}

/** Words greedily packed into lines no wider than `width`. */
export function wrap(text: string, width: number, measure: (s: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && measure(candidate) > width) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

// The card without its title: background, site name, kind label, the site's question.
function drawBase(kind: string): RgbImage {
  const { width, height } = PREVIEW_SIZE;
  const canvas = createCanvas(width, height);
  const g = canvas.getContext('2d');
  g.fillStyle = BACKGROUND;
  g.fillRect(0, 0, width, height);
  g.fillStyle = '#ffffff';
  g.textBaseline = 'middle';
  g.font = `bold 36px "${FAMILY}"`;
  g.fillText(SITE_NAME, PAD_X, 92);
  g.font = `30px "${FAMILY}"`;
  const label = g.measureText(kind).width;
  const pill = { width: label + 48, height: 54 };
  const pillLeft = width - PAD_X - pill.width;
  g.strokeStyle = '#ffffff';
  g.lineWidth = 3;
  g.beginPath();
  g.roundRect(pillLeft, 92 - pill.height / 2, pill.width, pill.height, pill.height / 2);
  g.stroke();
  g.fillText(kind, pillLeft + 24, 93);
  g.font = `32px "${FAMILY}"`;
  g.fillStyle = '#d6e7f2';
  g.fillText(SITE_QUESTION, PAD_X, 550);
  const rgba = g.getImageData(0, 0, width, height).data;
  const pixels = new Uint8Array(width * height * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    pixels[j] = rgba[i]!;
    pixels[j + 1] = rgba[i + 1]!;
    pixels[j + 2] = rgba[i + 2]!;
  }
  return { width, height, pixels };
}
