import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SOURCES_DIR } from './real-sources.ts';

const TOPICS_DIR = resolve(import.meta.dirname, '../../../content/topics');
const cli = resolve(import.meta.dirname, '../../../src/pipeline/cli.ts');
const run = (root: string, ...args: string[]) => spawnSync(process.execPath, [cli, '--root', root, ...args], { encoding: 'utf8' });

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'btk-import-'));
  cpSync(SOURCES_DIR, join(root, 'content/sources'), { recursive: true });
  cpSync(TOPICS_DIR, join(root, 'content/topics'), { recursive: true });
  return root;
}

// Each test runs the whole import in a child process (a few seconds each on a busy machine).
describe('npm run import', { timeout: 60_000 }, () => {
  it('writes the articles and report, then --check passes; a hand change makes --check fail', () => {
    const root = project();
    expect(run(root).status).toBe(0);
    expect(readdirSync(join(root, 'content/articles'))).toHaveLength(4);
    expect(run(root, '--check').status).toBe(0);
    const file = join(root, 'content/articles', readdirSync(join(root, 'content/articles'))[0]!);
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nAn extra line.\n`);
    const check = run(root, '--check');
    expect(check.status).toBe(1);
    expect(check.stderr).toContain('differs from the import');
  });

  it('writes nothing at all when one source is bad, and names it', () => {
    const root = project();
    const manifest = join(root, 'content/sources/sources.yaml');
    writeFileSync(join(root, 'content/sources/empty.txt'), '');
    writeFileSync(manifest, `${readFileSync(manifest, 'utf8')}- id: empty\n  file: empty.txt\n  seed: none\n  sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n  publisher: null\n  title: Empty\n  author: null\n  editor: null\n  date: null\n  url: null\n  reviewed: 2026-11-22\n  notes: test\n`);
    const result = run(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('import failed: empty.txt: the file is empty');
    expect(() => readdirSync(join(root, 'content/articles'))).toThrow();
  });

  it('names the manifest entry and field when the manifest is wrong', () => {
    const root = project();
    const manifest = join(root, 'content/sources/sources.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('reviewed: 2026-11-22', 'reviewed: last week'));
    const result = run(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/content\/sources\/sources\.yaml: entry 0\.reviewed: /);
  });
});
