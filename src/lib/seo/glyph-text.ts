// Draws lines of text into a raw RGB image from a cache of glyph bitmaps.
//
// Why a glyph cache: a preview card is mostly the same few dozen letters. Skia (through
// @napi-rs/canvas) shapes and measures the text, but reading its pixels back costs ~10 ms per
// card; each glyph is instead drawn and read back once, then copied into every card that uses
// it, at the position Skia measures for it (so kerning is kept).
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';

/** A raw RGB image: 3 bytes per pixel, rows top to bottom. */
export interface RgbImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

interface Glyph {
  /** Coverage (0–255) of each pixel of the glyph's box. */
  alpha: Uint8Array;
  width: number;
  height: number;
}

// Room around each glyph for parts that reach past its advance (italic overhangs, "f", "j").
const MARGIN = 8;

/** A text drawer for one font (CSS `font` shorthand, e.g. "bold 60px Family"). */
export function glyphText(font: string): {
  measure: (text: string) => number;
  draw: (image: RgbImage, text: string, x: number, baseline: number, rgb: readonly [number, number, number]) => void;
} {
  const context = createCanvas(1, 1).getContext('2d');
  context.font = font;
  const metrics = context.measureText('Hg');
  const ascent = Math.ceil(metrics.fontBoundingBoxAscent || metrics.actualBoundingBoxAscent);
  const descent = Math.ceil(metrics.fontBoundingBoxDescent || metrics.actualBoundingBoxDescent);
  const glyphs = new Map<string, Glyph>();
  const measure = (text: string) => context.measureText(text).width;

  const glyphOf = (char: string): Glyph => {
    let glyph = glyphs.get(char);
    if (!glyph) {
      const width = Math.ceil(measure(char)) + 2 * MARGIN;
      const height = ascent + descent + 2 * MARGIN;
      const canvas = createCanvas(width, height);
      const g: SKRSContext2D = canvas.getContext('2d');
      g.font = font;
      g.fillStyle = '#fff';
      g.fillText(char, MARGIN, MARGIN + ascent);
      const rgba = g.getImageData(0, 0, width, height).data;
      const alpha = new Uint8Array(width * height);
      for (let i = 0; i < alpha.length; i++) alpha[i] = rgba[i * 4 + 3]!;
      glyph = { alpha, width, height };
      glyphs.set(char, glyph);
    }
    return glyph;
  };

  const draw = (image: RgbImage, text: string, x: number, baseline: number, rgb: readonly [number, number, number]) => {
    let offset = 0;
    for (const char of text) {
      const left = Math.round(x + measure(text.slice(0, offset))) - MARGIN;
      const top = Math.round(baseline) - ascent - MARGIN;
      blend(image, glyphOf(char), left, top, rgb);
      offset += char.length;
    }
  };
  return { measure, draw };
}

// Lays the glyph's coverage over the image in the given colour ("over" compositing).
function blend(image: RgbImage, glyph: Glyph, left: number, top: number, rgb: readonly [number, number, number]): void {
  const { pixels, width, height } = image;
  for (let y = 0; y < glyph.height; y++) {
    const row = top + y;
    if (row < 0 || row >= height) continue;
    for (let x = 0; x < glyph.width; x++) {
      const a = glyph.alpha[y * glyph.width + x]!;
      const column = left + x;
      if (a === 0 || column < 0 || column >= width) continue;
      const at = (row * width + column) * 3;
      for (let c = 0; c < 3; c++) pixels[at + c] = (pixels[at + c]! * (255 - a) + rgb[c]! * a + 127) / 255;
    }
  }
}
