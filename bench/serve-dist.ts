// Serves the built site with `astro preview` for a benchmark, and stops it afterwards.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');

/** Starts the preview server for a project (this one by default) on `port`; resolves when it answers. */
export async function serveDist(port: number, project = root): Promise<{ url: string; stop: () => void }> {
  if (!existsSync(resolve(project, 'dist/index.html'))) throw new Error(`${project}/dist is missing: run \`npm run build\` first`);
  const server: ChildProcess = spawn('npx', ['astro', 'preview', '--port', String(port), '--force'], {
    cwd: project,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
    detached: true,
  });
  const url = `http://127.0.0.1:${port}`;
  // Up to a minute: on a busy machine the preview server is slow to start.
  for (let tries = 0; tries < 300; tries++) {
    try {
      if ((await fetch(`${url}/`)).ok) return { url, stop: () => stopGroup(server) };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  stopGroup(server);
  throw new Error(`astro preview did not answer on ${url}`);
}

// The server's process group may have gone already (astro preview exits with its parent's
// signal on some shells): a group that is gone is stopped, not an error.
function stopGroup(server: ChildProcess): void {
  try {
    process.kill(-server.pid!, 'SIGTERM');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}
