// The handout link and the builder's list, on the real catalogue of pages: a chosen list survives
// the link both ways, and a hostile address (unknown ids, HTML, 10,000 characters, duplicates,
// too many pages) yields only real ids, never any of its own words.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { handoutQuery, MAX_PAGES, readHandoutLink } from '../../../src/islands/handout-builder/handout-link.ts';
import { addPage, matchesSearch, movePage, removePage } from '../../../src/islands/handout-builder/handout-selection.ts';
import { random } from '../../support/seeded-random.ts';

const TOPICS = new URL('../../../content/topics/', import.meta.url).pathname;
const FOLDER: Record<string, string> = { nerve: 'nerves', condition: 'conditions', sign: 'signs', treatment: 'treatments' };
const IDS = readdirSync(TOPICS).filter((f) => f.endsWith('.md')).map((f) => `${FOLDER[/^kind: (\w+)/m.exec(readFileSync(TOPICS + f, 'utf8'))![1]!]}/${f.replace(/\.md$/, '')}`);
const KNOWN = new Set(IDS);

describe('the handout link', () => {
  it('round-trips any list of up to six pages, in order', () => {
    const next = random(6);
    for (let run = 0; run < 500; run++) {
      let list: string[] = [];
      for (let i = 0; i < Math.floor(next() * 9); i++) list = addPage(list, IDS[Math.floor(next() * IDS.length)]!);
      const read = readHandoutLink(handoutQuery(list), KNOWN);
      expect(read.ids).toEqual(list);
      expect(read.notFound + read.overLimit).toBe(0);
      expect(read.asked).toBe(list.length > 0);
    }
  });

  it('reads the address a browser gives back, encoded or not', () => {
    const list = [IDS[3]!, IDS[0]!];
    const url = new URL(`https://example.org/handout/${handoutQuery(list)}`);
    expect(readHandoutLink(url.search, KNOWN).ids).toEqual(list);
    expect(readHandoutLink(`?pages=${encodeURIComponent(list.join(','))}`, KNOWN).ids).toEqual(list);
    expect(readHandoutLink(`?pages=${list[0]}&pages=${list[1]}`, KNOWN).ids).toEqual(list);
  });

  it('keeps only real ids from hostile values, and counts the rest without keeping their words', () => {
    const real = IDS[5]!;
    const cases: [string, number][] = [
      [`?pages=<script>alert(1)</script>,${real}`, 1],
      [`?pages=conditions/not-a-page,${real}`, 1],
      [`?pages=${'x'.repeat(10_000)},${real}`, 1],
      [`?pages=${real},${real},${real}`, 0],
      [`?pages=../../etc/passwd,${real}`, 1],
      [`?pages=Call 0800 000 000,${real}`, 1],
      [`?pages=%E0%A4%A,${real}`, 1],
    ];
    for (const [search, notFound] of cases) {
      const read = readHandoutLink(search, KNOWN);
      expect(read.ids, search.slice(0, 60)).toEqual([real]);
      expect(read.notFound, search.slice(0, 60)).toBe(notFound);
      for (const id of read.ids) expect(KNOWN.has(id)).toBe(true);
    }
    expect(readHandoutLink('?pages=', KNOWN)).toEqual({ ids: [], notFound: 0, overLimit: 0, asked: true });
    expect(readHandoutLink('?other=1', KNOWN).asked).toBe(false);
  });

  it('finds a page from a link retyped with capitals', () => {
    const real = IDS[5]!;
    expect(readHandoutLink(`?pages=${real.toUpperCase()}`, KNOWN).ids).toEqual([real]);
  });

  it('shows at most six pages and counts the others', () => {
    const read = readHandoutLink(handoutQuery(IDS.slice(0, 9)), KNOWN);
    expect(read.ids).toEqual(IDS.slice(0, MAX_PAGES));
    expect(read.overLimit).toBe(3);
  });

  it('never yields anything but known ids, for 1,000 random query strings', () => {
    const next = random(61);
    const alphabet = 'abcz-/,&=%?<>" 0123456789';
    for (let run = 0; run < 1000; run++) {
      const junk = Array.from({ length: Math.floor(next() * 80) }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
      const parts = [junk, IDS[Math.floor(next() * IDS.length)]!].sort(() => next() - 0.5);
      const read = readHandoutLink(`?pages=${parts.join(',')}`, KNOWN);
      for (const id of read.ids) expect(KNOWN.has(id)).toBe(true);
      expect(read.ids.length).toBeLessThanOrEqual(MAX_PAGES);
    }
  });
});

describe('the builder’s list', () => {
  it('adds each page once, up to six, removes and moves without losing or doubling any', () => {
    let list: string[] = [];
    for (const id of IDS.slice(0, 8)) list = addPage(list, id);
    expect(list).toEqual(IDS.slice(0, MAX_PAGES));
    expect(addPage(list, IDS[0]!)).toEqual(list);
    expect(movePage(list, list[0]!, -1)).toEqual(list);
    expect(movePage(list, list[5]!, 1)).toEqual(list);
    const moved = movePage(list, list[2]!, -1);
    expect(moved.slice(0, 3)).toEqual([list[0], list[2], list[1]]);
    expect([...moved].sort()).toEqual([...list].sort());
    expect(removePage(moved, list[2]!)).toEqual([list[0], list[1], ...list.slice(3)]);
  });

  it('finds a page by the start of any of its words, ignoring case and accents', () => {
    const words = 'meniscus tear (torn knee cartilage) meniscal tear torn meniscus';
    expect(matchesSearch(words, 'Menis')).toBe(true);
    expect(matchesSearch(words, 'torn  KNEE')).toBe(true);
    expect(matchesSearch(words, 'méniscus')).toBe(true);
    expect(matchesSearch(words, 'ankle')).toBe(false);
    expect(matchesSearch(words, '')).toBe(true);
  });
});
