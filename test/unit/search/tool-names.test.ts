// The tools' other names: read and checked from content/tool-names.yaml, and added to a tool's
// names (by its address) for ranking, beside its title.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readToolNames } from '../../../src/lib/search/tool-names.ts';
import { namesOf, type IndexedPage } from '../../../src/lib/search/vocabulary.ts';

/** A project folder holding only the given tool-names.yaml. */
function projectWith(yaml: string): string {
  const root = mkdtempSync(join(tmpdir(), 'tool-names-'));
  mkdirSync(join(root, 'content'));
  writeFileSync(join(root, 'content/tool-names.yaml'), yaml);
  return root;
}

describe('tool names', () => {
  it('reads the site’s file: every entry is a tool’s address with names', () => {
    const names = readToolNames(resolve(import.meta.dirname, '../../..'));
    expect(Object.keys(names).length).toBeGreaterThan(0);
    for (const [path, list] of Object.entries(names)) {
      expect(path).toMatch(/^\/tools\/[a-z0-9-]+\/$/);
      expect(list.length).toBeGreaterThan(0);
    }
  });

  it('names the file, the line and the problem when an entry is wrong', () => {
    expect(() => readToolNames(projectWith('- id: /nerve-map/\n  names: [dermatome map]\n'))).toThrow(/content\/tool-names\.yaml:1: entry "\/nerve-map\/": id: not a tool's address/);
    expect(() => readToolNames(projectWith('# two tools\n- id: /tools/a/\n  names: [one name]\n- id: /tools/nerve-map/\n  names: []\n'))).toThrow(/content\/tool-names\.yaml:4: entry "\/tools\/nerve-map\/": names: at least one name/);
    expect(() => readToolNames(projectWith('- id: /tools/a/\n  names: [one name]\n- id: /tools/a/\n  names: [two names]\n'))).toThrow(/:3: entry "\/tools\/a\/": the id "\/tools\/a\/" is used twice/);
  });

  it('adds a tool’s names to its title, by address, and to no other page', () => {
    const page = (id: string, path: string, title: string, kind: string): IndexedPage => ({ id, path, title, kind, text: '' });
    const pages = [page('a', '/tools/nerve-map/', 'Nerve map: which nerves reach the knee', 'Tool'), page('b', '/nerves/femoral-nerve/', 'Femoral nerve', 'Nerve')];
    const names = namesOf(pages, [], { '/tools/nerve-map/': ['Dermatome map'] });
    expect(names.a).toEqual(['nerve map which nerves reach the knee', 'dermatome map']);
    expect(names.b).toEqual(['femoral nerve']);
  });
});
