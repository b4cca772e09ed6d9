// Slows a whole browser, every process and thread of it (the page, its workers, the GPU and
// network processes), by letting it run only one slice in `factor`: SIGCONT, then SIGSTOP for
// the rest of each 20 ms period. Why: Chromium's own CPU throttling slows only the page's main
// thread, and our search runs in a worker, so a throttled page measured a phone too fast.
// Linux only (it reads /proc for the browser's processes).
import { readdirSync, readFileSync } from 'node:fs';

const PERIOD_MS = 20;

/** The process `pid` and every process descended from it. */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The command name (field 2) is in parentheses and may hold spaces; the parent follows it.
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree = [pid];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]!) ?? []));
  return tree;
}

function signal(pids: readonly number[], name: 'SIGSTOP' | 'SIGCONT'): void {
  for (const pid of pids) {
    try {
      process.kill(pid, name);
    } catch {
      // Ended meanwhile.
    }
  }
}

/** The processes this one has started so far (the benchmark's servers): they are never slowed. */
export function ownProcesses(): ReadonlySet<number> {
  return new Set(processTree(process.pid));
}

/** Starts slowing every process this one started after `before` was taken (the browser just
 * launched, and the processes it makes) by `factor`; returns the function that stops it. */
export function slowBrowser(before: ReadonlySet<number>, factor: number): () => void {
  let stopped = false;
  const browser = () => processTree(process.pid).filter((pid) => !before.has(pid));
  let pids = browser();
  if (pids.length === 0) throw new Error('slowBrowser: no browser process found (launch it after ownProcesses())');
  let cycles = 0;
  const run = PERIOD_MS / factor;
  const cycle = () => {
    if (stopped) return;
    // New processes (a worker's, a new page's) join as the browser makes them.
    if (cycles++ % 10 === 0) pids = browser();
    signal(pids, 'SIGCONT');
    setTimeout(() => {
      if (stopped) return;
      signal(pids, 'SIGSTOP');
      setTimeout(cycle, PERIOD_MS - run);
    }, run);
  };
  cycle();
  return () => {
    stopped = true;
    signal(browser(), 'SIGCONT');
  };
}
