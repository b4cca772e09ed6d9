// The text of an article's .mdx body as its source says it: parsed as MDX (Sätteri, the
// article features) with no plugin of ours, components left out. The source of truth that
// rendered pages and search indexes are compared with.
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { mdxToHast } from 'satteri';
import { ARTICLE_FEATURES } from '../../src/lib/markdown/article-features.ts';
import { foldSpace } from './source-text.ts';

/** The body's own text, white space folded. */
export function mdxSourceText(body: string): string {
  return foldSpace(toString(mdxToHast(body, { features: ARTICLE_FEATURES, position: false }) as Root));
}
