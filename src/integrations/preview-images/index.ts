// Astro integration: draws the link-preview cards (/og/*.png) in a child process that starts
// with the build and runs beside it, then copies them into the output.
//
// Why not an endpoint: as a prerendered route the cards were drawn one by one on the main
// thread after every page (40% of a 1,000-article build, when a card cost 40 ms). Beside the
// build they use the second core while the main thread bundles and renders. In `astro dev`
// the same cards are served by an on-demand route instead.
//
// Why a process, not a worker thread: the cards need two native libraries (sharp's libvips,
// @napi-rs/canvas's Skia) with their own threads and allocators. In a worker thread they
// shared the build's process with the bundler's native allocator (rolldown's mimalloc), whose
// known crashes come from threads that start and exit while the process runs (rolldown
// issues #9722, #10860); one CI build died with SIGSEGV just as this worker started. A child
// process keeps them apart: a crash there is an error naming the cards, not a dead build.
import { chmodSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import type { AstroIntegration } from 'astro';
import { buildInputsDigest } from '../build-inputs.ts';
import type { PreviewDrawInput, PreviewDrawResult } from './draw-process.ts';

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
        drawing = drawInProcess(join(root, 'src/integrations/preview-images/draw-process.ts'), {
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
          logger.info(`${count} preview images (${drawn} drawn, ${count - drawn} unchanged since the last build) beside the build (drawing finished ${seconds.toFixed(1)} s after it started)`);
        } finally {
          rmSync(folder, { recursive: true, force: true });
        }
      },
    },
  };
}

// Runs the drawing script with this Node and its flags; it sends one result, then exits 0.
function drawInProcess(script: string, input: PreviewDrawInput): Promise<{ count: number; drawn: number; seconds: number }> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = fork(script, [JSON.stringify(input)], { stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
    let result: PreviewDrawResult | undefined;
    let stderr = '';
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.once('message', (message: PreviewDrawResult) => (result = message));
    child.once('error', (error) => reject(new Error(`Preview images: ${error.message}`)));
    child.once('exit', (code, signal) => {
      if (result && 'error' in result) reject(new Error(`Preview images: ${result.error}`));
      else if (result && code === 0) resolve({ ...result, seconds: (performance.now() - started) / 1000 });
      else reject(new Error(`Preview images: the drawing process stopped (${signal ?? `exit code ${code}`})${stderr ? `:\n${stderr.trim()}` : ''}`));
    });
  });
}
