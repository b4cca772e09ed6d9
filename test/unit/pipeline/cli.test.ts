import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importProject, runImportCli } from './import-project.ts';

const run = runImportCli;
const project = () => importProject({ topics: true });

// Each test runs the whole import in a child process (a few seconds each on a busy machine).
describe('npm run import', { timeout: 60_000 }, () => {
  it('writes the articles and report, then --check passes; a hand change makes --check fail', () => {
    const root = project();
    const first = run(root);
    expect(first.status).toBe(0);
    // The summary names the merge, the restoration, the removals by kind and the new articles.
    expect(first.stdout).toMatch(/merged: verywell-back-disorders \+ verywell-hidden-link → back-disorders-and-knee-pain/);
    expect(first.stdout).toMatch(/restored: verywell-hidden-link from verywell-back-disorders, \d+ words/);
    expect(first.stdout).toMatch(/removed: 1 × site chrome: skip link/);
    expect(first.stdout).toMatch(/new articles: /);
    expect(run(root).stdout).toMatch(/no other article changed/);
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
    writeFileSync(manifest, `${readFileSync(manifest, 'utf8')}- id: empty\n  file: empty.txt\n  seed: none\n  sha256: e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n  publisher: null\n  title: Empty\n  author: null\n  editor: null\n  date: null\n  url: null\n  reviewed: 2026-11-22\n  notes: test\n  readerNote: A source added by a test, to see what the import does.\n`);
    const result = run(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('import failed: empty.txt: the file is empty — ');
    expect(() => readdirSync(join(root, 'content/articles'))).toThrow();
  });

  it('names the manifest entry and field when the manifest is wrong', () => {
    const root = project();
    const manifest = join(root, 'content/sources/sources.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('reviewed: 2026-11-22', 'reviewed: last week'));
    const result = run(root);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/content\/sources\/sources\.yaml:\d+: entry 1 \([^)]+\), field "reviewed": /);
  });
});
