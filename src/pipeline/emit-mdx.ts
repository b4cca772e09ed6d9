// Step 7b: prints an article as MDX: YAML frontmatter, then the body with anything MDX would
// read as JSX or an expression ({ } < >) escaped by the MDX serializer itself.
import { compile } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';
import { ImportError } from './import-error.ts';

const printer = unified().use(remarkMdx).use(remarkGfm).use(remarkStringify, {
  bullet: '-',
  emphasis: '_',
  strong: '*',
  listItemIndent: 'one',
});

/** The frontmatter every emitted article carries (see src/content.config.ts for meanings). */
export type ArticleFrontmatter = {
  title: string;
  description: string;
  sources: string[];
  publisher: string | null;
  author: string | null;
  editor: string | null;
  published: string | null;
  reviewed: string;
  redirectFrom: string[];
};

/** Prints frontmatter and body as one MDX document. */
export function printMdx(frontmatter: ArticleFrontmatter, body: Root): string {
  const yaml = stringifyYaml(frontmatter, { lineWidth: 0 }).trimEnd();
  const markdown = String(printer.stringify(body)).trimEnd();
  return `---\n${yaml}\n---\n\n${markdown}\n`;
}

/** Throws, naming the file, unless the MDX compiles. */
export async function assertCompiles(file: string, mdx: string): Promise<void> {
  try {
    await compile(mdx.replace(/^---\n[\s\S]*?\n---\n/, ''), { remarkPlugins: [remarkGfm] });
  } catch (error) {
    throw new ImportError(file, `the emitted MDX does not compile (${(error as Error).message})`);
  }
}
