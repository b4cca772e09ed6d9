// The reference pages (knee problems that are not from the back, and getting physiotherapy) as
// built: each exists where the home page, the conditions index and the checklist link to it,
// every sentence the reader sees ends with a citation of a reference (never an article), and
// the page quotes no article.
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { findReference } from '../../src/data/references.ts';
import { splitSentences } from '../../src/lib/mentions/sentences.ts';
import { builtPages, type BuiltPage } from './built-site.ts';

/** The pages issue 24 asks for, at the addresses other pages link to. */
const REFERENCE_PAGES = [
  '/conditions/patellofemoral-pain/',
  '/conditions/meniscus-tear/',
  '/conditions/hip-osteoarthritis/',
  '/conditions/sufe-and-perthes/',
  '/conditions/common-fibular-nerve-palsy/',
  '/conditions/meralgia-paraesthetica/',
  '/conditions/gout-and-cppd/',
  '/conditions/pes-anserine-pain/',
  '/conditions/iliotibial-band-syndrome/',
  '/conditions/patellar-tendinopathy/',
  '/treatments/getting-physiotherapy/',
];
const CITED = '\u2063'; // stands in for a citation mark when reading the sentences
const pages = new Map(builtPages().map((p) => [p.path, p]));
const hasClass = (e: Element, name: string) => ([] as unknown[]).concat(e.properties?.className ?? []).includes(name);

/**
 * The page's own sentences, citation marks replaced by CITED: the summary as one (its citations,
 * shown once at its end, stand for each of its sentences), then each sentence of the body.
 */
function ownSentences(page: BuiltPage): string[] {
  const blocks: string[] = [];
  visit(page.tree, 'element', (e: Element) => {
    const lede = hasClass(e, 'lede');
    if (!lede && !hasClass(e, 'topic-body')) return;
    visit(e, 'element', (c: Element, i, parent) => {
      if (c.tagName === 'sup' && hasClass(c, 'citation') && parent && i !== undefined) (parent as Element).children.splice(i, 1, { type: 'text', value: CITED });
      // The same sources' numbers on a printed handout: not a second citation.
      else if (c.tagName === 'sup' && hasClass(c, 'handout-marks') && parent && i !== undefined) (parent as Element).children.splice(i, 1);
    });
    const squash = (node: Element) => toString(node).replace(/\s+/g, ' ').trim();
    if (lede) blocks.push(squash(e));
    else visit(e, 'element', (c: Element) => {
      if (c.tagName === 'p' || c.tagName === 'li') blocks.push(...splitSentences(squash(c)).map((s) => s.text));
    });
  });
  return blocks;
}

/** What each citation number of the page stands for: the key shown as "(reference G62)". */
function citedKeys(page: BuiltPage): string[] {
  const keys: string[] = [];
  visit(page.tree, 'element', (e: Element) => {
    if (e.tagName === 'li' && String(e.properties.id ?? '').startsWith('cite-')) keys.push(/\((?:reference ([SG]\d+)|article)/.exec(toString(e))?.[1] ?? 'an article');
  });
  return keys;
}

describe('the reference pages', () => {
  it.each(REFERENCE_PAGES)('%s exists, and the conditions index or the home page links to it', (path) => {
    expect(pages.has(path), `${path} is not built`).toBe(true);
    const linked = ['/', '/conditions/'].some((from) => pages.get(from)!.html.includes(`href="${path}"`));
    expect(linked, `${path}: no link from the home page or the conditions index`).toBe(true);
  });

  it.each(REFERENCE_PAGES)('%s: every sentence ends with a citation, each citing a listed reference', (path) => {
    const page = pages.get(path)!;
    const sentences = ownSentences(page);
    expect(sentences.length, `${path}: sentences`).toBeGreaterThan(8);
    const uncited = sentences.filter((s) => !new RegExp(`${CITED}[.!?]?[”’"')\\]]*$`).test(s));
    expect(uncited, `${path}: sentences without a citation`).toEqual([]);
    const keys = citedKeys(page);
    expect(keys.length).toBeGreaterThan(0);
    for (const key of keys) expect(findReference(key), `${path}: cites ${key}`).toBeDefined();
  });

  it.each(REFERENCE_PAGES)('%s quotes no article and says it is written from the references', (path) => {
    const page = pages.get(path)!;
    expect(page.html).not.toContain('id="what-the-articles-say"');
    expect(page.html).toContain('We wrote this page from our clinical references');
  });

  it('are listed under “Knee problems that are not from the back” on the conditions index', () => {
    const index = pages.get('/conditions/')!.html;
    const section = index.slice(index.indexOf('id="not-from-the-back"'));
    for (const path of REFERENCE_PAGES) expect(section, path).toContain(`href="${path}"`);
  });
});
