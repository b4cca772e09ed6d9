// The clinical text the build hashes (read with htmlparser2's callbacks, for speed) is the text
// a full HTML tree of the page gives, on every built page: a sign-off recorded against one
// must hold against the other.
import { describe, expect, it } from 'vitest';
import { clinicalText } from '../../src/lib/review/clinical-text.ts';
import { clinicalTextFromTree } from '../support/clinical-text-tree.ts';
import { builtPages } from './built-site.ts';

describe('clinical text of every built page', () => {
  const pages = builtPages();
  it('covers the clinical pages', () => expect(pages.filter((p) => clinicalTextFromTree(p.tree).length > 500).length).toBeGreaterThan(40));
  for (const page of pages) {
    it(`${page.path}: the same text as the page's HTML tree`, () => expect(clinicalText(page.html)).toBe(clinicalTextFromTree(page.tree)));
  }
});
