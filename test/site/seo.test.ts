// What search engines and link previews get from every page: canonical and preview tags with
// absolute addresses, structured data that parses and carries the required fields, preview
// images of the right size, and redirect pages that point to the one canonical article.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/lib/site/site-address.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { builtPages, DIST, elements, type BuiltPage } from './built-site.ts';

/** The review date a page's structured data must carry: its content file's own. */
const reviewedOf = (file: string) => new Date(readFrontmatter(file).reviewed as string | Date).toISOString().slice(0, 10);

const SITE = siteAddress(process.env).replace(/\/$/, '');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const pages = builtPages();
const meta = (page: BuiltPage, key: string) =>
  elements(page.tree, 'meta').find((m) => m.properties.property === key || m.properties.name === key)?.properties.content as string | undefined;
const jsonLd = (page: BuiltPage) => {
  const script = elements(page.tree, 'script').find((s) => s.properties.type === 'application/ld+json');
  const text = script?.children.map((c) => ('value' in c ? c.value : '')).join('') ?? '';
  return JSON.parse(text) as { '@graph': Record<string, unknown>[] };
};
const ofType = (page: BuiltPage, type: string) => jsonLd(page)['@graph'].find((t) => t['@type'] === type);
const isRedirect = (page: BuiltPage) => elements(page.tree, 'meta').some((m) => m.properties.httpEquiv?.toString().toLowerCase() === 'refresh');
const content = pages.filter((p) => !isRedirect(p));

/** Width and height from a PNG's header. */
function pngSize(file: string): [number, number] {
  const header = readFileSync(file).subarray(16, 24);
  return [header.readUInt32BE(0), header.readUInt32BE(4)];
}

