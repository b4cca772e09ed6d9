// Child process of the build: draws every preview card into a folder while the build renders
// pages. Reports how many it drew; any error (naming the card) is reported and fails the build.
// A card drawn by an earlier build from the same title, kind and code is copied from the cache
// instead (drawing is most of the cost of a rebuild after an edit: 17 s of CPU at 1,000
// articles); the cache keeps only the cards of the latest build.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { previewCards, type PreviewCard } from '../../lib/seo/preview-cards.ts';

/** What the integration sends: where the content is, where to write the PNGs, the cache. */
export interface PreviewDrawInput {
  contentDir: string;
  outDir: string;
  cacheDir: string;
  /** The digest of the build's code and settings (build-inputs.ts): a card drawn under another is drawn again. */
  inputs: string;
}

// Two cards in flight, so the next title is laid out while libvips encodes the last. No more:
// the build itself needs the other core for rendering and writing pages.
const IN_FLIGHT = 2;

/** What the process sends back: the cards written and how many were drawn, or why it failed. */
export type PreviewDrawResult = { count: number; drawn: number } | { error: string };

const { contentDir, outDir, cacheDir, inputs } = JSON.parse(process.argv[2]!) as PreviewDrawInput;
const cards = previewCards(contentDir);
let next = 0;
let drawn = 0;
// The drawing code (and its native libraries) is loaded on the first card not in the cache: a
// rebuild with every card cached never loads them.
let draw: Promise<typeof import('../../lib/seo/preview-image.ts')> | undefined;
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
      draw ??= import('../../lib/seo/preview-image.ts');
      const png = await (await draw).previewImage(card.kind, card.title);
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

// The result is sent before exiting; `process.send` queues it, and the channel is closed once
// it is written, so the process can end. A build that has already stopped is not told.
function report(result: PreviewDrawResult): void {
  if (process.connected) process.send!(result, () => process.connected && process.disconnect!());
}

try {
  await Promise.all(Array.from({ length: IN_FLIGHT }, drawNext));
  for (const file of readdirSync(cacheDir)) if (!used.has(file)) rmSync(join(cacheDir, file), { force: true });
  report({ count: cards.length, drawn });
} catch (error) {
  process.exitCode = 1;
  report({ error: (error as Error).message });
}
