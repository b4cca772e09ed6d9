// `npm run build` (and its variants): Astro's build, keeping Astro's cache (the content store in
// node_modules/.astro) between builds only while it is safe. Astro refreshes an entry when its
// own file changes, but not when the code that reads or renders it does (a schema, a remark
// plugin, a package): the store would keep the old result. So the cache is kept only while
// every input outside content/ is unchanged (see src/integrations/build-inputs.ts), and cleared otherwise; a
// build that fails leaves no record, so the next one starts clean. Each output folder has its
// own cache, so the site, sub-path and print builds do not clear each other's.
//
// Usage: node scripts/build.ts [--outDir dist-print] [--cold]   (other options go to astro build)
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildInputsDigest } from '../src/integrations/build-inputs.ts';

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2).filter((a) => a !== '--cold');
const at = args.indexOf('--outDir');
const outDir = at >= 0 ? args[at + 1]! : 'dist';
const cacheDir = join('node_modules/.astro', outDir === 'dist' ? 'site' : outDir);
const record = join(root, cacheDir, 'back-to-knee-inputs.txt');

const digest = buildInputsDigest(root, process.env);
const kept = !process.argv.includes('--cold') && existsSync(record) && readFileSync(record, 'utf8') === digest;
if (!kept) rmSync(join(root, cacheDir), { recursive: true, force: true });
rmSync(record, { force: true });
console.log(kept ? `build: Astro's cache kept (${cacheDir}: no code, package or setting changed)` : `build: cold (${cacheDir} cleared)`);
const result = spawnSync('npx', ['astro', 'build', ...args], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ASTRO_CACHE_DIR: cacheDir },
});
if (result.status === 0) {
  mkdirSync(join(root, cacheDir), { recursive: true });
  writeFileSync(record, digest);
}
process.exit(result.status ?? 1);
