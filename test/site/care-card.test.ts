// Warning signs on the built site, checked against their one source (content/care/*.yaml):
// every clinical page carries the care card with the core emergency signs (the early cauda
// equina signs among them) and what to do; the footer carries the same words; /urgent-help/ lists
// every sign under its level, emergency first; every shown sign is worded as in the data; and
// no warning wording appears in our own voice anywhere else.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { readCareFiles } from '../../src/lib/care/read-care-files.ts';
import { KIND_PATH, TOPIC_KINDS } from '../../src/lib/topics/topic-kinds.ts';
import { builtPages, DIST, type BuiltPage } from './built-site.ts';

const care = readCareFiles(join(import.meta.dirname, '../..'));
const core = (level: string) => care.signs.filter((s) => s.level === level && s.short);
const levelOf = (id: string) => care.levels.find((l) => l.id === id)!;

/** Pages that are not about anyone's symptoms: lists, site information, search, errors. */
const NON_CLINICAL: Record<string, RegExp> = {
  'article index': /^\/articles\/(page\/\d+\/)?$/,
  'topic index': new RegExp(`^/(topics|${Object.values(KIND_PATH).join('|')})/$`),
  'site information': /^\/(about|sources)\/$/,
  search: /^\/search\/$/,
  'not found': /^\/404(\.html)?$/,
  'warning signs pages (the full list, and the cauda equina card)': /^\/urgent-help\/(card\/)?$/,
};

/** The kind of a clinical page, from its address. */
function clinicalKind(path: string): string {
  if (path === '/') return 'home';
  if (/^\/articles\/[^/]+\/$/.test(path)) return 'article';
  for (const kind of TOPIC_KINDS) if (path.startsWith(`/${KIND_PATH[kind]}/`)) return kind;
  if (/^\/tools\/[^/]+\/$/.test(path)) return `tool ${path.split('/')[2]}`;
  if (path === '/handout/') return 'handout';
  return `unknown (${path})`;
}

/** Elements under `root` (itself included) that match `test`, in document order. */
function findAll(root: Element | Root, test: (e: Element) => boolean): Element[] {
  const found: Element[] = [];
  visit(root, 'element', (e: Element) => {
    if (test(e)) found.push(e);
  });
  return found;
}
const find = (root: Element | Root, test: (e: Element) => boolean) => findAll(root, test)[0];
const hasId = (id: string) => (e: Element) => e.properties.id === id;

const squash = (text: string) => text.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").replace(/[“”]/g, '"').trim();
const lower = (text: string) => squash(text).toLowerCase();
/** The text a reader sees on screen: without the print-only link numbers. */
const seen = (el: Element) => {
  const copy = structuredClone(el);
  visit(copy, 'element', (e: Element, i, parent) => {
    if (parent && i !== undefined && ([] as unknown[]).concat(e.properties.className ?? []).includes('print-ref')) {
      parent.children.splice(i, 1);
      return i;
    }
  });
  return toString(copy);
};
const pages = builtPages().filter((p) => !/http-equiv="refresh"/i.test(p.html));
const clinical = pages.filter((p) => !Object.values(NON_CLINICAL).some((re) => re.test(p.path)));
const card = (page: BuiltPage) => findAll(page.tree, (e) => e.properties.dataCareCard !== undefined);

