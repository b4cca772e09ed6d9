// Builds raw sources in memory, as an editor would add them, and reads back what the import
// published, for tests that drive the whole pipeline.
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { parseArticle } from '../../../src/lib/mentions/parse-article.ts';
import type { RawSource } from '../../../src/pipeline/run-import.ts';
import { words } from '../../../src/pipeline/tokenize.ts';
import { mdxSourceText } from '../../support/mdx-source-text.ts';

/** A raw source with a manifest entry whose sha256 matches its bytes. */
export function rawSource(id: string, text: string | Uint8Array, file = `${id}.txt`): RawSource {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { entry: { id, file, seed: file, sha256, publisher: null, title: id, author: null, editor: null, date: null, url: null, reviewed: '2026-01-01', notes: '' }, bytes };
}

/** An emitted article: its frontmatter, its body, the body's tree (as JSON) and its text as the site parses it. */
export function published(mdx: string): { frontmatter: Record<string, unknown>; body: string; tree: string; text: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(mdx)!;
  const body = mdx.slice(match[0].length);
  return { frontmatter: parseYaml(match[1]!) as Record<string, unknown>, body, tree: JSON.stringify(parseArticle(body)), text: mdxSourceText(body) };
}

/** The words a reader sees on the article's page: its title, then its body (folded). */
export function publishedWords(mdx: string): string[] {
  const { frontmatter, text } = published(mdx);
  return [...words(String(frontmatter.title)), ...words(text)];
}
