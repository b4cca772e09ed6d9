// Every clinical page carries the care card with at least the emergency signs, and every page's
// footer carries the same core signs. Pages are sorted by kind from their address; any page of
// a kind not listed as non-clinical below must have the card, so a new kind of page cannot be
// published without it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { coreSigns, signsAt, WARNING_SIGNS } from '../../src/data/warning-signs.ts';
import { CARE_LEVELS, CARE_LEVEL_IDS } from '../../src/data/care-levels.ts';
import { KIND_PATH, TOPIC_KINDS } from '../../src/lib/topics/topic-kinds.ts';
import { builtPages, DIST, type BuiltPage } from './built-site.ts';

/** Pages that are not about anyone's symptoms: lists, site information, search, errors. */
const NON_CLINICAL: Record<string, RegExp> = {
  'article index': /^\/articles\/(page\/\d+\/)?$/,
  'topic index': new RegExp(`^/(topics|${Object.values(KIND_PATH).join('|')})/$`),
  'site information': /^\/(about|sources)\/$/,
  search: /^\/search\/$/,
  'not found': /^\/404(\.html)?$/,
  'warning signs page (it is the full list)': /^\/urgent-help\/$/,
};

/** The kind of a clinical page, from its address. */
function clinicalKind(path: string): string {
  if (path === '/') return 'home';
  if (/^\/articles\/[^/]+\/$/.test(path)) return 'article';
  for (const kind of TOPIC_KINDS) if (path.startsWith(`/${KIND_PATH[kind]}/`)) return kind;
  if (/^\/tools\/[^/]+\/$/.test(path)) return `tool ${path.split('/')[2]}`;
  return `unknown (${path})`;
}

/** Elements under `root` (itself included) that match `test`, in document order. */
function findAll(root: Element | BuiltPage['tree'], test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(root, 'element', (e: Element) => {
    if (test(e)) found.push(e);
  });
  return found;
}
const find = (root: Element | BuiltPage['tree'], test: (e: Element) => boolean) => findAll(root, test)[0];
const hasId = (id: string) => (e: Element) => e.properties.id === id;

const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/’/g, "'").trim();
const pages = builtPages().filter((p) => !/http-equiv="refresh"/i.test(p.html));
const clinical = pages.filter((p) => !Object.values(NON_CLINICAL).some((re) => re.test(p.path)));
const card = (page: BuiltPage) => findAll(page.tree, (e) => e.properties.dataCareCard !== undefined);

describe('the care card', () => {
  it('is checked on every kind of clinical page: home, articles, each topic kind and both tools', () => {
    const kinds = new Set(clinical.map((p) => clinicalKind(p.path)));
    expect([...kinds].sort()).toEqual(['article', 'home', ...TOPIC_KINDS, 'tool nerve-map', 'tool sign-checklist'].sort());
  });

  it.each(clinical.map((p) => [`${clinicalKind(p.path)}: ${p.path}`, p]))('%s has one card with every emergency sign and what to do', (_, page) => {
    const cards = card(page);
    expect(cards, `${page.path}: care cards`).toHaveLength(1);
    const text = squash(toString(cards[0]!));
    for (const sign of coreSigns('emergency')) {
      expect([squash(sign.short!), squash(sign.text)].some((w) => text.toLowerCase().includes(w.toLowerCase())), `${page.path}: "${sign.short}"`).toBe(true);
    }
    expect(text, `${page.path}: what to do`).toMatch(/999/);
    expect(text, `${page.path}: same-day help`).toMatch(/NHS 111/);
    expect(cards[0]!.properties.dataPagefindIgnore, `${page.path}: the card stays out of the search index`).toBe('');
  });

  it.each(clinical.filter((p) => !p.path.startsWith('/tools/')).map((p) => [p.path, p]))('%s: the card comes before the page body and links to the full list', (_, page) => {
    const [cardElement] = card(page);
    const link = find(cardElement!, (e) => e.tagName === 'a' && String(e.properties.href).endsWith('/urgent-help/'));
    expect(link, `${page.path}: full list link`).toBeTruthy();
    const html = page.html;
    const body = ['class="prose article-body"', 'class="prose topic-body"', '<h2'].map((m) => html.indexOf(m)).filter((i) => i > 0);
    expect(html.indexOf('data-care-card'), `${page.path}: card before the body`).toBeLessThan(Math.min(...body));
  });
});

describe('the footer', () => {
  it.each(pages.map((p) => [p.path, p]))('%s carries the core emergency and same-day signs', (_, page) => {
    const footer = squash(toString(find(page.tree, (e) => e.tagName === 'footer')!)).toLowerCase();
    for (const sign of [...coreSigns('emergency'), ...coreSigns('same-day')]) expect(footer, `${page.path}: "${sign.short}"`).toContain(squash(sign.short!).toLowerCase());
  });
});

describe('/urgent-help/', () => {
  const page = pages.find((p) => p.path === '/urgent-help/')!;
  const main = find(page.tree, (e) => e.tagName === 'main')!;

  it('is in the search index, with the words readers use', () => {
    expect(main.properties.dataPagefindBody).toBe('');
    const indexed = readdirSync(join(DIST, 'pagefind/fragment'))
      .map((f) => gunzipSync(readFileSync(join(DIST, 'pagefind/fragment', f))))
      // A fragment is "pagefind_dcd" followed by JSON.
      .map((bytes) => JSON.parse(bytes.subarray(bytes.indexOf('{')).toString('utf8')) as { url: string; content: string })
      .find((f) => f.url.endsWith('/urgent-help/'));
    expect(indexed, '/urgent-help/ in dist/pagefind').toBeDefined();
    const text = indexed!.content.toLowerCase();
    for (const words of ['cauda equina', 'pee', 'numb bum', 'hot, red or swollen knee', 'blood clot', '999', 'nhs 111', 'a&e']) expect(text, words).toContain(words);
  });

  it('lists every warning sign under its care level, with what to do and its sources', () => {
    for (const level of CARE_LEVEL_IDS.filter((l) => signsAt(l).length > 0)) {
      const section = find(main, (e) => e.tagName === 'section' && e.children.some((c) => c.type === 'element' && c.tagName === 'h2' && c.properties.id === level))!;
      expect(section, level).toBeTruthy();
      expect(squash(toString(section))).toContain(squash(CARE_LEVELS[level].action));
      for (const sign of signsAt(level)) {
        const item = find(section, hasId(`sign-${sign.id}`));
        expect(item, `${sign.id} under ${level}`).toBeTruthy();
        const refs = findAll(item!, (e) => e.tagName === 'a' && String(e.properties.href).includes('/about/#ref-')).map((a) => String(a.properties.href).split('#ref-')[1]);
        expect(refs, sign.id).toEqual([...sign.sources]);
      }
    }
    expect(findAll(main, (e) => String(e.properties.id ?? '').startsWith('sign-'))).toHaveLength(WARNING_SIGNS.length);
  });
});
