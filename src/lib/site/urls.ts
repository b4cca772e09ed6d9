// Internal links that respect the configured base path (the site may live in a sub-folder).
import { topicPath, type TopicKind } from '../topics/topic-kinds.ts';

/** Prefixes a site path ("/articles/") with the base path. */
export function href(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The page address of an article. */
export function articleHref(slug: string): string {
  return href(`/articles/${slug}/`);
}

/** The page address of a topic. */
export function topicHref(topic: { id: string; data: { kind: TopicKind } }): string {
  return href(topicPath(topic.data.kind, topic.id));
}

/** A page address without the base path ("/back-to-knee/about/" → "/about/"): the inverse of `href`. */
export function sitePath(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return base && pathname.startsWith(base) ? pathname.slice(base.length) || '/' : pathname;
}
