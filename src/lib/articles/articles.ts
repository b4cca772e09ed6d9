// The published articles, in the order readers see them listed.
import { getCollection, type CollectionEntry } from 'astro:content';

/** One article entry of the content collection. */
export type Article = CollectionEntry<'articles'>;

/** Every article, sorted by title. */
export async function getArticles(): Promise<Article[]> {
  const all = await getCollection('articles');
  return all.sort((a, b) => a.data.title.localeCompare(b.data.title));
}
