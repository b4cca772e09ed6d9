// A throwaway project folder for tests that run the import command on a copy of the real
// sources (and, when asked, the topics); removed when the test that made it finishes.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { onTestFinished } from 'vitest';
import { SOURCES_DIR } from './real-sources.ts';

const TOPICS_DIR = resolve(import.meta.dirname, '../../../content/topics');
const CLI = resolve(import.meta.dirname, '../../../src/pipeline/cli.ts');

/** A temp project with content/sources (and content/topics if `topics`); call inside a test. */
export function importProject({ topics = false } = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'btk-import-'));
  onTestFinished(() => rmSync(root, { recursive: true, force: true }));
  cpSync(SOURCES_DIR, join(root, 'content/sources'), { recursive: true });
  if (topics) cpSync(TOPICS_DIR, join(root, 'content/topics'), { recursive: true });
  return root;
}

/** Runs `npm run import` (the CLI) on a project folder with extra arguments. */
export const runImportCli = (root: string, ...args: string[]) => spawnSync(process.execPath, [CLI, '--root', root, ...args], { encoding: 'utf8' });
