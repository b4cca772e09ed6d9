// An article's body, read from its file, and the body rendered for its page. (The content
// store keeps only metadata; see src/lib/content/article-loader.ts.)
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Article } from './articles.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';
import { articleRenderer, type ArticleHeading } from '../markdown/render-article.ts';
import { readTopicFiles } from '../topics/read-topic-files.ts';
import type { PreparedNote } from './editor-notes.ts';

let render: ReturnType<typeof articleRenderer> | undefined;

/** The MDX body of an article: its file without the frontmatter. */
export function articleBody(article: Article): string {
  const filePath = article.filePath!;
  return splitFrontmatter(readFileSync(resolve(filePath), 'utf8'), filePath).body;
}

/**
 * The article's body, read once, and the body as HTML with its headings and our editors' notes; a body that cannot be
 * rendered stops the build, naming the file.
 */
export function renderedArticle(article: Article, notes: readonly PreparedNote[] = []): { body: string; html: string; headings: ArticleHeading[] } {
  render ??= articleRenderer({ topics: readTopicFiles(resolve('content/topics')), base: import.meta.env.BASE_URL });
  const body = articleBody(article);
  try {
    return { body, ...render(body, notes) };
  } catch (error) {
    throw new Error(`${article.filePath}: ${(error as Error).message}`);
  }
}
