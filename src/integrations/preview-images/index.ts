// Astro integration: draws the link-preview cards (/og/*.png) in a worker thread that starts
// with the build and runs beside it, then copies them into the output.
//
// Why not an endpoint: as a prerendered route the cards were drawn one by one on the main
// thread after every page (40% of a 1,000-article build, when a card cost 40 ms). In a
// worker they use the second core while the main thread bundles and renders. In `astro dev`
// the same cards are served by an on-demand route instead.
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration } from 'astro';
import { buildInputsDigest } from '../build-inputs.ts';
import type { PreviewWorkerInput } from './worker.ts';

/** The integration. */
export default function previewImages(): AstroIntegration {
  let root = process.cwd();
  let drawing: Promise<{ count: number; drawn: number; seconds: number }> | undefined;
  let folder = '';
  return {
    name: 'back-to-knee:preview-images',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'dev') injectRoute({ pattern: '/og/[...page].png', entrypoint: './src/integrations/preview-images/dev-route.ts', prerender: true });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
      },
      'astro:build:start': () => {
        folder = mkdtempSync(join(tmpdir(), 'btk-previews-'));
        drawing = drawInWorker(join(root, 'src/integrations/preview-images/worker.ts'), {
          contentDir: join(root, 'content'),
          outDir: folder,
          cacheDir: join(root, 'node_modules/.cache/back-to-knee/previews'),
          inputs: buildInputsDigest(root, process.env),
        });
        // Kept from crashing the process if the build fails first; awaited in build:done.
        drawing.catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        try {
          const { count, drawn, seconds } = await drawing!;
          // mkdtemp makes a folder only its owner can read; the copy keeps that mode, and a web
          // server running as another user would answer 404 for every preview image.
          chmodSync(folder, 0o755);
          cpSync(folder, join(fileURLToPath(dir), 'og'), { recursive: true });
          logger.info(`${count} preview images (${drawn} drawn, ${count - drawn} unchanged since the last build) beside the build (worker finished ${seconds.toFixed(1)} s after it started)`);
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
      },
    },
  };
}

function drawInWorker(script: string, input: PreviewWorkerInput): Promise<{ count: number; drawn: number; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: input });
    worker.once('message', (message: { count: number; drawn: number }) => resolve({ ...message, seconds: (performance.now() - started) / 1000 }));
    worker.once('error', (error: Error) => reject(new Error(`Preview images: ${error.message}`)));
    worker.once('exit', (code) => code !== 0 && reject(new Error(`Preview images: the worker stopped with code ${code}`)));
  });
}
