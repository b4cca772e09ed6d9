// Runs a build command and measures it: wall time, CPU (user + system, of the whole process
// tree, through GNU time) and peak resident memory. CPU seconds are the figure to compare on a
// busy machine: wall time there measures the other work too.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** What one run cost. */
export interface RunCost {
  seconds: number;
  /** User + system CPU seconds, or null where GNU time is missing. */
  cpuSeconds: number | null;
  /** Peak resident memory of the largest process, in MB, or null where GNU time is missing. */
  peakMb: number | null;
  stdout: string;
}

const TIME = '/usr/bin/time';

/** Runs `command` in a shell in `cwd`; throws with the end of its error output if it fails. */
export function timedRun(command: string, cwd: string, env: NodeJS.ProcessEnv = {}): RunCost {
  const timed = existsSync(TIME);
  const options = { cwd, encoding: 'utf8' as const, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env }, maxBuffer: 1 << 28 };
  const started = process.hrtime.bigint();
  const result = timed ? spawnSync(TIME, ['-v', 'sh', '-c', command], options) : spawnSync('sh', ['-c', command], options);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (result.status !== 0) throw new Error(`\`${command}\` failed in ${cwd}:\n${(result.stdout + result.stderr).slice(-3000)}`);
  const field = (name: string) => {
    const value = new RegExp(`${name}: ([\\d.]+)`).exec(result.stderr)?.[1];
    return value === undefined ? null : Number(value);
  };
  const user = field('User time \\(seconds\\)');
  const system = field('System time \\(seconds\\)');
  const peak = field('Maximum resident set size \\(kbytes\\)');
  return { seconds, cpuSeconds: user === null || system === null ? null : user + system, peakMb: peak === null ? null : peak / 1024, stdout: result.stdout };
}
