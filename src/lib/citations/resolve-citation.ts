// What a citation key points to: an article (by one of its source ids) or a reference.
import { findReference } from '../../data/references.ts';
import type { Article } from '../articles/articles.ts';
import { articleHref, href } from '../site/urls.ts';

/** A resolved citation, ready to list under "Sources for this page". */
export interface ResolvedCitation {
  key: string;
  label: string;
  href: string;
  kind: 'article' | 'reference';
}

/** Resolves a key; throws naming the key when it points to nothing. */
export function resolveCitation(key: string, articles: readonly Article[]): ResolvedCitation {
  const article = articles.find((a) => a.data.sources.includes(key));
  if (article) return { key, label: article.data.title, href: articleHref(article.id), kind: 'article' };
  const reference = findReference(key);
  if (reference) return { key, label: reference.title, href: href(`/about/#ref-${reference.id}`), kind: 'reference' };
  throw new Error(`citation [@${key}] points to no article source or reference`);
}
