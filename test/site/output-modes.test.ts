// The built folder can be copied to any static host: a web server usually runs as another user
// than the build, so every file must be readable by others and every folder enterable.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from './built-site.ts';

function unreadable(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    const mode = statSync(path).mode;
    if (entry.isDirectory()) return [...((mode & 0o005) === 0o005 ? [] : [`${path} (folder ${(mode & 0o777).toString(8)})`]), ...unreadable(path)];
    return (mode & 0o004) === 0o004 ? [] : [`${path} (file ${(mode & 0o777).toString(8)})`];
  });
}

describe('the build output', () => {
  it('is readable by others: files 0644 or more, folders 0755 or more', () => {
    expect((statSync(DIST).mode & 0o005)).toBe(0o005);
    expect(unreadable(DIST)).toEqual([]);
  });
});
