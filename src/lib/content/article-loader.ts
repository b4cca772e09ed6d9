// Content loader for the articles (content/articles/*.mdx): validates each file's frontmatter
// against the collection schema and records where the file is. Bodies are read and rendered
// by the pages that show them (src/lib/articles/article-body.ts).
//
// Why not the glob loader: with @astrojs/mdx every article became a JavaScript module for
// the bundler (100 s of a 10,000-article build), and keeping bodies or rendered HTML in the
// content store makes Astro load one giant string literal, which V8 parses in time that
// grows with the square of its size (114 s at 10,000 articles). Metadata alone stays small.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Loader } from 'astro/loaders';
import { splitFrontmatter } from './frontmatter.ts';

/** The loader for the `.mdx` files of `dir` (relative to the project root). */
export function articleLoader(dir: string): Loader {
  return {
    name: 'back-to-knee:articles',
    load: async ({ config, store, parseData, generateDigest, watcher, logger }) => {
      const root = fileURLToPath(config.root);
      const folder = join(root, dir);
      const loadAll = async () => {
        const seen = new Set<string>();
        for (const file of readdirSync(folder).filter((f) => f.endsWith('.mdx')).sort()) {
          const filePath = relative(root, join(folder, file));
          const text = readFileSync(join(folder, file), 'utf8');
          const id = file.replace(/\.mdx$/, '');
          seen.add(id);
          const digest = generateDigest(text);
          if (store.get(id)?.digest === digest) continue;
          const data = await parseData({ id, data: splitFrontmatter(text, filePath).data, filePath });
          store.set({ id, data, filePath, digest });
        }
        for (const id of store.keys()) if (!seen.has(id)) store.delete(id);
      };
      await loadAll();
      // In `astro dev`, an edited article is picked up without a restart.
      watcher?.add(folder);
      watcher?.on('all', (_event, path) => {
        if (path.startsWith(folder)) loadAll().catch((error) => logger.error((error as Error).message));
      });
    },
  };
}
