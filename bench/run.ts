/**
 * `npm run bench`: runs the registered benchmarks, prints tables and writes bench/out/bench.json.
 * Timings live here, never in tests.
 *
 *   npm run bench [-- --only NAME[,NAME]] [-- --runs N] [-- --bundles-dir DIR]
 *
 * Cold start: each action bundle run as the runner would, but with no inputs, so it fails fast on
 * the missing required input. That measures loading the bundle plus the action face, nothing else,
 * next to a bare `node -e 0`. Runs are interleaved so machine load drifts affect every row alike.
 * `--bundles-dir DIR` times the bundles of a private build (`node scripts/build.mjs --out-dir DIR`:
 * DIR/actions/<step>/dist/index.js and DIR/dist/cli/index.js) instead of the repository's.
 * MLOPS_BENCH_NODE=/path/to/node runs the CLI and the bundles on that Node (e.g. Node 24, the
 * actions' runtime; .ci/run keeps one in ~/.cache/mlops-ci/node-v24); DuckDB runs on this one.
 *
 * Contract inference (`--only contract-inference`): not a timing but a rate, measured here because it
 * takes 20 splits of three datasets: false alarms and caught defects of inferred contracts.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BENCH_NODE } from './cli-child.js';
import { benchContractInference, formatContractInference, type InferenceMeasurement } from './contract-inference.js';
import { benchDrift } from './drift.js';
import { benchExplain } from './explain.js';
import { benchMetrics } from './evaluate-metrics.js';
import { benchReaders, formatBenchRows } from './readers.js';
import { benchValidateData } from './validate-data.js';
import { benchWideData } from './wide-data.js';
import type { BenchRow } from './types.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Throughput benchmarks (rows/s, MB/s, peak memory). */
const THROUGHPUT: Array<{ name: string; run: () => Promise<BenchRow[]> }> = [
  { name: 'readers', run: benchReaders },
  { name: 'validate-data', run: benchValidateData },
  { name: 'wide-data', run: benchWideData },
  { name: 'metrics', run: benchMetrics },
  { name: 'drift', run: benchDrift },
  { name: 'explain', run: benchExplain },
];

export interface ColdStartRow {
  name: string;
  command: string;
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  /** Median minus the bare `node -e 0` median. */
  overNodeMs: number;
  exitCode: number | null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

export function benchColdStart(runs = 10, bundlesDir = root): ColdStartRow[] {
  const cwd = mkdtempSync(join(tmpdir(), 'mlops-coldstart-'));
  // A runner-like but input-less environment: nothing from this shell leaks in.
  const env = { PATH: process.env.PATH ?? '', HOME: cwd, GITHUB_ACTIONS: 'true', CI: 'true', GITHUB_WORKSPACE: cwd };
  const targets: Array<{ name: string; args: string[] }> = [{ name: 'node -e 0', args: ['-e', '0'] }];
  for (const step of readdirSync(join(root, 'actions')).sort()) {
    const bundle = join(bundlesDir, 'actions', step, 'dist/index.js');
    if (existsSync(bundle)) targets.push({ name: `action ${step}`, args: [bundle] });
  }
  const cli = join(bundlesDir, 'dist/cli/index.js');
  if (existsSync(cli)) targets.push({ name: 'mlops --version', args: [cli, '--version'] });

  const times = targets.map(() => [] as number[]);
  const codes = targets.map(() => null as number | null);
  for (let i = 0; i <= runs; i++) {
    targets.forEach((t, j) => {
      const started = performance.now();
      const r = spawnSync(BENCH_NODE, t.args, { cwd, env, stdio: 'ignore' });
      const ms = performance.now() - started;
      codes[j] = r.status;
      if (i > 0) times[j]!.push(ms); // run 0 warms the file cache
    });
  }
  const base = median(times[0]!);
  return targets.map((t, j) => ({
    name: t.name,
    command: ['node', ...t.args.map((a) => (a.startsWith(bundlesDir) ? relative(bundlesDir, a) : a))].join(' '),
    runs,
    medianMs: median(times[j]!),
    minMs: Math.min(...times[j]!),
    maxMs: Math.max(...times[j]!),
    overNodeMs: median(times[j]!) - base,
    exitCode: codes[j]!,
  }));
}

export function formatColdStart(rows: ColdStartRow[]): string {
  const head = ['cold start', 'median ms', 'min', 'max', '+ over node', 'exit'];
  const body = rows.map((r) => [r.name, r.medianMs.toFixed(0), r.minMs.toFixed(0), r.maxMs.toFixed(0), r.overNodeMs.toFixed(0), String(r.exitCode)]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { only: { type: 'string' }, runs: { type: 'string', default: '10' }, 'bundles-dir': { type: 'string' } },
    strict: true,
  });
  const only = values.only ? new Set(values.only.split(',')) : undefined;
  const want = (name: string) => !only || only.has(name);

  const throughput: BenchRow[] = [];
  for (const b of THROUGHPUT) {
    if (!want(b.name)) continue;
    throughput.push(...(await b.run()));
  }
  if (throughput.length > 0) console.log(`${formatBenchRows(throughput)}\n`);

  // Not a timing: how often an inferred contract fails fresh data from the same source (must be
  // never) and how often it catches injected defects (must be always).
  const contractInference: InferenceMeasurement[] = want('contract-inference') ? await benchContractInference() : [];
  if (contractInference.length > 0) console.log(`${formatContractInference(contractInference)}\n`);

  const coldStart = want('cold-start') ? benchColdStart(Number(values.runs), values['bundles-dir'] === undefined ? root : resolve(values['bundles-dir'])) : [];
  if (coldStart.length > 0) console.log(`${formatColdStart(coldStart)}\n`);

  const out = join(root, 'bench/out/bench.json');
  mkdirSync(dirname(out), { recursive: true });
  const result = {
    generatedAt: new Date().toISOString(),
    node: process.version,
    // The Node that ran the CLI and the bundles (MLOPS_BENCH_NODE, else the one above).
    benchNode: spawnSync(BENCH_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim(),
    platform: `${process.platform}-${process.arch}`,
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    throughput,
    contractInference,
    coldStart,
  };
  writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`wrote ${relative(process.cwd(), out)}`);
}

await main();
