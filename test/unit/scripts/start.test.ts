// `npm start` builds and serves the site as one process tree: stopping npm's process (as a
// terminal, a process manager or `kill PID` does) stops the server and frees its port.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');

/** A port nothing listens on now. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

/** Every process descended from `pid` (Linux /proc). */
function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name (field 2) is in parentheses and may hold spaces; the parent follows it.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended while we looked.
    }
  }
  const found: number[] = [];
  const walk = (parent: number) => {
    for (const [child, of] of parents) if (of === parent) (found.push(child), walk(child));
  };
  walk(pid);
  return found;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const serving = (port: number) => fetch(`http://127.0.0.1:${port}/`).then((r) => r.ok, () => false);
const until = async (condition: () => boolean | Promise<boolean>, what: string, seconds: number) => {
  for (let waited = 0; !(await condition()); waited += 0.25) {
    if (waited > seconds) throw new Error(`gave up waiting: ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
};

// The build inside takes 10 s on an idle machine; the limit only guards against a hang.
describe('npm start', { timeout: 300_000 }, () => {
  it.skipIf(process.platform !== 'linux')('serves the built site, and stopping npm stops every process it started', async () => {
    const port = await freePort();
    const npm = spawn('npm', ['start', '--', '--port', String(port)], { cwd: root, stdio: 'ignore' });
    const exited = new Promise((done) => npm.on('exit', done));
    await until(() => serving(port), `the site on port ${port}`, 240);
    const tree = descendants(npm.pid!);
    expect(tree.length).toBeGreaterThan(1);

    npm.kill('SIGTERM');
    await exited;
    await until(() => tree.every((pid) => !alive(pid)), `processes ${tree.filter(alive).join(', ')} to end`, 15);
    expect(await serving(port)).toBe(false);
  });
});
