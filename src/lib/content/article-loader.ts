// Content loader for the articles (content/articles/*.mdx): validates each file's frontmatter
// against the collection schema and renders its body to HTML once, while content syncs.
//
// Why not the glob loader with @astrojs/mdx: that compiles every article into a JavaScript
// module which the bundler then processes; at 10,000 articles that step alone took 100 s of
// a 5-minute budget. Rendered HTML stored with the entry skips it, and `render(entry)` still
// gives the page its Content and headings.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { parse as parseYaml } from 'yaml';
import { articleRenderer } from '../markdown/render-article.ts';
import { readTopicFiles } from '../topics/read-topic-files.ts';

/** Where the articles and topics live, relative to the project root. */
export interface ArticleLoaderOptions {
  articles: string;
  topics: string;
}

/** The loader. */
export function articleLoader({ articles, topics }: ArticleLoaderOptions): Loader {
  return {
    name: 'back-to-knee:articles',
    load: async ({ config, store, parseData, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const dir = join(root, articles);
      const topicDir = join(root, topics);
      const loadAll = async () => {
        const topicList = readTopicFiles(topicDir);
        const render = articleRenderer({ topics: topicList, base: config.base });
        // Topic names shape the links in every article, so they are part of each digest.
        const topicSignature = JSON.stringify([config.base, topicList]);
        const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).sort();
        const seen = new Set<string>();
        for (const file of files) {
          const filePath = relative(root, join(dir, file));
          const text = readFileSync(join(dir, file), 'utf8');
          const id = file.replace(/\.mdx$/, '');
          seen.add(id);
          const digest = generateDigest(text + topicSignature);
          if (store.get(id)?.digest === digest) continue;
          const { data, body } = splitFrontmatter(text, filePath);
          const parsed = await parseData({ id, data, filePath });
          let rendered;
          try {
            rendered = render(body);
          } catch (error) {
            throw new Error(`${filePath}: ${(error as Error).message}`);
          }
          store.set({ id, data: parsed, body, filePath, digest, rendered: { html: rendered.html, metadata: { headings: rendered.headings } } });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      await loadAll();
      // In `astro dev`, an edited article or topic is picked up without a restart.
      watcher?.add([dir, topicDir]);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(dir) || path.startsWith(topicDir)) loadAll().catch((error) => logger.error((error as Error).message));
      });
    },
  };
}

// Frontmatter (YAML between --- lines) and the Markdown body after it.
function splitFrontmatter(text: string, filePath: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) throw new Error(`${filePath}: no frontmatter (the file must start with a --- block)`);
  const data = parseYaml(match[1]!) as unknown;
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new Error(`${filePath}: the frontmatter is not a set of fields`);
  return { data: data as Record<string, unknown>, body: text.slice(match[0].length) };
}
