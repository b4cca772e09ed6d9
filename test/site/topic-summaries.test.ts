// Topic summaries on the index pages are our text too: each names its sources (the summary's
// summaryCites), linking to the reference on /about/ or to the article it attributes.
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { builtPages } from './built-site.ts';

const TOPICS = resolve(import.meta.dirname, '../../content/topics');
const summaries = new Map(readdirSync(TOPICS).filter((f) => f.endsWith('.md')).map((f) => {
  const { data } = splitFrontmatter(readFileSync(resolve(TOPICS, f), 'utf8'), f);
  return [String(data.summary), data.summaryCites as string[]] as const;
}));
const indexes = builtPages().filter((p) => /^\/(topics|nerves|conditions|signs|treatments)\/$/.test(p.path));

describe('topic summaries on index pages name their sources', () => {
  it('finds the five index pages', () => expect(indexes).toHaveLength(5));

  it.each(indexes.map((p) => [p.path, p]))('%s: every summary is followed by its sources', (_, page) => {
    let seen = 0;
    visit(page.tree, 'element', (li: Element) => {
      if (li.tagName !== 'li') return;
      const paragraphs = li.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p');
      const summary = paragraphs[0] ? toString(paragraphs[0]).trim() : '';
      const cites = summaries.get(summary);
      if (!cites) return;
      seen++;
      const sources = paragraphs[1];
      expect(sources && (sources.properties.className as string[]).includes('sources'), summary).toBe(true);
      const links = sources!.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'a').map((a) => String(a.properties.href));
      const references = cites.filter((k) => /^[SG]\d+$/.test(k));
      for (const id of references) expect(links.some((h) => h.endsWith(`/about/#ref-${id}`)), id).toBe(true);
      if (cites.length > references.length) expect(links.some((h) => h.includes('/articles/')), summary).toBe(true);
    });
    expect(seen).toBeGreaterThan(0);
  });
});
