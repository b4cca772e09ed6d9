// Astro integration: builds the Pagefind search index from the generated pages.
//
// Why not the `pagefind` command after `astro build`: indexing starts as soon as the pages are
// written and runs in Pagefind's own process, on the other core, while the build finishes
// its remaining work (preview images, sitemap) instead of after all of it.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

/** The integration. */
export default function searchIndex(): AstroIntegration {
  let indexing: Promise<number> | undefined;
  return {
    name: 'back-to-knee:search-index',
    hooks: {
      'astro:build:generated': ({ dir }) => {
        indexing = indexSite(fileURLToPath(dir));
        // Kept from crashing the process if the build fails first; awaited in build:done.
        indexing.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        const pages = await indexing!;
        logger.info(`search index: ${pages} pages indexed`);
        await pagefind.close();
      },
    },
  };
}

async function indexSite(dir: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: dir });
  if (added.errors.length > 0) throw new Error(`Pagefind could not index ${dir}: ${added.errors.join('; ')}`);
  if (added.page_count === 0) throw new Error(`Pagefind found no pages to index in ${dir}`);
  const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
  return added.page_count;
}
