/**
 * The anchor rows of the validate-data benchmark: DuckDB's `SUMMARIZE SELECT * FROM read_csv(…)` /
 * `read_parquet(…)` (via @duckdb/node-api, a devDependency), the closest thing to our validate +
 * profile that a widely used engine does. Each run is a child process of its own, as our CLI is
 * (cli-child.ts), so its wall time, peak RSS and CPU seconds are DuckDB's alone: Node's start, the
 * native module's load, the query with two threads, the rows read back.
 *
 * When @duckdb/node-api cannot be imported (not installed, no binding for this platform), the
 * child says why and the caller skips the rows with that reason.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

export interface DuckRun {
  seconds: number;
  peakRssMb: number;
  cpuSeconds: number;
  /** Rows of SUMMARIZE's result (one per column), a check that the query ran. */
  summaryRows: number;
}

export type DuckOutcome = { ok: true; run: DuckRun } | { ok: false; reason: string };

/** The child's code: SUMMARIZE on argv[1], then one line with its result size and resource use. */
function childCode(api: string): string {
  return [
    `let DuckDBInstance;`,
    `try { ({ DuckDBInstance } = await import(${JSON.stringify(api)})); }`,
    `catch (e) { process.stdout.write('DUCKDB_UNAVAILABLE ' + JSON.stringify(String(e && e.message || e)) + '\\n'); process.exit(3); }`,
    `const file = process.argv[1];`,
    `const quoted = "'" + file.replaceAll("'", "''") + "'";`,
    `const src = /\\.parquet$/i.test(file) ? 'read_parquet(' + quoted + ')' : 'read_csv(' + quoted + ')';`,
    `const inst = await DuckDBInstance.create(':memory:', { threads: '2' });`,
    `const con = await inst.connect();`,
    `const r = await con.runAndReadAll('SUMMARIZE SELECT * FROM ' + src);`,
    `const rows = r.getRows().length;`,
    `const u = process.resourceUsage();`,
    `process.stdout.write('DUCKDB_DONE ' + JSON.stringify({ rows, maxRSS: u.maxRSS, cpu: u.userCPUTime + u.systemCPUTime }) + '\\n');`,
    // The instance's threads would keep the process alive a little: the measurement is taken.
    `process.exit(0);`,
  ].join('\n');
}

/** Where @duckdb/node-api is, as a file URL, or why it is not there. */
function duckApi(): { url: string } | { reason: string } {
  try {
    return { url: pathToFileURL(createRequire(import.meta.url).resolve('@duckdb/node-api')).href };
  } catch (e) {
    return { reason: `@duckdb/node-api is not installed (${(e as Error).message.split('\n')[0]})` };
  }
}

/** One SUMMARIZE of `file` in a child process. */
export function runDuckSummarize(file: string): DuckOutcome {
  const api = duckApi();
  if ('reason' in api) return { ok: false, reason: api.reason };
  const env = { ...process.env };
  // As in cli-child.ts: nothing that slows every Node start for reasons of the machine.
  delete env.NODE_EXTRA_CA_CERTS;
  delete env.NODE_OPTIONS;
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', childCode(api.url), file], { encoding: 'utf8', maxBuffer: 16 << 20, env });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const unavailable = /DUCKDB_UNAVAILABLE (.*)/.exec(r.stdout ?? '');
  if (unavailable) return { ok: false, reason: `@duckdb/node-api cannot be imported: ${JSON.parse(unavailable[1]!) as string}` };
  const done = /DUCKDB_DONE (\{.*\})/.exec(r.stdout ?? '');
  if (!done) throw new Error(`DuckDB SUMMARIZE of ${file} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
  const u = JSON.parse(done[1]!) as { rows: number; maxRSS: number; cpu: number };
  return { ok: true, run: { seconds, peakRssMb: u.maxRSS / 1024, cpuSeconds: u.cpu / 1e6, summaryRows: u.rows } };
}
