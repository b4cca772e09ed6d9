// Benchmark: how fast each Markdown engine Astro offers compiles our articles to MDX modules,
// with our plugins, through the same renderer @astrojs/mdx calls (processor.createMdxRenderer).
// Sätteri (native) vs unified (remark/rehype). Reports CPU ms per article, which a busy machine
// disturbs far less than wall time. `node bench/mdx-engines.ts [articles]` (default 500).
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { satteri } from '@astrojs/markdown-satteri';
import { unified } from '@astrojs/markdown-remark';
import { toString } from 'hast-util-to-string';
import type { Root as HastRoot } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import type { VFile } from 'vfile';
import { splitFrontmatter } from '../src/lib/content/frontmatter.ts';
import { readingMinutes } from '../src/lib/articles/reading-time.ts';
import { ARTICLE_FEATURES } from '../src/lib/markdown/article-features.ts';
import { articleGuard, guardProblems } from '../src/lib/markdown/article-guard.ts';
import { articleHastPlugin } from '../src/lib/markdown/article-hast-plugin.ts';
import { articleTransform } from '../src/lib/markdown/article-transform.ts';
import { readArticleTopics } from '../src/lib/topics/read-topic-files.ts';
import { sentencesOf, syntheticArticles } from './synthetic-corpus.ts';

const root = resolve(import.meta.dirname, '..');
const count = Number(process.argv[2] ?? 500);
const topics = readArticleTopics(join(root, 'content/topics'));
const context = { signIds: new Set(topics.filter((t) => t.kind === 'sign').map((t) => t.id)) };
const articlesDir = join(root, 'content/articles');
const bodies = readdirSync(articlesDir).map((f) => readFileSync(join(articlesDir, f), 'utf8'));
const corpus = syntheticArticles(count, sentencesOf(bodies), 'signs-to-look-for').map((a) => splitFrontmatter(a.mdx, a.slug));

// The unified equivalents of our two Sätteri plugins (the same guard and transform inside).
const remarkGuard = () => (tree: MdastRoot, file: VFile) => {
  const problems = guardProblems(tree as never, context);
  if (problems.length > 0) throw new Error(`${file.path}: ${problems[0]!.message}`);
};
const rehypeArticle = () => {
  const transform = articleTransform({ topics, base: '/' });
  return (tree: HastRoot, file: VFile) => {
    (file.data as { astro: { frontmatter: Record<string, unknown> } }).astro.frontmatter.readingMinutes = readingMinutes(toString(tree));
    transform(tree);
  };
};

const engines = {
  satteri: satteri({ features: ARTICLE_FEATURES, mdastPlugins: [articleGuard(context)], hastPlugins: [articleHastPlugin({ topics, base: '/' })] }),
  unified: unified({ gfm: true, smartypants: false, remarkPlugins: [remarkGuard], rehypePlugins: [rehypeArticle] }),
};

for (const [name, processor] of Object.entries(engines)) {
  const renderer = await processor.createMdxRenderer!(
    { syntaxHighlight: false, shikiConfig: {}, gfm: true, smartypants: false } as never,
    { optimize: false, srcDir: new URL(`file://${root}/src/`), sourcemap: false } as never,
  );
  const compile = (i: number) => renderer.process(corpus[i]!.body, join(articlesDir, `synthetic-${i}.mdx`), { ...corpus[i]!.data });
  for (let i = 0; i < 20; i++) await compile(i); // warm up
  const cpu = process.cpuUsage();
  const wall = performance.now();
  for (let i = 0; i < corpus.length; i++) await compile(i);
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000;
  console.log(`${name}: ${(cpuMs / corpus.length).toFixed(2)} ms CPU per article, ${((performance.now() - wall) / corpus.length).toFixed(2)} ms wall (${corpus.length} articles)`);
}
