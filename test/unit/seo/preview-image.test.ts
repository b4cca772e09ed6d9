import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { PREVIEW_SIZE, previewImage, wrap } from '../../../src/lib/seo/preview-image.ts';

/** Share of pixels in a horizontal band that are (near) white. */
async function whiteShare(png: Uint8Array, top: number, bottom: number): Promise<number> {
  const { data, info } = await sharp(png).raw().toBuffer({ resolveWithObject: true });
  let white = 0;
  for (let y = top; y < bottom; y++) {
    for (let x = 0; x < info.width; x++) {
      const at = (y * info.width + x) * info.channels;
      if (data[at]! > 240 && data[at + 1]! > 240 && data[at + 2]! > 240) white++;
    }
  }
  return white / ((bottom - top) * info.width);
}

describe('preview images', () => {
  it('wraps words into lines no wider than asked', () => {
    const measure = (s: string) => s.length * 10;
    expect(wrap('one two three four', 90, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrap('  single  ', 10, measure)).toEqual(['single']);
  });

  it('draws a 1200 × 630 PNG with the title in the middle band and an empty band otherwise', async () => {
    const png = await previewImage('Nerve', 'Femoral nerve');
    const meta = await sharp(png).metadata();
    expect([meta.format, meta.width, meta.height]).toEqual(['png', PREVIEW_SIZE.width, PREVIEW_SIZE.height]);
    expect(await whiteShare(png, 260, 360)).toBeGreaterThan(0.05);
    expect(await whiteShare(png, 400, 520)).toBe(0);
  });

  it('draws each title differently, and a long title on more lines', async () => {
    const short = await previewImage('Article', 'Knee pain');
    const long = await previewImage('Article', 'Can your back cause knee pain? Signs to look for and what to do next, and when to get help');
    expect(Buffer.from(short).equals(Buffer.from(long))).toBe(false);
    expect(await whiteShare(long, 180, 250)).toBeGreaterThan(0);
    expect(await whiteShare(short, 180, 250)).toBe(0);
  });
});
