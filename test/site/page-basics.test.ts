// Every built page has what a browser, a screen reader and a search engine need.
import { describe, expect, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import { builtPages, elements } from './built-site.ts';

const pages = builtPages();

describe('every built page', () => {
  it('exists in number (home, articles, sources, about, 404 at least)', () => {
    expect(pages.length).toBeGreaterThanOrEqual(9);
  });

  it.each(pages.map((p) => [p.path, p]))('%s has lang, one h1, a title and a meta description', (_, page) => {
    const [html] = elements(page.tree, 'html');
    expect(html?.properties.lang, 'lang on <html>').toBeTruthy();
    expect(elements(page.tree, 'h1'), 'exactly one h1').toHaveLength(1);
    expect(toString(elements(page.tree, 'title')[0]!).trim(), '<title>').not.toBe('');
    const description = elements(page.tree, 'meta').find((m) => m.properties.name === 'description');
    expect(String(description?.properties.content ?? '').length, 'meta description').toBeGreaterThan(30);
    expect(elements(page.tree, 'main'), 'one <main> landmark').toHaveLength(1);
  });

  it('has a unique title and description', () => {
    const titles = pages.map((p) => toString(elements(p.tree, 'title')[0]!));
    const descriptions = pages.map((p) => elements(p.tree, 'meta').find((m) => m.properties.name === 'description')?.properties.content);
    expect(new Set(titles).size).toBe(pages.length);
    expect(new Set(descriptions).size).toBe(pages.length);
  });
});
