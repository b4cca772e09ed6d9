// The digest that decides whether a build may keep Astro's cache changes with any code,
// package or setting the output depends on, and not with content (which Astro tracks itself).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildInputsDigest } from '../../../src/integrations/build-inputs.ts';

const root = mkdtempSync(join(tmpdir(), 'btk-inputs-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const write = (file: string, text: string) => {
  mkdirSync(join(root, file, '..'), { recursive: true });
  writeFileSync(join(root, file), text);
};
write('src/lib/a.ts', 'export const a = 1;\n');
write('astro.config.mjs', 'export default {};\n');
write('package-lock.json', '{}\n');
write('content/topics/t.md', 'one\n');

describe('buildInputsDigest', () => {
  const first = buildInputsDigest(root, {});

  it('is the same for the same files and settings', () => expect(buildInputsDigest(root, {})).toBe(first));

  it('ignores content and settings it does not read', () => {
    write('content/topics/t.md', 'two\n');
    expect(buildInputsDigest(root, { HOME: '/elsewhere' })).toBe(first);
  });

  it('changes with code, a new file, the configuration, the packages and each setting', () => {
    const changes: (() => string)[] = [
      () => (write('src/lib/a.ts', 'export const a = 2;\n'), buildInputsDigest(root, {})),
      () => (write('src/lib/b.ts', ''), buildInputsDigest(root, {})),
      () => (write('astro.config.mjs', 'export default { base: "/x/" };\n'), buildInputsDigest(root, {})),
      () => (write('package-lock.json', '{ "a": 1 }\n'), buildInputsDigest(root, {})),
      () => buildInputsDigest(root, { BASE_PATH: '/x/' }),
      () => buildInputsDigest(root, { SITE_URL: 'https://example.org' }),
      () => buildInputsDigest(root, { NODE_ENV: 'test' }),
    ];
    const seen = new Set([first]);
    for (const change of changes) {
      const digest = change();
      expect(seen.has(digest)).toBe(false);
      seen.add(digest);
    }
  });
});
