// Nothing the import removed reaches a published page: no garbled words, no page chrome or
// promotion from the sources, and no script of theirs (or any script we did not write).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteAddress } from '../../src/lib/site/site-address.ts';
import { descramble } from '../../src/pipeline/descramble.ts';
import type { ImportReport } from '../../src/pipeline/run-import.ts';
import { readSource } from '../../src/pipeline/read-source.ts';
import { foldWord, tokenize } from '../../src/pipeline/tokenize.ts';
import { treeWords } from '../../src/pipeline/tree-words.ts';
import { bodyText, builtPages, elements } from './built-site.ts';

const root = resolve(import.meta.dirname, '../..');
const report = JSON.parse(readFileSync(resolve(root, 'content/import-report.json'), 'utf8')) as ImportReport;
const pages = builtPages();
const words = (text: string) => tokenize(text).map((t) => foldWord(t.word));
const pageWords = pages.map((p) => ({ path: p.path, text: ` ${words(bodyText(p.tree)).join(' ')} ` }));

/** Runs of four words of each garbled copy that contain at least one garbled word. */
function garbledRuns(): string[] {
  const runs: string[] = [];
  for (const restoration of report.restorations) {
    const parse = (id: string) => {
      const file = report.sources.find((s) => s.id === id)!.file;
      return treeWords(readSource(id, file, readFileSync(resolve(root, 'content/sources', file), 'utf8')).tree).map((w) => w.word);
    };
    const garbled = parse(restoration.garbled);
    const { restored } = descramble(garbled, parse(restoration.twin));
    for (let i = 0; i + 4 <= garbled.length; i++) {
      const run = garbled.slice(i, i + 4);
      if (run.some((w, k) => restored[i + k] !== w)) runs.push(run.join(' '));
    }
  }
  return runs;
}

describe('published pages', () => {
  it('contain no run of garbled words', () => {
    const runs = garbledRuns();
    expect(runs.length).toBeGreaterThan(100);
    const hits = pageWords.flatMap((p) => runs.filter((run) => p.text.includes(` ${run} `)).map((run) => `${p.path}: “${run}”`));
    expect(hits).toEqual([]);
  });

  it('contain none of the text the import removed (attribution lines aside, which become credits)', () => {
    const removed = report.removals.filter((r) => !r.reason.startsWith('attribution') && words(r.text).length >= 3);
    expect(removed.length).toBeGreaterThan(5);
    const hits = pageWords.flatMap((p) => removed.filter((r) => p.text.includes(` ${words(r.text).join(' ')} `)).map((r) => `${p.path}: “${r.text}” (${r.reason})`));
    expect(hits).toEqual([]);
  });

  it('load only our own scripts from this site, and nothing from another site', () => {
    const origin = siteAddress(process.env);
    for (const page of pages) {
      // Pages with an island also carry Astro's small inline bootstrap that hydrates it.
      const hasIsland = elements(page.tree, 'astro-island').length > 0;
      for (const script of elements(page.tree, 'script')) {
        const src = String(script.properties.src ?? '');
        const json = script.properties.type === 'application/ld+json';
        const ours = /^\/(?:[^/]+\/)*_astro\/[\w.-]+\.js$/.test(src) || (hasIsland && !src);
        expect(json || ours, `${page.path}: a script that is not ours: ${src || 'inline'}`).toBe(true);
      }
      const external = [...elements(page.tree, 'link'), ...elements(page.tree, 'img'), ...elements(page.tree, 'iframe')]
        .map((e) => String(e.properties.href ?? e.properties.src ?? ''))
        .filter((url) => /^(https?:)?\/\//.test(url) && !url.startsWith(origin));
      expect(external, page.path).toEqual([]);
    }
  });
});
