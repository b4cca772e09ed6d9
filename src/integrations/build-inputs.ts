// What a build's output depends on besides the content files Astro itself tracks: our code,
// the packages, the configuration and the settings read from the environment. A change to any
// of them voids Astro's cache (scripts/build.ts) and the preview images drawn before.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Files and folders whose contents the output depends on (content/ is Astro's to track). */
const INPUTS = ['src', 'astro.config.mjs', 'package-lock.json', 'tsconfig.json'];
/** Settings the configuration or the pages read from the environment. */
const SETTINGS = ['SITE_URL', 'BASE_PATH', 'PRODUCTION_BUILD', 'REQUIRE_CLINICAL_REVIEW', 'NODE_ENV'];

/** Every file under `path` (or `path` itself), sorted. */
function filesOf(path: string): string[] {
  if (!existsSync(path)) return [];
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((f) => join(path, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

/** A digest of the build's inputs outside content/: file names and contents, and the settings. */
export function buildInputsDigest(root: string, env: NodeJS.ProcessEnv): string {
  const hash = createHash('sha256');
  for (const file of INPUTS.flatMap((p) => filesOf(join(root, p)))) hash.update(`${relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  for (const name of SETTINGS) hash.update(`${name}=${env[name] ?? ''}\0`);
  return hash.digest('hex');
}
