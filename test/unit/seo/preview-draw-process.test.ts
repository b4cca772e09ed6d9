import { fork } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { PreviewDrawInput, PreviewDrawResult } from '../../../src/integrations/preview-images/draw-process.ts';
import { previewCards } from '../../../src/lib/seo/preview-cards.ts';

const script = fileURLToPath(new URL('../../../src/integrations/preview-images/draw-process.ts', import.meta.url));
const contentDir = fileURLToPath(new URL('../../../content', import.meta.url));
const scratch = mkdtempSync(join(tmpdir(), 'btk-draw-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Runs the drawing process as the integration does; resolves with its message and exit code. */
function run(input: PreviewDrawInput): Promise<{ result?: PreviewDrawResult; code: number | null }> {
  return new Promise((resolve) => {
    const child = fork(script, [JSON.stringify(input)], { stdio: ['ignore', 'ignore', 'ignore', 'ipc'] });
    let result: PreviewDrawResult | undefined;
    child.once('message', (message: PreviewDrawResult) => (result = message));
    child.once('exit', (code) => resolve({ result, code }));
  });
}

describe('the preview-card drawing process', () => {
  const cards = previewCards(contentDir);
  const cacheDir = join(scratch, 'cache');

  it('writes one PNG per card, then copies every card from the cache on a second run', { timeout: 60_000 }, async () => {
    const first = await run({ contentDir, outDir: join(scratch, 'one'), cacheDir, inputs: 'test' });
    expect(first).toEqual({ result: { count: cards.length, drawn: cards.length }, code: 0 });
    for (const card of cards) expect(existsSync(join(scratch, 'one', `${card.path}.png`)), card.path).toBe(true);
    const second = await run({ contentDir, outDir: join(scratch, 'two'), cacheDir, inputs: 'test' });
    expect(second).toEqual({ result: { count: cards.length, drawn: 0 }, code: 0 });
    expect(readdirSync(cacheDir)).toHaveLength(cards.length);
  });

  it('reports a card it cannot write by name and exits non-zero', { timeout: 60_000 }, async () => {
    const blocked = join(scratch, 'not-a-folder');
    writeFileSync(blocked, '');
    const { result, code } = await run({ contentDir, outDir: blocked, cacheDir, inputs: 'test' });
    expect(code).toBe(1);
    expect(result && 'error' in result && result.error).toMatch(new RegExp(`^preview image for "${cards[0]!.path}"`));
  });
});
