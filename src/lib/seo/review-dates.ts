// Review dates by page, read from the content files for the sitemap (configured before the
// content collections exist). Sitemaps use lastmod only when it is accurate, so it comes from
// our review dates, never from the build time.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../content/frontmatter.ts';
import { KIND_PATH, type TopicKind } from '../topics/topic-kinds.ts';

/** Review dates by site path, the latest of them, and the redirect paths of merged copies. */
export interface ReviewDates {
  byPath: Map<string, string>;
  latest: string;
  redirects: Set<string>;
}

const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));

/** Reads every article's and topic's review date (paths without the base path). */
export function readReviewDates(contentDir: string): ReviewDates {
  const byPath = new Map<string, string>();
  const redirects = new Set<string>();
  for (const file of readdirSync(join(contentDir, 'articles')).filter((f) => f.endsWith('.mdx'))) {
    const data = readFrontmatter(join(contentDir, 'articles', file));
    byPath.set(`/articles/${file.replace(/\.mdx$/, '')}/`, day(data.reviewed));
    for (const slug of (data.redirectFrom as string[] | undefined) ?? []) redirects.add(`/articles/${slug}/`);
  }
  for (const file of readdirSync(join(contentDir, 'topics')).filter((f) => f.endsWith('.md'))) {
    const data = readFrontmatter(join(contentDir, 'topics', file));
    byPath.set(`/${KIND_PATH[data.kind as TopicKind]}/${file.replace(/\.md$/, '')}/`, day(data.reviewed));
  }
  const latest = [...byPath.values()].sort().at(-1)!;
  return { byPath, latest, redirects };
}
