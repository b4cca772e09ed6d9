// Serves the built site with `astro preview` for a benchmark, and stops it afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Starts the preview server for a project (this one by default) on `port`; resolves when it answers. */
export async function serveDist(port: number, project = root): Promise<{ url: string; stop: () => void }> {
  if (!existsSync(resolve(project, 'dist/index.html'))) throw new Error(`${project}/dist is missing: run \`npm run build\` first`);
  const url = `http://127.0.0.1:${port}`;
  // A server already on the port (another bench, or one left running) would be measured in
  // place of this build, and ours would exit at once: refuse instead.
  if (await answers(url)) throw new Error(`something already answers on ${url}: stop it (\`npx astro preview stop\`?) or pass another --port`);
  const server: ChildProcess = spawn('npx', ['astro', 'preview', '--port', String(port), '--force'], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  // Up to a minute: on a busy machine the preview server is slow to start.
  for (let tries = 0; tries < 300; tries++) {
    if (await answers(url)) return { url, stop: () => stopGroup(server) };
    await new Promise((r) => setTimeout(r, 200));
  }
  stopGroup(server);
  throw new Error(`astro preview did not answer on ${url}`);
}

// Whether a server answers on `url`.
async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(`${url}/`)).ok;
  } catch {
    return false;
  }
}

// Stops the server's process group. Once (2026-12-02) the kill found no such group while the
// server went on running: say so, so that a stray server on the port is not a mystery later.
function stopGroup(server: ChildProcess): void {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
    console.warn(`could not stop astro preview (process group ${server.pid} not found): check for a stray \`astro preview\` (\`npx astro preview stop\`)`);
  }
}
