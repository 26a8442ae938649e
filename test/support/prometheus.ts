/**
 * A real Prometheus server for tests: Debian's `prometheus` package (installed by .ci/run), started
 * on 127.0.0.1 on a free port with a private TSDB that `promtool tsdb create-blocks-from
 * openmetrics` backfilled from an OpenMetrics text the test writes. Nothing is scraped (the config
 * has no targets), so the data is exactly what was backfilled. A service the package may have
 * started on :9090 is never used.
 *
 * Backfilled blocks are queryable like any other: keep sample timestamps in the past (and within
 * the retention, set to 100y here) and query inside them. Instant queries look back 5 minutes for
 * a sample (--query.lookback-delta), so query at sample times or use *_over_time functions.
 */
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { existsSync, openSync, closeSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const PROMETHEUS_BIN = '/usr/bin/prometheus';
export const PROMTOOL_BIN = '/usr/bin/promtool';

/** Why the Prometheus tests cannot run here, or undefined when they can. */
export function prometheusMissing(): string | undefined {
  const missing = [PROMETHEUS_BIN, PROMTOOL_BIN].filter((p) => !existsSync(p));
  return missing.length ? `${missing.join(' and ')} not found (install Debian's prometheus package: apt-get install -y prometheus; .ci/run does)` : undefined;
}

export interface PrometheusServer {
  /** Base URL of the HTTP API, e.g. http://127.0.0.1:41234 */
  url: string;
  dir: string;
  /** Output of promtool's backfill (the blocks it wrote). */
  backfill: string;
  stop(): Promise<void>;
}

/** A port nothing listens on right now (for servers, and for "unreachable" tests). */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
}

/**
 * Backfills `openMetrics` (must end with "# EOF") into a fresh TSDB and starts Prometheus on it.
 * Resolves once /-/ready answers (at most `readyTimeoutMs`, default 20 s).
 */
export async function startPrometheus(openMetrics: string, readyTimeoutMs = 20_000): Promise<PrometheusServer> {
  const dir = await mkdtemp(join(tmpdir(), 'mlops-prometheus-'));
  const data = join(dir, 'data');
  const input = join(dir, 'backfill.om');
  const config = join(dir, 'prometheus.yml');
  const logFile = join(dir, 'prometheus.log');
  await writeFile(input, openMetrics);
  await writeFile(config, 'global:\n  scrape_interval: 1m\n  evaluation_interval: 1m\nscrape_configs: []\n');
  let backfill: string;
  try {
    const out = await promisify(execFile)(PROMTOOL_BIN, ['tsdb', 'create-blocks-from', 'openmetrics', input, data], { maxBuffer: 64 << 20 });
    backfill = out.stdout + out.stderr;
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string };
    throw new Error(`promtool could not backfill ${input}: ${err.stderr || err.stdout || err.message}`);
  }

  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const log = openSync(logFile, 'w');
  const child = spawn(
    PROMETHEUS_BIN,
    [
      `--config.file=${config}`,
      `--storage.tsdb.path=${data}`,
      `--storage.tsdb.retention.time=100y`,
      `--web.listen-address=127.0.0.1:${port}`,
      '--log.level=warn',
    ],
    { stdio: ['ignore', log, log] },
  );
  closeSync(log);
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited(child);
      clearTimeout(timer);
    }
    await rm(dir, { recursive: true, force: true });
  };

  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const text = readFileSync(logFile, 'utf8');
      await stop();
      throw new Error(`prometheus exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${text.slice(-2000)}`);
    }
    try {
      const res = await fetch(`${url}/-/ready`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      const text = readFileSync(logFile, 'utf8');
      await stop();
      throw new Error(`prometheus was not ready within ${readyTimeoutMs} ms:\n${text.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { url, dir, backfill, stop };
}

/** One sample line of an OpenMetrics text: name{labels} value timestamp (seconds). */
export function sampleLine(name: string, labels: Record<string, string>, value: number, seconds: number): string {
  const l = Object.entries(labels).map(([k, v]) => `${k}="${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n')}"`);
  return `${name}${l.length ? `{${l.join(',')}}` : ''} ${value} ${seconds}`;
}
