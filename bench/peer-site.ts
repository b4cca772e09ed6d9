// The Starlight site of the peer benchmark: the project in bench/peer (its own packages, in its
// own node_modules: Starlight's modules fail to load from a parent folder's), with our content
// written into its src/content/docs as Starlight pages: the committed articles (their
// components left out: Starlight has none of ours), every topic page, and the same synthetic
// articles as our copy. The words on the pages are the same on both sides.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { benchArticles } from './project-copy.ts';

const root = resolve(import.meta.dirname, '..');
const PEER = join(root, 'bench/peer');

/** A Markdown page for Starlight from one of our MDX or Markdown files: title, description, body. */
export function starlightPage(source: string): string {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source);
  if (!match) throw new Error('a content file without frontmatter');
  const field = (name: string) => new RegExp(`^${name}: (.*)$`, 'm').exec(match[1]!)?.[1]?.trim();
  const title = field('title') ?? 'Untitled';
  const description = field('description') ?? field('summary');
  // Imports and our components (lines that are one JSX element) have no Starlight equivalent.
  const body = match[2]!.split('\n').filter((line) => !/^import\s/.test(line) && !/^<[A-Z][\s\S]*\/>\s*$/.test(line)).join('\n');
  return ['---', `title: ${title}`, ...(description ? [`description: ${description}`] : []), '---', body].join('\n');
}

/** Writes the Starlight project's pages with `count` synthetic articles; returns its folder. */
export function peerSite(count: number): string {
  const docs = join(PEER, 'src/content/docs');
  for (const stale of [docs, join(PEER, 'dist'), join(PEER, '.astro'), join(PEER, 'node_modules/.astro')]) rmSync(stale, { recursive: true, force: true });
  for (const kind of ['articles', 'topics']) mkdirSync(join(docs, kind), { recursive: true });
  writeFileSync(join(docs, 'index.md'), '---\ntitle: Back to Knee\ndescription: Can my knee pain come from my back?\n---\nThe same articles and topic pages as Back to Knee, built with Starlight.\n');
  for (const [from, kind] of [['content/articles', 'articles'], ['content/topics', 'topics']] as const) {
    for (const file of readdirSync(join(root, from))) {
      writeFileSync(join(docs, kind, file.replace(/\.mdx?$/, '.md')), starlightPage(readFileSync(join(root, from, file), 'utf8')));
    }
  }
  for (const article of benchArticles(count)) writeFileSync(join(docs, 'articles', `${article.slug}.md`), starlightPage(article.mdx));
  return PEER;
}
