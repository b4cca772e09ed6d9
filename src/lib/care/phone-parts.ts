// Care advice as text and links: on a phone, "999", "911" and "111" are tappable numbers and
// "NHS 111 online" opens the service. Pure, so the Astro components and the checklist island
// render the same links.

/** A piece of advice text: plain, or a link. */
export type AdvicePart = { text: string; href?: string };

const NUMBERS = /NHS 111 online|\b(?:999|911|111)\b(?!\.\w)/g;

/** Splits advice into text and links, in order; joined, the parts' text is the input. */
export function phoneParts(text: string): AdvicePart[] {
  const parts: AdvicePart[] = [];
  let last = 0;
  for (const match of text.matchAll(NUMBERS)) {
    if (match.index > last) parts.push({ text: text.slice(last, match.index) });
    const found = match[0];
    parts.push({ text: found, href: found === 'NHS 111 online' ? 'https://111.nhs.uk/' : `tel:${found}` });
    last = match.index + found.length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}
