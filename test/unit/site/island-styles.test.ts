import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';
import { describe, expect, it } from 'vitest';
import { hoistIslandStyles } from '../../../src/lib/site/island-styles.ts';
import { random } from '../../support/seeded-random.ts';

const TAG = `<style>${ISLAND_STYLES}</style>`;
const count = (text: string, part: string) => text.split(part).length - 1;

/** A page whose body holds `copies` island style tags at random places between its elements. */
function page(next: () => number, copies: number): string {
  const parts = Array.from({ length: 2 + Math.floor(next() * 8) }, (_, i) => (next() < 0.3 ? `<astro-island uid="${i}"><p>island ${i}</p></astro-island>` : `<p>text ${i} &lt;style&gt;</p>`));
  for (let i = 0; i < copies; i++) parts.splice(Math.floor(next() * (parts.length + 1)), 0, TAG);
  return `<!doctype html><html lang="en"><head><title>t</title><style>h1{color:red}</style></head><body>${parts.join('')}</body></html>`;
}

describe('hoistIslandStyles', () => {
  it('leaves one island style at the end of <head>, none in <body>, and everything else as it was', () => {
    const next = random(18);
    for (let run = 0; run < 500; run++) {
      const html = page(next, 1 + Math.floor(next() * 3));
      const out = hoistIslandStyles(html);
      const [head, body] = out.split('</head>');
      expect(count(out, TAG)).toBe(1);
      expect(head!.endsWith(TAG)).toBe(true);
      expect(body).not.toContain('<style');
      expect(out.split(TAG).join('')).toBe(html.split(TAG).join(''));
      expect(hoistIslandStyles(out)).toBe(out);
    }
  });

  it('leaves a page without islands untouched', () => {
    const html = '<!doctype html><html><head><title>t</title></head><body><p>no islands</p></body></html>';
    expect(hoistIslandStyles(html)).toBe(html);
  });

  it('stops the build when a page has islands but Astro wrote their style another way', () => {
    expect(() => hoistIslandStyles('<html><head></head><body><style>astro-island{display:contents}</style><astro-island></astro-island></body></html>')).toThrow(/island-styles\.ts/);
  });
});
