// Astro writes its islands' one CSS rule (`astro-island{display:contents}`…) as a <style> just
// before a page's first island, inside <body>, where HTML does not allow a <style>. This moves
// it to the end of <head>, where every other style of the page already is.
import { ISLAND_STYLES } from 'astro/runtime/server/astro-island-styles.js';

const TAG = `<style>${ISLAND_STYLES}</style>`;

/** The page with Astro's island <style> moved from <body> to the end of <head> (once). */
export function hoistIslandStyles(html: string): string {
  const headEnd = html.indexOf('</head>');
  if (headEnd === -1 || !html.includes(TAG, headEnd)) {
    // An island without its style means Astro now writes it another way: look before publishing.
    if (html.includes('<astro-island') && !html.includes(TAG)) throw new Error('Astro no longer writes its island styles as <style>…</style> before the first island: update src/lib/site/island-styles.ts');
    return html;
  }
  const body = html.slice(headEnd).split(TAG).join('');
  const inHead = html.slice(0, headEnd).includes(TAG);
  return `${html.slice(0, headEnd)}${inHead ? '' : TAG}${body}`;
}
