// Property: the fast clinical-text reader agrees with the full HTML tree on random pages:
// nested and void elements, left-out tags and attributes, entities, text outside <main>, a
// second <main>, unclosed paragraphs and list items (which HTML closes by itself), in the
// shapes valid HTML allows (nested buttons, say, which HTML reshapes, never reach a page).
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { clinicalText } from '../../../src/lib/review/clinical-text.ts';
import { clinicalTextFromTree } from '../../support/clinical-text-tree.ts';
import { random } from '../../support/seeded-random.ts';

const TEXTS = ['knee', 'pain ', ' back', 'A&amp;E', '&lt;3', 'caf&eacute;', 'ﬁne', '  ', '\n', 'e\u0301', '999'];
const BLOCKS = ['div', 'section', 'aside', 'nav', 'noscript', 'template'];
const INLINE = ['span', 'em', 'strong'];

/** Random content in the shapes valid HTML allows (the built pages pass two HTML validators). */
class Content {
  readonly next: () => number;

  constructor(next: () => number) {
    this.next = next;
  }

  pick<T>(list: readonly T[]): T {
    return list[Math.floor(this.next() * list.length)]!;
  }

  attributes(): string {
    return this.next() < 0.25 ? ' data-review-ignore' : ' class="c"';
  }

  many(count: number, make: () => string): string {
    return Array.from({ length: Math.floor(this.next() * count) }, make).join('');
  }

  /** Phrasing content: text, line breaks, inline elements, and links or buttons outside others. */
  phrasing(depth: number, interactive: boolean): string {
    const roll = this.next();
    if (depth <= 0 || roll < 0.35) return this.pick(TEXTS);
    if (roll < 0.45) return this.pick(['<br>', '<wbr>', '<img alt="x">']);
    const tag = interactive && roll < 0.6 ? this.pick(['a', 'button']) : this.pick(INLINE);
    const inside = interactive && (tag === 'a' || tag === 'button');
    return `<${tag}${this.attributes()}>${this.many(4, () => this.phrasing(depth - 1, interactive && !inside))}</${tag}>`;
  }

  /** Flow content: blocks, headings, paragraphs and lists (their end tags sometimes left out), scripts. */
  flow(depth: number): string {
    const roll = this.next();
    if (depth <= 0 || roll < 0.3) return this.phrasing(1, true);
    if (roll < 0.35) return '<script>if (a < b) "</p>"</script><style>p{}</style><input value="no"><hr>';
    if (roll < 0.55) {
      const tag = this.pick(BLOCKS);
      return `<${tag}${this.attributes()}>${this.many(4, () => this.flow(depth - 1))}</${tag}>`;
    }
    if (roll < 0.7) return `<h2${this.attributes()}>${this.many(3, () => this.phrasing(depth - 1, true))}</h2>`;
    if (roll < 0.85) {
      const items = this.many(4, () => `<li${this.attributes()}>${this.many(3, () => this.flow(depth - 1))}${this.next() < 0.4 ? '' : '</li>'}`);
      return `<ul${this.attributes()}>${items}</ul>`;
    }
    // A paragraph left open is closed by the block that follows it.
    const paragraph = `<p${this.attributes()}>${this.many(4, () => this.phrasing(depth - 1, true))}`;
    return this.next() < 0.3 ? `${paragraph}<div>${this.pick(TEXTS)}</div>` : `${paragraph}</p>`;
  }
}

/** A random page: a header, a <main>, perhaps a second <main>, and text after. */
function randomPage(seed: number): string {
  const content = new Content(random(seed));
  const after = content.many(3, () => content.flow(3));
  const main = content.many(6, () => content.flow(5));
  const second = content.next() < 0.3;
  return `<!doctype html><html><head><title>T</title></head><body><header>${content.many(3, () => content.flow(3))}</header><main id="m">${main}</main>${second ? `<main>${after}</main>` : after}</body></html>`;
}

describe('the clinical-text reader', () => {
  it('gives the text of the full HTML tree on 2,000 random pages', () => {
    for (let seed = 1; seed <= 2000; seed++) {
      const html = randomPage(seed);
      expect(clinicalText(html), html).toBe(clinicalTextFromTree(fromHtml(html)));
    }
  });

  it('agrees on paragraphs and list items left unclosed', () => {
    const html = '<main><p>one<p>two<ul><li>three<li data-review-ignore>four<li>five</ul>six</main><p>after';
    expect(clinicalText(html)).toBe(clinicalTextFromTree(fromHtml(html)));
  });
});
