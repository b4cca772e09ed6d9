// Worker thread: draws every preview card into a folder while the main thread builds pages.
// Reports how many it drew; any error (naming the card) ends the worker and fails the build.
// A card drawn by an earlier build from the same title, kind and code is copied from the cache
// instead (drawing is most of the cost of a rebuild after an edit: 17 s of CPU at 1,000
// articles); the cache keeps only the cards of the latest build.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { previewCards, type PreviewCard } from '../../lib/seo/preview-cards.ts';
import { previewImage } from '../../lib/seo/preview-image.ts';

/** What the integration sends: where the content is, where to write the PNGs, the cache. */
export interface PreviewWorkerInput {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  /** The digest of the build's code and settings (build-inputs.ts): a card drawn under another is drawn again. */
  inputs: string;
}

// Two cards in flight, so the next title is laid out while libvips encodes the last. No more:
// libvips works on libuv's shared thread pool (4 threads), which the main thread also needs
// for writing pages; with every pool thread drawing, page writes queued behind the cards.
const IN_FLIGHT = 2;

const { contentDir, outDir, cacheDir, inputs } = workerData as PreviewWorkerInput;
const cards = previewCards(contentDir);
let next = 0;
let drawn = 0;
const used = new Set<string>();
mkdirSync(cacheDir, { recursive: true });

async function drawNext(): Promise<void> {
  while (next < cards.length) {
    const card: PreviewCard = cards[next++]!;
    const file = join(outDir, `${card.path}.png`);
    const cached = `${createHash('sha256').update(`${inputs}\0${card.kind}\0${card.title}`).digest('hex')}.png`;
    used.add(cached);
    try {
      mkdirSync(dirname(file), { recursive: true });
      if (existsSync(join(cacheDir, cached))) {
        copyFileSync(join(cacheDir, cached), file);
        continue;
      }
      const png = await previewImage(card.kind, card.title);
      writeFileSync(file, png);
      // Written under another name, then renamed: a build stopped mid-write leaves no half card.
      writeFileSync(join(cacheDir, `${cached}.part`), png);
      renameSync(join(cacheDir, `${cached}.part`), join(cacheDir, cached));
      drawn++;
    } catch (error) {
      throw new Error(`preview image for "${card.path}" (${card.title}): ${(error as Error).message}`);
    }
  }
}

await Promise.all(Array.from({ length: IN_FLIGHT }, drawNext));
for (const file of readdirSync(cacheDir)) if (!used.has(file)) rmSync(join(cacheDir, file), { force: true });
parentPort!.postMessage({ count: cards.length, drawn });
