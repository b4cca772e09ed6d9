// Splits a content file into its YAML frontmatter and its body. The one reader of content
// frontmatter for code that runs outside the content collections (config, loaders, workers).
import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/** The frontmatter fields and the text after the closing ---; errors name the file. */
export function splitFrontmatter(text: string, filePath: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) throw new Error(`${filePath}: no frontmatter (the file must start with a --- block)`);
  const data = parseYaml(match[1]!) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${filePath}: the frontmatter is not a set of fields`);
  return { data: data as Record<string, unknown>, body: text.slice(match[0].length) };
}

/** The frontmatter fields of the content file at `file` (a path the error messages show). */
export function readFrontmatter(file: string): Record<string, unknown> {
  return splitFrontmatter(readFileSync(file, 'utf8'), file).data;
}
