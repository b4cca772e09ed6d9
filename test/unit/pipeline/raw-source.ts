// Builds raw sources in memory, as an editor would add them, and reads back what the import
// published, for tests that drive the whole pipeline.
import { createHash } from 'node:crypto';
import { parse as parseYaml } from 'yaml';
import { parseArticle } from '../../../src/lib/mentions/parse-article.ts';
import type { ImportResult, RawSource } from '../../../src/pipeline/run-import.ts';
import { words } from '../../../src/pipeline/tokenize.ts';
import { mdxSourceText } from '../../support/mdx-source-text.ts';

/**
 * A raw source with a manifest entry whose sha256 matches its bytes. Its manifest title is
 * the page's title (its frontmatter title, or a plain text's first line), as an editor copies it.
 */
export function rawSource(id: string, text: string | Uint8Array, file = `${id}.txt`, title?: string, textChecked?: string): RawSource {
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  const decoded = new TextDecoder().decode(bytes);
  const frontmatter = /^---\n([\s\S]*?)\n---\n/.exec(decoded);
  const pageTitle = frontmatter ? (parseYaml(frontmatter[1]!) as { title?: unknown } | null)?.title : decoded.split('\n').map((l) => l.trim()).find(Boolean);
  return { entry: { id, file, seed: file, sha256, publisher: null, title: title ?? (typeof pageTitle === 'string' ? pageTitle : id), author: null, editor: null, date: null, url: null, reviewed: '2026-01-01', notes: '', readerNote: 'A source made up for a test.', ...(textChecked && { textChecked }) }, bytes };
}

/**
 * A clean source made by the article generator. Its random words and sentences are not
 * English, so it is marked as read by an editor (`textChecked`), as a real page that the
 * language check doubted would be once an editor confirmed it.
 */
export function generatedSource(id: string, text: string, file?: string): RawSource {
  return rawSource(id, text, file, undefined, '2026-01-01');
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

/**
 * The input's words with each reported removal taken out where it occurs (removals of markup
 * only, such as a link target or an empty element, have no words of the text to take out).
 */
export function expectedWords(input: readonly string[], result: ImportResult): string[] {
  const out = [...input];
  for (const removal of result.report.removals) {
    const removed = words(removal.text);
    const at = out.findIndex((_, i) => removed.length > 0 && removed.every((w, k) => out[i + k] === w));
    if (at >= 0) out.splice(at, removed.length);
  }
  return out;
}
