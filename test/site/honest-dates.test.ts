// Honest dates and sources, checked against the source manifest (content/sources/sources.yaml):
// each article names its source's own publisher and date first, or says plainly that the source
// gives none; our editors' check comes second; /sources/ speaks to readers, not to us.
import { readFileSync } from 'node:fs';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/pipeline/read-manifest.ts';
import { formatDate } from '../../src/lib/site/dates.ts';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { builtPages, elements } from './built-site.ts';

const manifest = readManifest('content/sources/sources.yaml', readFileSync('content/sources/sources.yaml', 'utf8'));
const pages = builtPages();
const hasClass = (node: Element, name: string) => ([] as unknown[]).concat(node.properties?.className ?? []).includes(name);
const byClass = (page: (typeof pages)[number], name: string) => elements(page.tree, 'p').filter((p) => hasClass(p, name)).map((p) => toString(p).replace(/\s+/g, ' ').trim());

describe('dates and sources', () => {
  const articles = pages.filter((p) => /^\/articles\/[^/]+\/$/.test(p.path) && p.html.includes('article-body"'));

  it('shows each article’s source publisher and date first, as the manifest gives them or saying there are none', () => {
    expect(articles.length).toBeGreaterThanOrEqual(4);
    for (const page of articles) {
      const slug = page.path.split('/')[2]!;
      const { data } = splitFrontmatter(readFileSync(`content/articles/${slug}.mdx`, 'utf8'), slug);
      const source = manifest.find((s) => s.id === (data.sources as string[])[0])!;
      const [first] = byClass(page, 'source');
      expect(first, page.path).toContain(source.publisher ?? 'the source does not name its publisher');
      expect(first, page.path).toContain(source.date ? formatDate(new Date(source.date)) : 'no date given');
      const html = page.html;
      expect(html.indexOf('class="source"'), `${page.path}: the source line comes before our check`).toBeLessThan(html.indexOf('class="checked"'));
    }
  });

  it('says on every article and topic page who checked it, honestly, and never “Last reviewed”', () => {
    const content = pages.filter((p) => p.html.includes('class="checked"'));
    expect(content.length).toBeGreaterThanOrEqual(46);
    for (const page of content) {
      expect(byClass(page, 'checked')[0], page.path).toMatch(/^Checked by our editors against the sources listed/);
      // Only the review line may speak of a clinician's review (test/site/clinical-review.test.ts
      // checks it against the records); a cited source's own title (on screen or on a printed handout) may give its publisher's date.
      const ours = page.html.replace(/<p class="clinical-review"[^>]*>[\s\S]*?<\/p>/, '').replace(/<section[^>]*class="(?:cited|handout-sources)"[\s\S]*?<\/section>/g, '');
      expect(ours, page.path).not.toMatch(/Last reviewed|Reviewed by (?:Dr|a doctor|a clinician)/i);
    }
  });

  it('keeps the import’s internal notes off /sources/', () => {
    const sources = pages.find((p) => p.path === '/sources/')!;
    const text = toString(sources.tree);
    for (const word of ['garble', 'hash', 'frontmatter', 'YAML', 'metadata', '<script>', 'misspelt key', 'site chrome']) {
      expect(text, `/sources/ shows the internal word “${word}”`).not.toContain(word);
    }
    for (const entry of manifest) expect(text).not.toContain(entry.notes.slice(0, 40));
  });
});
