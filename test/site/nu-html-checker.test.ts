// Every built page is valid HTML by the Nu HTML Checker (vnu, the W3C validator's engine): it
// knows where each element may stand (no <style> in <body>, nothing after </html>), which
// html-validate's rules do not. One Java process checks the whole build.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { builtPages, DIST } from './built-site.ts';

const jar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

/** One finding of the checker. */
interface NuMessage {
  type: string;
  subType?: string;
  url: string;
  lastLine?: number;
  message: string;
}

// The checker's CSS validator lags the specs; each message here is about valid CSS it does not
// know yet, with the spec that defines it.
const CHECKER_GAPS = [
  // `paint-order` (CSS Fill and Stroke Module, SVG 2): the outline behind the nerve map's labels.
  /CSS: “paint-order”: Property “paint-order” doesn't exist\./,
];

/** The checker's errors on every HTML file of the build, by file path relative to dist/. */
function nuErrors(): Map<string, string[]> {
  const run = spawnSync('java', ['-jar', jar, '--format', 'json', '--errors-only', '--skip-non-html', DIST], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) throw new Error(`The Nu HTML Checker needs Java (a headless JRE 11 or newer, e.g. \`apt-get install default-jre-headless\`; .ci/run installs it): ${run.error.message}`);
  const { messages } = JSON.parse(run.stderr) as { messages: NuMessage[] };
  const byFile = new Map<string, string[]>();
  for (const m of messages) {
    if (CHECKER_GAPS.some((gap) => gap.test(m.message))) continue;
    // A fatal error has no file only when the checker itself fails; name it on every page.
    const file = m.url ? relative(DIST, fileURLToPath(m.url)) : '*';
    byFile.set(file, [...(byFile.get(file) ?? []), `${m.type}${m.subType ? ` ${m.subType}` : ''} (line ${m.lastLine ?? '?'}): ${m.message}`]);
  }
  return byFile;
}

const pages = builtPages();
const errors = nuErrors();

describe('the Nu HTML Checker', () => {
  it('found every built page', () => {
    expect(pages.length).toBeGreaterThan(10);
    expect([...errors.keys()].filter((file) => file !== '*' && !pages.some((p) => p.file === file))).toEqual([]);
  });

  it.each(pages.map((p) => [p.path, p]))('%s has no errors', (_, page) => {
    expect([...(errors.get(page.file) ?? []), ...(errors.get('*') ?? [])], page.path).toEqual([]);
  });
});
