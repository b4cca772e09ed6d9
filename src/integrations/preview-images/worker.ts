// Worker thread: draws every preview card into a folder while the main thread builds pages.
// Reports how many it drew; any error (naming the card) ends the worker and fails the build.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { previewCards, type PreviewCard } from '../../lib/seo/preview-cards.ts';
import { previewImage } from '../../lib/seo/preview-image.ts';

/** What the integration sends: where the content is and where to write the PNGs. */
export interface PreviewWorkerInput {
  contentDir: string;
  outDir: string;
}

// Two cards in flight, so the next title is laid out while libvips encodes the last. No more:
// libvips works on libuv's shared thread pool (4 threads), which the main thread also needs
// for writing pages; with every pool thread drawing, page writes queued behind the cards.
const IN_FLIGHT = 2;

const { contentDir, outDir } = workerData as PreviewWorkerInput;
const cards = previewCards(contentDir);
let next = 0;

async function drawNext(): Promise<void> {
  while (next < cards.length) {
    const card: PreviewCard = cards[next++]!;
    const file = join(outDir, `${card.path}.png`);
    try {
      const png = await previewImage(card.kind, card.title);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, png);
    } catch (error) {
      throw new Error(`preview image for "${card.path}" (${card.title}): ${(error as Error).message}`);
    }
  }
}

await Promise.all(Array.from({ length: IN_FLIGHT }, drawNext));
parentPort!.postMessage({ count: cards.length });