describe('the care card', () => {
  it('is checked on every kind of clinical page: home, articles, each topic kind, both tools and the handout', () => {
    const kinds = new Set(clinical.map((p) => clinicalKind(p.path)));
    expect([...kinds].sort()).toEqual(['article', 'handout', 'home', ...TOPIC_KINDS, 'tool nerve-map', 'tool sign-checklist'].sort());
  });

  it('names the early cauda equina signs in its short wording: starting to pee, feeling when peeing or wiping, tingling, inner thighs', () => {
    const words = lower(core('emergency').map((s) => s.short).join(' | '));
    for (const early of ['starting to pee', 'feeling when you pee', 'when you wipe', 'tingling', 'inner thighs', 'not noticing you need to poo', 'both legs']) expect(words, early).toContain(early);
  });

  it.each(clinical.map((p) => [`${clinicalKind(p.path)}: ${p.path}`, p]))('%s has one card with every emergency sign, what to do and "not sure? call 111"', (_, page) => {
    const cards = card(page);
    expect(cards, `${page.path}: care cards`).toHaveLength(1);
    const text = lower(seen(cards[0]!));
    for (const sign of core('emergency')) {
      expect([sign.short!, sign.text].some((w) => text.includes(lower(w))), `${page.path}: "${sign.short}"`).toBe(true);
    }
    expect(text, `${page.path}: what to do`).toMatch(/999/);
    expect(text, `${page.path}: same-day help`).toMatch(/111/);
    if (!page.path.startsWith('/tools/sign-checklist')) {
      expect(text, `${page.path}: not sure`).toContain(lower(care.advice['not-sure']!.text));
      const tel = findAll(cards[0]!, (e) => e.tagName === 'a' && String(e.properties.href).startsWith('tel:')).map((a) => a.properties.href);
      expect(tel, `${page.path}: tappable numbers`).toContain('tel:111');
    }
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
  it.each(pages.map((p) => [p.path, p]))('%s carries the core emergency and same-day signs, and "not sure? call 111"', (_, page) => {
    const footer = lower(seen(find(page.tree, (e) => e.tagName === 'footer')!));
    for (const sign of [...core('emergency'), ...core('same-day')]) expect(footer, `${page.path}: "${sign.short}"`).toContain(lower(sign.short!));
    expect(footer).toContain(lower(care.advice['not-sure']!.text));
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
    for (const words of ['cauda equina', 'pee', 'numb bum', 'hot, red or swollen knee', 'blood clot', '999', '111', 'a&e']) expect(text, words).toContain(words);
  });

  it('lists every warning sign under its care level, each level with its action first, emergency first', () => {
    const sections = findAll(main, (e) => e.tagName === 'section' && e.children.some((c) => c.type === 'element' && c.tagName === 'h2'));
    const order = sections.map((s) => String((find(s, (e) => e.tagName === 'h2')!).properties.id));
    expect(order.slice(0, 3)).toEqual(['emergency', 'same-day', 'routine']);
    for (const level of ['emergency', 'same-day', 'routine']) {
      const section = sections.find((s) => find(s, hasId(level)))!;
      const action = find(section, (e) => e.tagName === 'p' && e.properties.dataCareLevel === level)!;
      expect(lower(seen(action))).toContain(lower(levelOf(level).action));
      const firstSign = find(section, (e) => e.properties.dataSign !== undefined)!;
      expect(section.children.indexOf(action) < section.children.indexOf(find(section, (e) => e.tagName === 'ul')!)).toBe(true);
      expect(firstSign).toBeTruthy();
      for (const sign of care.signs.filter((s) => s.level === level)) {
        const item = find(section, hasId(`sign-${sign.id}`));
        expect(item, `${sign.id} under ${level}`).toBeTruthy();
        const refs = findAll(item!, (e) => e.tagName === 'a' && String(e.properties.href).includes('/about/#ref-')).map((a) => String(a.properties.href).split('#ref-')[1]);
        expect(refs, sign.id).toEqual([...sign.refs]);
      }
    }
    expect(findAll(main, (e) => String(e.properties.id ?? '').startsWith('sign-'))).toHaveLength(care.signs.length);
  });
});

describe('one wording per sign', () => {
  const byId = new Map(care.signs.map((s) => [s.id, s]));

  it.each(pages.map((p) => [p.path, p]))('%s: every sign shown starts with its wording from the data', (_, page) => {
    for (const el of findAll(page.tree, (e) => e.properties.dataSign !== undefined)) {
      const sign = byId.get(String(el.properties.dataSign));
      expect(sign, `${page.path}: data-sign="${el.properties.dataSign}" is not in content/care/warning-signs.yaml`).toBeDefined();
      const text = lower(seen(el));
      expect([sign!.text, sign!.short].some((w) => w && text.startsWith(lower(w))), `${page.path}: "${squash(toString(el))}" is not worded as "${sign!.id}" in the data`).toBe(true);
    }
  });

  // Words that only warning advice uses. A block of our own text with one of them must come from
  // the data (a sign, a level's action, the advice lines, the open clinical questions).
  const WARNING_WORDS = /\b(pee|peeing|poo|wee|genitals?|saddle|back passage|numb bum|both legs|chest pain|breathless(ness)?|999|911|A&E|NHS 111|call 111|urgent GP|emergency help)\b/i;
  const FROM_DATA = (e: Element) => ['dataSign', 'dataCareLevel', 'dataCareAdvice', 'dataCareCard', 'dataClinicalQuestion'].some((k) => e.properties[k] !== undefined);
  // Where other voices speak: the imported articles (except what the site adds), their quotes,
  // and our editors' notes on them, which answer an article's own words.
  const OTHER_VOICE = (e: Element) => {
    const cls = ([] as unknown[]).concat(e.properties.className ?? []).map(String);
    // Lists of sources name them by title ("Baker's cyst: NHS 111 Wales"): no advice there.
    const sourceList = ['cited', 'handout-sources', 'references', 'print-links'].some((c) => cls.includes(c));
    return (cls.includes('article-body') && e.properties.dataSiteAdded === undefined) || e.tagName === 'blockquote' || e.tagName === 'q' || e.properties.dataEditorNote !== undefined || sourceList
      || e.tagName === 'script' || e.tagName === 'style' || e.tagName === 'head';
  };
  const BLOCKS = new Set(['p', 'li', 'dd', 'dt', 'td', 'th', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption', 'label', 'legend']);

  /** Our own blocks with warning words that do not come from the data. */
  function strays(tree: Root): string[] {
    const found: string[] = [];
    const walk = (node: Element | Root, exempt: boolean) => {
      for (const child of node.children) {
        if (child.type !== 'element') continue;
        const skip = exempt || FROM_DATA(child) || OTHER_VOICE(child);
        if (!skip && BLOCKS.has(child.tagName)) {
          const text = squash(toString(child));
          // Only the block's own words: blocks nested in it are checked on their own.
          const own = squash(child.children.filter((c) => !(c.type === 'element' && (BLOCKS.has(c.tagName) || FROM_DATA(c) || OTHER_VOICE(c)))).map((c) => toString(c as Element)).join(' '));
          if (WARNING_WORDS.test(own)) found.push(text.slice(0, 160));
        }
        walk(child, skip);
      }
    };
    walk(tree, false);
    return found;
  }

  it('the check finds warning wording that does not come from the data', () => {
    const page = pages.find((p) => p.path === '/urgent-help/')!;
    expect(strays(page.tree)).toEqual([]);
    const tampered = structuredClone(page.tree);
    const sign = find(tampered, (e) => e.properties.dataSign !== undefined)!;
    delete sign.properties.dataSign;
    expect(strays(tampered).length).toBeGreaterThan(0);
  });

  it.each(pages.map((p) => [p.path, p]))('%s: no warning wording in our own voice outside the data', (_, page) => {
    expect(strays(page.tree)).toEqual([]);
  });
});
