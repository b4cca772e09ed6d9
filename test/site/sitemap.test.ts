// The sitemap lists every page (redirects and the 404 page aside), every listed address
// exists, and lastmod is the page's review date, not the build time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/lib/site/site-address.ts';
import { readFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { builtPages, DIST, elements } from './built-site.ts';

/** A content file's review date, as the sitemap should give it. */
const reviewedOf = (file: string) => new Date(readFrontmatter(file).reviewed as string | Date).toISOString().slice(0, 10);

const SITE = siteAddress(process.env).replace(/\/$/, '');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const xml = readFileSync(join(DIST, 'sitemap-0.xml'), 'utf8');
const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc><lastmod>([^<]+)<\/lastmod><\/url>/g)].map((m) => ({ loc: m[1]!, lastmod: m[2]! }));
const pages = builtPages().filter((p) => p.path !== '/404' && !elements(p.tree, 'meta').some((m) => String(m.properties.httpEquiv).toLowerCase() === 'refresh'));
const prefix = `${SITE}${base.replace(/\/$/, '')}`;

describe('the sitemap', () => {
  it('is reached from the sitemap index', () => {
    expect(readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8')).toContain(`${SITE}${base}sitemap-0.xml`);
  });

  it('lists every page, and every address it lists exists', () => {
    const listed = new Set(entries.map((e) => e.loc.slice(prefix.length)));
    expect(pages.map((p) => p.path).filter((p) => !listed.has(p))).toEqual([]);
    const built = new Set(pages.map((p) => p.path));
    expect([...listed].filter((p) => !built.has(p))).toEqual([]);
  });

  it('dates each article and topic by its review date', () => {
    const entry = entries.find((e) => e.loc.endsWith('/nerves/femoral-nerve/'))!;
    expect(entry.lastmod.slice(0, 10)).toBe(reviewedOf('content/topics/femoral-nerve.md'));
    const article = entries.find((e) => e.loc.endsWith('/articles/could-your-back-be-causing-your-knee-pain/'))!;
    expect(article.lastmod.slice(0, 10)).toBe(reviewedOf('content/articles/could-your-back-be-causing-your-knee-pain.mdx'));
  });
});