/** The built file a site address is served from, or undefined when it is not one of ours. */
function builtFile(address: string): string | undefined {
  if (!address.startsWith(`${SITE}${base}`)) return undefined;
  const path = address.slice(`${SITE}${base}`.length).replace(/#.*$/, '');
  return join(DIST, path === '' || path.endsWith('/') ? `${path}index.html` : path);
}

describe('every page', () => {
  const addressed = content.filter((p) => p.path !== '/404');

  it.each(addressed.map((p) => [p.path, p]))('%s has absolute canonical, Open Graph and Twitter tags', (_, page) => {
    const canonical = elements(page.tree, 'link').find((l) => String(l.properties.rel) === 'canonical')?.properties.href as string;
    expect(canonical).toBe(`${SITE}${base.replace(/\/$/, '')}${page.path}`);
    expect(existsSync(builtFile(canonical)!), `${canonical} is a built page`).toBe(true);
    for (const key of ['og:title', 'og:type', 'og:image', 'og:url', 'og:description', 'twitter:card', 'twitter:image']) expect(meta(page, key), key).toBeTruthy();
    expect(meta(page, 'og:url')).toBe(canonical);
    expect(meta(page, 'og:image')).toMatch(new RegExp(`^${SITE}${base}og/.+\\.png$`));
    const image = join(DIST, meta(page, 'og:image')!.slice(`${SITE}${base}`.length));
    expect(existsSync(image), image).toBe(true);
    expect(pngSize(image)).toEqual([1200, 630]);
  });

  it.each(addressed.map((p) => [p.path, p]))('%s has JSON-LD with a breadcrumb list and a web page', (_, page) => {
    const crumbs = ofType(page, 'BreadcrumbList') as { itemListElement: { position: number; name: string; item: string }[] };
    expect(crumbs.itemListElement[0]).toMatchObject({ position: 1, name: 'Home', item: `${SITE}${base}` });
    expect(crumbs.itemListElement.every((c) => c.item.startsWith(SITE))).toBe(true);
    expect(ofType(page, 'WebPage') ?? ofType(page, 'MedicalWebPage')).toBeTruthy();
  });

  it('the 404 page, served at any missing address, names no address of its own and stays out of the index', () => {
    const notFound = pages.find((p) => p.path === '/404')!;
    expect(elements(notFound.tree, 'link').filter((l) => String(l.properties.rel) === 'canonical')).toEqual([]);
    expect(meta(notFound, 'og:url')).toBeUndefined();
    expect(meta(notFound, 'robots')).toBe('noindex');
  });
});

describe('clinical pages', () => {
  const articles = content.filter((p) => /^\/articles\/[^/]+\/$/.test(p.path));
  const topics = content.filter((p) => /^\/(nerves|conditions|signs|treatments)\/[^/]+\/$/.test(p.path));

  it.each(articles.map((p) => [p.path, p]))('article %s is a MedicalWebPage with an Article', (_, page) => {
    expect(ofType(page, 'MedicalWebPage')).toMatchObject({ lastReviewed: reviewedOf(`content/articles/${page.path.split('/')[2]}.mdx`), medicalAudience: expect.any(Array), about: expect.any(Array) });
    const article = ofType(page, 'Article')!;
    for (const field of ['headline', 'image', 'dateModified', 'author', 'publisher']) expect(article[field], field).toBeTruthy();
    expect(String(article.image), 'an absolute image address').toMatch(/^https?:\/\//);
    expect(meta(page, 'og:type')).toBe('article');
  });

  it.each(topics.map((p) => [p.path, p]))('topic %s is a MedicalWebPage about its topic', (_, page) => {
    const webPage = ofType(page, 'MedicalWebPage') as { about: { name: string }[]; lastReviewed: string };
    expect(webPage.lastReviewed).toBe(reviewedOf(`content/topics/${page.path.split('/')[2]}.md`));
    expect(webPage.about[0]?.name).toBe(elements(page.tree, 'h1')[0] && String((elements(page.tree, 'h1')[0]!.children[0] as { value: string }).value));
    if (page.path.startsWith('/conditions/')) {
      const condition = ofType(page, 'MedicalCondition')!;
      expect(condition.name).toBeTruthy();
      // A list is there only when it has something in it.
      for (const key of ['signOrSymptom', 'possibleTreatment', 'associatedAnatomy']) {
        if (key in condition) expect((condition[key] as unknown[]).length, `${page.path}: ${key}`).toBeGreaterThan(0);
      }
    }
  });

  it('condition data links signs, treatments and anatomy from our topics', () => {
    const sciatica = ofType(content.find((p) => p.path === '/conditions/lumbar-radiculopathy/')!, 'MedicalCondition') as Record<string, { name: string }[]>;
    expect(sciatica.signOrSymptom!.map((s) => s.name)).toContain('Pain spreading from the hip or buttock');
    expect(sciatica.associatedAnatomy!.map((s) => s.name)).toContain('Sciatic nerve');
  });
});

describe('the merged copy’s old address', () => {
  const redirect = pages.find((p) => p.path === '/articles/the-hidden-link-between-your-back-and-your-knee-pain/')!;

  it('redirects to the one canonical article and stays out of the index', () => {
    const target = `${base}articles/back-disorders-and-knee-pain/`;
    expect(elements(redirect.tree, 'meta').find((m) => String(m.properties.httpEquiv).toLowerCase() === 'refresh')?.properties.content).toBe(`0; url=${target}`);
    expect(elements(redirect.tree, 'link').find((l) => String(l.properties.rel) === 'canonical')?.properties.href).toBe(`${SITE}${target}`);
    expect(meta(redirect, 'robots')).toBe('noindex');
  });
});

describe('feeds and crawler files', () => {
  it('robots.txt points to the sitemap index, and the RSS feed lists every article', () => {
    expect(readFileSync(join(DIST, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${base}sitemap-index.xml`);
    const rss = readFileSync(join(DIST, 'rss.xml'), 'utf8');
    expect(rss.match(/<item>/g)).toHaveLength(content.filter((p) => /^\/articles\/[^/]+\/$/.test(p.path)).length);
  });
});
