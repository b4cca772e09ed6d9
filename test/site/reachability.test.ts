// Every article and topic page is at most two clicks from the home page.
import { describe, expect, it } from 'vitest';
import { builtPages, elements } from './built-site.ts';

// Redirect pages (a merged copy's old address) are reached from outside, not from the site.
const pages = builtPages().filter((p) => !elements(p.tree, 'meta').some((m) => String(m.properties.httpEquiv).toLowerCase() === 'refresh'));
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const byPath = new Map(pages.map((p) => [p.path, p]));

function linksFrom(path: string): string[] {
  const page = byPath.get(path);
  if (!page) return [];
  const url = new URL(`${base.replace(/\/$/, '')}${path}`, 'http://site.invalid');
  return elements(page.tree, 'a')
    .map((a) => new URL(String(a.properties.href ?? ''), url))
    .filter((u) => u.origin === 'http://site.invalid' && u.pathname.startsWith(base))
    .map((u) => u.pathname.slice(base.length - 1));
}

describe('reachability', () => {
  it('reaches every article and topic within two clicks of home', () => {
    const oneClick = new Set(linksFrom('/'));
    const twoClicks = new Set([...oneClick, ...[...oneClick].flatMap(linksFrom)]);
    const content = pages.map((p) => p.path).filter((p) => /^\/(articles|nerves|conditions|signs|treatments)\/[^/]+\/$/.test(p));
    expect(content.length).toBeGreaterThan(40);
    expect(content.filter((p) => !twoClicks.has(p))).toEqual([]);
  });
});
