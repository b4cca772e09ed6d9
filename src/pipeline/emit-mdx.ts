// Step 7b: prints an article as MDX: YAML frontmatter, then the body with anything MDX would
// read as JSX or an expression ({ } < >) escaped by the MDX serializer itself.
import { compile } from '@mdx-js/mdx';
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkStringify from 'remark-stringify';
import { unified } from 'unified';
import { stringify as stringifyYaml } from 'yaml';
import { mdxToHast } from 'satteri';
import { ARTICLE_FEATURES } from '../lib/markdown/article-features.ts';
import { MDX_CODE } from '../lib/markdown/article-guard.ts';
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
  const markdown = escapeEsm(String(printer.stringify(body)).trimEnd());
  return `---\n${yaml}\n---\n\n${markdown}\n`;
}

// MDX reads a line starting with `import` or `export` as JavaScript; the serializer does not
// escape it, so the first letter becomes a character reference, which MDX reads as text.
function escapeEsm(markdown: string): string {
  return markdown.replace(/^(?:import|export)\b/gm, (word) => `&#x${word.charCodeAt(0).toString(16)};${word.slice(1)}`);
}

/** Throws, naming the source file, unless the MDX compiles and the site would read it all as text. */
export async function assertCompiles(file: string, mdx: string): Promise<void> {
  const body = mdx.replace(/^---\n[\s\S]*?\n---\n/, '');
  const fix = 'this is a bug in the importer: report it with the source file';
  try {
    await compile(body, { remarkPlugins: [remarkGfm] });
  } catch (error) {
    throw new ImportError(file, `the emitted MDX does not compile (${(error as Error).message})`, fix);
  }
  const code = mdxCode(body);
  if (code) throw new ImportError(file, `the emitted MDX holds code the site would refuse (${code})`, fix);
}

// The first piece of MDX code (import/export, expression) in the body, as the site parses it.
// (JSX is the import's own components, which the build's guard checks.)
function mdxCode(body: string): string | undefined {
  let found: string | undefined;
  const walk = (node: { type: string; children?: unknown[] }): void => {
    if (MDX_CODE.has(node.type)) found ??= node.type;
    for (const child of node.children ?? []) walk(child as typeof node);
  };
  walk(mdxToHast(body, { features: ARTICLE_FEATURES, position: false }) as never);
  return found;
}
