// The printed link notes: each link that leaves the page gets the number of its address (one
// number per distinct address, in order of first appearance), just after the link; controls that
// do not print, "#" links, phone numbers and links to the page itself get none; the rest of the
// HTML is left exactly as it was.
import { describe, expect, it } from 'vitest';
import { footnoteLinks } from '../../../src/lib/site/print-links.ts';

const PAGE = 'https://example.org/articles/a/';
const mark = (n: number) => `<sup class="print-ref" data-pagefind-ignore data-review-ignore data-site-added>[${n}]</sup>`;

describe('footnoteLinks', () => {
  it('numbers each address once, in order, right after each link', () => {
    const html = '<p>See <a href="/urgent-help/">the signs</a> and <a href="https://nhs.uk/x?a=1&amp;b=2"><em>NHS</em></a>, then <a href="/urgent-help/" data-x>again</a>.</p>';
    const { html: out, addresses } = footnoteLinks(html, PAGE);
    expect(addresses).toEqual(['https://example.org/urgent-help/', 'https://nhs.uk/x?a=1&b=2']);
    expect(out).toBe(`<p>See <a href="/urgent-help/">the signs</a>${mark(1)} and <a href="https://nhs.uk/x?a=1&amp;b=2"><em>NHS</em></a>${mark(2)}, then <a href="/urgent-help/" data-x>again</a>${mark(1)}.</p>`);
  });

  it('leaves out controls that do not print, everything inside them, "#" links, phone numbers and the page itself', () => {
    const html = [
      '<div class="print-hidden"><ul><li><a href="/topics/">Topics</a></li></ul></div>',
      '<a class="anchor-link" href="#s">#</a>',
      '<span class="x visually-hidden"><a href="/x/">x</a></span>',
      '<a href="tel:111">111</a>',
      '<a href="/articles/a/#p-2">this page</a>',
      '<a href="#top">top</a>',
      '<a>no address</a>',
    ].join('');
    expect(footnoteLinks(html, PAGE)).toEqual({ html, addresses: [] });
  });

  it('numbers a link after a skipped control as usual', () => {
    const html = '<button class="share-button"><a href="/x/">x</a></button><a href="/y/">y</a>';
    expect(footnoteLinks(html, PAGE)).toEqual({ html: `<button class="share-button"><a href="/x/">x</a></button><a href="/y/">y</a>${mark(1)}`, addresses: ['https://example.org/y/'] });
  });
});
