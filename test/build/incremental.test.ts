// A rebuild that keeps Astro's cache (scripts/build.ts) gives, byte for byte, what a clean build
// of the same files gives: in a copy of the project, a clean build; then one sentence of an
// article, one of a topic and one warning sign's wording change; then a rebuild with the cache,
// and a clean build of the edited files, compared file by file. The edits must show on the
// pages (or the comparison would prove nothing), and a change of code must clear the cache.
import { execFileSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyProject } from '../support/copy-project.ts';

const project = copyProject('btk-incremental');
afterAll(() => rmSync(project, { recursive: true, force: true }));

/** Runs the project's build script in the copy; returns its log. */
function build(...args: string[]): string {
  return execFileSync('node', ['scripts/build.ts', ...args], { cwd: project, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' }, maxBuffer: 1 << 26 });
}

/** Every file of a build output, by path. */
function files(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (const f of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, f);
    if (statSync(path).isFile()) out.set(relative(dir, path), readFileSync(path));
  }
  return out;
}

/** Replaces `from` with `to` once in a project file; fails if `from` is not there. */
function edit([file, from, to]: readonly [string, string, string]): void {
  const path = join(project, file);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(from)) throw new Error(`${file}: "${from}" not found: update the test's edit`);
  writeFileSync(path, text.replace(from, to));
}

const ARTICLE = ['content/articles/back-disorders-and-knee-pain.mdx', 'Most people assume if they have knee pain', 'Most people think that if they have knee pain'] as const;
const TOPIC = ['content/topics/femoral-nerve.md', 'The thigh and the inner calf can also go numb', 'The thigh and the inner calf can also become numb'] as const;
const SIGN = ['content/care/warning-signs.yaml', 'or a weaker flow than usual', 'or a flow weaker than usual'] as const;

describe('a rebuild with the cache', { timeout: 600_000 }, () => {
  it('starts cold, then keeps the cache and matches a clean build of the edited files byte for byte', () => {
    expect(build()).toContain('build: cold');
    const before = files(join(project, 'dist'));
    for (const change of [ARTICLE, TOPIC, SIGN]) edit(change);
    expect(build()).toContain("Astro's cache kept");
    const warm = files(join(project, 'dist'));
    cpSync(join(project, 'dist'), join(project, 'dist-warm'), { recursive: true });
    expect(build('--cold')).toContain('build: cold');
    const clean = files(join(project, 'dist'));

    // Each edit reached its pages.
    const page = (out: Map<string, Buffer>, path: string) => out.get(path)!.toString('utf8');
    expect(page(warm, 'articles/back-disorders-and-knee-pain/index.html')).toContain(ARTICLE[2]);
    expect(page(before, 'articles/back-disorders-and-knee-pain/index.html')).not.toContain(ARTICLE[2]);
    expect(page(warm, 'nerves/femoral-nerve/index.html')).toContain(TOPIC[2]);
    expect(page(warm, 'urgent-help/index.html')).toContain(SIGN[2]);

    expect([...warm.keys()].sort()).toEqual([...clean.keys()].sort());
    const differing = [...clean].filter(([path, bytes]) => !warm.get(path)!.equals(bytes)).map(([path]) => path);
    expect(differing).toEqual([]);
  });

  it('clears the cache when the code changes', () => {
    edit(['src/lib/site/upper-first.ts', '\n', '\n// changed by the incremental build test\n']);
    expect(build()).toContain('build: cold');
  });
});
