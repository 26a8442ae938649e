/**
 * Runs the bundled `mlops` CLI (`dist/cli/index.js`) in a child process, as users run it, and
 * returns its wall time and the child's own resource usage (process.resourceUsage() at exit), so
 * the benchmark's process and tsx do not count.
 */
import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const CLI = join(root, 'dist/cli/index.js');
/**
 * The Node that runs the CLI: this one, or MLOPS_BENCH_NODE (e.g. a Node 24 binary, the actions'
 * runtime, where Parquet's ZSTD pages are decoded natively).
 */
export const BENCH_NODE = process.env.MLOPS_BENCH_NODE || process.execPath;

export interface CliChildRun {
  status: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  peakRssMb: number;
  cpuSeconds: number;
}

/**
 * The benchmark's environment without what makes every Node process start slower for reasons of
 * the machine, not of our code: NODE_EXTRA_CA_CERTS (set on our development machines, not on
 * GitHub's runners) parses ~140 certificates at start, ~60 ms measured; NODE_OPTIONS could load
 * anything. The cold-start benchmark (bench/run.ts) runs with a minimal environment for the same reason.
 */
function childEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  return env;
}

export function runCliChild(args: string[]): CliChildRun {
  const probe = [
    `process.on('exit', () => process.stderr.write('\\nRUSAGE ' + JSON.stringify(process.resourceUsage()) + '\\n'));`,
    `process.argv = [process.argv[0], ${JSON.stringify(CLI)}, ...process.argv.slice(1)];`,
    `await import(${JSON.stringify(pathToFileURL(CLI).href)});`,
  ].join('\n');
  const started = process.hrtime.bigint();
  const r = spawnSync(BENCH_NODE, ['--input-type=module', '-e', probe, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, env: childEnv() });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const m = /RUSAGE (\{.*\})/.exec(r.stderr ?? '');
  if (!m) throw new Error(`mlops ${args[0]} died without exiting: ${r.status}\n${r.stdout}\n${r.stderr}`);
  const usage = JSON.parse(m[1]!) as { maxRSS: number; userCPUTime: number; systemCPUTime: number };
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, seconds, peakRssMb: usage.maxRSS / 1024, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6 };
}
