// `npm start`: builds the site, then serves it, as one process tree that stops as a whole.
// `npm run build && npm run preview` ran the server under a shell that npm's stop signal ended,
// leaving the server alive on its port. npm runs this with `exec` (package.json), so its stop
// signal (Ctrl+C, or `kill` of npm's process id) reaches this process, not a shell; each step
// runs in its own process group, and the signal goes on to the whole group: npm, its shell and
// Astro. Arguments go to the server: `npm start -- --port 4400`.
import { spawn, type ChildProcess } from 'node:child_process';

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let child: ChildProcess | undefined;
let stopping: NodeJS.Signals | undefined;

for (const signal of SIGNALS) {
  process.on(signal, () => {
    stopping = signal;
    if (child?.pid && child.exitCode === null) process.kill(-child.pid, signal);
    else process.exit(0);
  });
}

/** Runs an npm script with the terminal attached; resolves with its exit code. */
function run(script: string, args: string[] = []): Promise<number> {
  return new Promise((resolve, reject) => {
    child = spawn('npm', ['run', '--silent', script, '--', ...args], { stdio: 'inherit', detached: true });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 128 : 1)));
  });
}

const built = await run('build');
if (stopping || built !== 0) process.exit(stopping ? 0 : built);
const served = await run('preview', process.argv.slice(2));
process.exit(stopping ? 0 : served);
