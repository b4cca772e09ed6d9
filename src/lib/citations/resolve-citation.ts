// What a citation key points to: a paragraph of an article (by one of its source ids and the
// paragraph's anchor) or a reference.
import { findReference } from '../../data/references.ts';
import type { Article } from '../articles/articles.ts';
import { articleHref, href } from '../site/urls.ts';
import { parseKey } from './citation-keys.ts';

/** A resolved citation, ready to list under "Sources for this page". */
export interface ResolvedCitation {
  key: string;
  label: string;
  href: string;
  kind: 'article' | 'reference';
  /** For an article paragraph: the paragraph's opening words, so a reader knows what to look for. */
  opening?: string;
}

/** Resolves a key; throws naming the key when it points to nothing. */
export function resolveCitation(key: string, articles: readonly Article[], paragraphsBySource: ReadonlyMap<string, ReadonlyMap<string, string>>): ResolvedCitation {
  const { source, anchor } = parseKey(key);
  const article = articles.find((a) => a.data.sources.includes(source));
  if (article) {
    const paragraph = anchor ? paragraphsBySource.get(source)?.get(anchor) : undefined;
    if (anchor && paragraph === undefined) throw new Error(`citation [@${key}] points to no paragraph of ${article.id}`);
    return { key, label: article.data.title, href: `${articleHref(article.id)}${anchor ? `#${anchor}` : ''}`, kind: 'article', ...(paragraph && { opening: opening(paragraph) }) };
  }
  const reference = findReference(source);
  if (reference) return { key, label: reference.title, href: href(`/about/#ref-${reference.id}`), kind: 'reference' };
  throw new Error(`citation [@${key}] points to no article source or reference`);
}

// The first words of a paragraph, cut at a word boundary.
function opening(paragraph: string): string {
  const words = paragraph.split(/\s+/);
  return words.length <= 10 ? paragraph : `${words.slice(0, 10).join(' ')}…`;
}
