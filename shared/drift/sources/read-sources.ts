/**
 * Reads drift-check's current production data and metrics from the configured sources
 * (source-config.ts) and pools them: the wanted columns over every source that gives rows (files,
 * an HTTP source's rows, Prometheus range queries), the metrics from every source that gives
 * them (an HTTP source's pointers, Prometheus instant queries, a metrics file a batch job wrote).
 *
 * Evidence that is broken is an error, never "no drift": a glob that matches nothing, an
 * unreachable endpoint, a Prometheus error, a query with no series, a source without a reference
 * column (schema mismatch), a metric named by two sources, and no rows at all when columns are
 * wanted. Sources are read one after the other, in the order given, so messages and the report's
 * source list are deterministic.
 */
import { extname, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { openTable } from '../../data/open-table.js';
import { ContractError, InputError, UsageError } from '../../runtime/errors.js';
import { ColumnCollector, type CollectedColumn, type SourceLabel, type WantedColumn } from './collect-columns.js';
import { displayUrl, fetchJson, httpStatusError, DEFAULT_TIMEOUT_MS } from './fetch-json.js';
import { resolvePointer, describeJson } from './json-pointer.js';
import { jsonRows } from './json-rows.js';
import { formatDuration, parseDuration, parseTimeSpec, queryInstant, queryRange, type PrometheusTarget } from './prometheus-query.js';
import { sourceKindOf, type HttpSourceConfig, type MetricsFileSourceConfig, type PrometheusSourceConfig, type SourceConfig, type SourceKind } from './source-config.js';
import type { RecordBatch } from '../../data/table.js';
import type { CellValue } from '../../data/cell-value.js';

export interface ReadSourcesOptions {
  /** Where secret_env variables are looked up (process.env in the faces). */
  env: Readonly<Record<string, string | undefined>>;
  fetch?: typeof fetch;
  /** The clock for relative times (-7d, now): an instant, or a clock read once. */
  now?: Date | (() => Date);
  signal?: AbortSignal;
  /** Base of relative file patterns; default the process's working directory. */
  cwd?: string;
  /** Response size limit of HTTP and Prometheus answers; default 256 MiB. */
  maxResponseBytes?: number;
  /** Also sees every row of the table sources (files, http rows), row-aligned: the fairness check's. */
  rowTap?: RowTap;
}

/** A consumer of whole rows (the column collector keeps per-column summaries only), one source at a time. */
export interface RowTap {
  beginSource(label: SourceLabel): void;
  add(batch: RecordBatch): void;
  /** Throws when the source lacked a column the consumer needs. */
  endSource(): void;
}

export interface SourceSummary {
  kind: SourceKind;
  name: string;
  /** Data rows it gave; null when it gives only metrics. */
  rows: number | null;
  /** files: the files the patterns matched, in reading order. */
  files?: string[];
}

export interface CurrentMetric {
  value: number;
  /** "prometheus: <query>", "http: <url> <pointer>" or "metrics_file: <file> <name>". */
  source: string;
}

export interface CurrentData {
  /** Data rows over every source. */
  rows: number;
  /** The wanted columns, pooled over every source that gives rows. */
  columns: Map<string, CollectedColumn>;
  metrics: Map<string, CurrentMetric>;
  sources: SourceSummary[];
  /** What the sources cover, when known (Prometheus ranges and evaluation times), ISO 8601. */
  window: { from: string | null; to: string | null };
  /** Non-fatal notes to log (Prometheus warnings). */
  warnings: string[];
}

interface Context {
  options: ReadSourcesOptions;
  now: number;
  collector: ColumnCollector;
  metrics: Map<string, CurrentMetric & { from: string }>;
  warnings: string[];
  window: { from: number | null; to: number | null };
  /** Wanted columns some Prometheus source gives: table sources need not have them. */
  prometheusColumns: ReadonlySet<string>;
}

/**
 * Reads every source. Throws InputError (unreadable or empty data, failing endpoints, schema
 * mismatch) or ContractError / UsageError (sources that cannot work as configured).
 */
export async function readCurrentData(sources: readonly SourceConfig[], wanted: readonly WantedColumn[], options: ReadSourcesOptions): Promise<CurrentData> {
  if (sources.length === 0) throw new ContractError('no sources of current data are configured', { hint: 'add drift sources: files, http or prometheus (docs/drift.md, Sources)' });
  const wantedNames = new Set(wanted.map((w) => w.name));
  const prometheusColumns = new Set(sources.flatMap((s) => Object.keys(s.prometheus?.columns ?? {})).filter((c) => wantedNames.has(c)));
  const ctx: Context = {
    options,
    now: (typeof options.now === 'function' ? options.now() : options.now ?? new Date()).getTime(),
    collector: new ColumnCollector(wanted),
    metrics: new Map(),
    warnings: [],
    window: { from: null, to: null },
    prometheusColumns,
  };
  const summaries: SourceSummary[] = [];
  for (const source of sources) {
    options.signal?.throwIfAborted();
    const kind = sourceKindOf(source);
    if (kind === 'file') summaries.push(await readFiles(ctx, source));
    else if (kind === 'http') summaries.push(await readHttp(ctx, source, source.http!));
    else if (kind === 'metrics_file') summaries.push(await readMetricsFile(ctx, source));
    else summaries.push(await readPrometheus(ctx, source, source.prometheus!));
  }

  const result = ctx.collector.result();
  checkNotEmpty(wanted, summaries, sources, prometheusColumns);
  const metrics = new Map<string, CurrentMetric>();
  for (const [name, m] of ctx.metrics) metrics.set(name, { value: m.value, source: m.source });
  return {
    rows: result.rows,
    columns: result.columns,
    metrics,
    sources: summaries,
    window: {
      from: ctx.window.from === null ? null : new Date(ctx.window.from).toISOString(),
      to: ctx.window.to === null ? null : new Date(ctx.window.to).toISOString(),
    },
    warnings: ctx.warnings,
  };
}

/** No rows where columns are wanted is broken evidence, not "no drift". */
function checkNotEmpty(wanted: readonly WantedColumn[], summaries: SourceSummary[], sources: readonly SourceConfig[], prometheusColumns: ReadonlySet<string>): void {
  const needTable = wanted.filter((w) => !prometheusColumns.has(w.name)).map((w) => w.name);
  if (needTable.length === 0) return;
  const tables = summaries.filter((s, i) => s.kind === 'file' || (s.kind === 'http' && sources[i]!.http!.rows !== undefined));
  const shown = needTable.slice(0, 5).map((c) => `"${c}"`).join(', ') + (needTable.length > 5 ? ', …' : '');
  if (tables.length === 0) {
    throw new ContractError(`no source gives data rows, but the drift check needs the reference's columns (${shown})`, {
      hint: 'add a files source, or an http source with rows; prometheus columns only give the columns they name',
    });
  }
  const rows = tables.reduce((n, s) => n + (s.rows ?? 0), 0);
  if (rows === 0) {
    const list = tables.map((s) => `${s.kind} ${s.name}${s.files ? ` (${s.files.length} file${s.files.length === 1 ? '' : 's'})` : ''}`).join('; ');
    throw new InputError(`the current data is empty: 0 rows from ${list}`, {
      hint: 'no data is not "no drift": check that production data for the window was written where the sources point',
    });
  }
}

function addMetric(ctx: Context, name: string, value: number, source: string, from: string): void {
  const prior = ctx.metrics.get(name);
  if (prior) {
    throw new ContractError(`metric "${name}" comes from two sources (${prior.from} and ${from})`, { hint: 'name each metric in one source only, or rename one of them' });
  }
  ctx.metrics.set(name, { value, source, from });
}

function widenWindow(ctx: Context, from: number | null, to: number | null): void {
  if (from !== null) ctx.window.from = ctx.window.from === null ? from : Math.min(ctx.window.from, from);
  if (to !== null) ctx.window.to = ctx.window.to === null ? to : Math.max(ctx.window.to, to);
}

function feed(ctx: Context, batch: RecordBatch): void {
  if (ctx.options.signal?.aborted) ctx.options.signal.throwIfAborted();
  ctx.collector.add(batch);
}

// ---------------------------------------------------------------------------------------------
// files

async function expandPatterns(patterns: readonly string[], cwd: string, name: string): Promise<string[]> {
  const files: string[] = [];
  const seen = new Set<string>();
  for (const pattern of patterns) {
    let matched: string[];
    if (isDynamicPattern(pattern)) {
      matched = (await glob(pattern, { cwd, onlyFiles: true, expandDirectories: false })).sort();
      if (matched.length === 0) {
        throw new InputError(`files source ${name}: no file matches "${pattern}" (relative to ${cwd})`, {
          hint: 'check the pattern and that the production data was written there; * matches within a folder, ** across folders',
        });
      }
    } else matched = [pattern];
    for (const f of matched) {
      if (!seen.has(f)) {
        seen.add(f);
        files.push(f);
      }
    }
  }
  return files;
}

async function readFiles(ctx: Context, source: SourceConfig): Promise<SourceSummary> {
  const patterns = typeof source.files === 'string' ? [source.files] : source.files!;
  const name = source.name ?? patterns.join(', ');
  const cwd = ctx.options.cwd ?? process.cwd();
  const files = await expandPatterns(patterns, cwd, JSON.stringify(name));
  let rows = 0;
  for (const file of files) {
    // Relative paths stay relative in messages (and annotations) when they resolve from here.
    const path = ctx.options.cwd === undefined ? file : resolve(cwd, file);
    const reader = await openTable(path, { delimiter: source.delimiter, format: source.format });
    const tap = ctx.options.rowTap;
    ctx.collector.beginSource({ name: path, location: { file: path } }, ctx.prometheusColumns);
    tap?.beginSource({ name: path, location: { file: path } });
    for await (const batch of reader.batches()) {
      feed(ctx, batch);
      tap?.add(batch);
    }
    rows += ctx.collector.endSource();
    tap?.endSource();
  }
  return { kind: 'file', name, rows, files };
}

// ---------------------------------------------------------------------------------------------
// auth shared by http and prometheus

function authOf(ctx: Context, cfg: HttpSourceConfig | PrometheusSourceConfig, label: string): { headers: Record<string, string>; secrets: string[] } {
  if (cfg.secret_env === undefined) return { headers: {}, secrets: [] };
  const secret = ctx.options.env[cfg.secret_env];
  if (secret === undefined || secret === '') {
    throw new UsageError(`${label}: the environment variable ${cfg.secret_env} (secret_env) is ${secret === undefined ? 'not set' : 'empty'}`, {
      hint: `pass the secret to the step, e.g. env: { ${cfg.secret_env}: \${{ secrets.${cfg.secret_env} }} }`,
    });
  }
  const header = cfg.header ?? 'Authorization';
  return { headers: { [header]: cfg.scheme ? `${cfg.scheme} ${secret}` : secret }, secrets: [secret] };
}

function labelOf(kind: 'http' | 'prometheus', source: SourceConfig, url: string): string {
  return source.name ? `${kind} source "${source.name}" (${displayUrl(url)})` : `${kind} source ${displayUrl(url)}`;
}

// ---------------------------------------------------------------------------------------------
// http

async function readHttp(ctx: Context, source: SourceConfig, cfg: HttpSourceConfig): Promise<SourceSummary> {
  const label = labelOf('http', source, cfg.url);
  const name = source.name ?? displayUrl(cfg.url);
  const auth = authOf(ctx, cfg, label);
  const res = await fetchJson({
    url: cfg.url,
    secretHeaders: auth.headers,
    secrets: auth.secrets,
    timeoutMs: cfg.timeout_ms ?? DEFAULT_TIMEOUT_MS,
    maxBytes: ctx.options.maxResponseBytes,
    signal: ctx.options.signal,
    fetch: ctx.options.fetch,
    label,
  });
  if (res.status < 200 || res.status >= 300) {
    throw httpStatusError(label, res, auth.secrets, `the server refused the credentials: check ${cfg.header ?? 'Authorization'}${cfg.scheme ? ` (${cfg.scheme})` : ''} and the secret in ${cfg.secret_env ?? 'secret_env (none is set)'}`);
  }
  const doc = res.json;

  for (const [metric, pointer] of Object.entries(cfg.metrics ?? {})) {
    const found = resolvePointer(doc, pointer);
    if (!found.found) throw new InputError(`${label}: metric "${metric}" at ${pointer || '""'}: ${found.problem}`, { hint: 'fix the JSON pointer in metrics (RFC 6901: /key/0/key)' });
    const v = found.value;
    const value = typeof v === 'number' ? v : typeof v === 'string' && /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(v.trim()) ? Number(v) : NaN;
    if (!Number.isFinite(value)) {
      throw new InputError(`${label}: metric "${metric}" at ${pointer || '""'} is ${describeJson(v)}, not a finite number`, {
        hint: 'point at a number; a null or missing value means the endpoint has no value for the window',
      });
    }
    addMetric(ctx, metric, value, `http: ${displayUrl(cfg.url)} ${pointer}`, label);
  }

  if (cfg.rows === undefined) return { kind: 'http', name, rows: null };
  const found = resolvePointer(doc, cfg.rows);
  if (!found.found) throw new InputError(`${label}: rows at ${cfg.rows || '""'}: ${found.problem}`, { hint: 'fix the JSON pointer in rows (RFC 6901: /key/0/key; "" is the whole response)' });
  const table = jsonRows(found.value, cfg.rows);
  if ('problem' in table) throw new InputError(`${label}: rows: ${table.problem}`, { hint: 'point rows at an array of row objects or an object of column arrays' });
  const tap = ctx.options.rowTap;
  ctx.collector.beginSource({ name: label }, ctx.prometheusColumns);
  tap?.beginSource({ name: label });
  for (const batch of table.batches()) {
    feed(ctx, batch);
    tap?.add(batch);
  }
  const rows = ctx.collector.endSource();
  tap?.endSource();
  return { kind: 'http', name, rows };
}

// ---------------------------------------------------------------------------------------------
// metrics_file

/**
 * Production metrics from a file a batch job wrote: read as `evaluate --import` reads it (JSON and
 * YAML flattened with dots, CSV in its wide or long layout), so a metric has the same name in both.
 * A glob reads its newest match by name: the dated files a nightly job leaves behind sort by date.
 */
async function readMetricsFile(ctx: Context, source: SourceConfig): Promise<SourceSummary> {
  const cfg: MetricsFileSourceConfig = typeof source.metrics_file === 'string' ? { path: source.metrics_file } : source.metrics_file!;
  const name = source.name ?? cfg.path;
  const cwd = ctx.options.cwd ?? process.cwd();
  const matched = await expandPatterns([cfg.path], cwd, JSON.stringify(name));
  const file = matched[matched.length - 1]!;
  const path = ctx.options.cwd === undefined ? file : resolve(cwd, file);
  const label = `metrics_file source ${JSON.stringify(name)} (${file})`;
  const ext = extname(file).toLowerCase();
  const read =
    ext === '.csv' || ext === '.tsv'
      ? (await import('../../model/import/csv-metrics.js')).importCsvMetrics(path)
      : (await import('../../model/import/json-yaml.js')).importJsonYamlMetrics(path);
  const found = (await read).metrics;
  const wanted = cfg.metrics ?? Object.fromEntries(Object.keys(found).map((k) => [k, k]));
  if (Object.keys(wanted).length === 0) throw new InputError(`${label}: the file holds no numeric metrics`, { location: { file: path }, hint: 'check that the batch job wrote its metrics there' });
  for (const [metric, key] of Object.entries(wanted)) {
    if (!Object.hasOwn(found, key)) {
      const have = Object.keys(found).slice(0, 10).join(', ');
      throw new InputError(`${label}: no metric "${key}" in the file (for ${metric})`, { location: { file: path }, hint: `the file holds ${have || 'no numeric metrics'}${Object.keys(found).length > 10 ? ', …' : ''}` });
    }
    addMetric(ctx, metric, found[key]!, `metrics_file: ${file} ${key}`, label);
  }
  return { kind: 'metrics_file', name, rows: null, files: [file] };
}

// ---------------------------------------------------------------------------------------------
// prometheus

async function readPrometheus(ctx: Context, source: SourceConfig, cfg: PrometheusSourceConfig): Promise<SourceSummary> {
  const label = labelOf('prometheus', source, cfg.url);
  const name = source.name ?? displayUrl(cfg.url);
  const auth = authOf(ctx, cfg, label);
  const target: PrometheusTarget = {
    baseUrl: cfg.url,
    label,
    secretHeaders: auth.headers,
    secrets: auth.secrets,
    timeoutMs: cfg.timeout_ms ?? DEFAULT_TIMEOUT_MS,
    maxBytes: ctx.options.maxResponseBytes,
    signal: ctx.options.signal,
    fetch: ctx.options.fetch,
  };

  let range: { start: number; end: number; step: number } | undefined;
  if (cfg.range) {
    const start = parseTimeSpec(cfg.range.start, ctx.now, `${label}: range.start`);
    const end = parseTimeSpec(cfg.range.end ?? 'now', ctx.now, `${label}: range.end`);
    const step = parseDuration(cfg.range.step);
    if (!(end > start)) {
      throw new UsageError(`${label}: range.end (${new Date(end).toISOString()}) is not after range.start (${new Date(start).toISOString()})`, { hint: 'start is the earlier time, e.g. start: -7d, end: now' });
    }
    if (step === undefined || step <= 0) throw new UsageError(`${label}: range.step "${cfg.range.step}" is not a positive duration`, { hint: 'e.g. step: 1h' });
    range = { start, end, step };
  }
  const time = cfg.time !== undefined ? parseTimeSpec(cfg.time, ctx.now, `${label}: time`) : range ? range.end : ctx.now;

  for (const [metric, promql] of Object.entries(cfg.metrics ?? {})) {
    let query = promql;
    if (query.includes('$__range')) {
      if (!range) throw new UsageError(`${label}: metric "${metric}" uses $__range but the source has no range`, { hint: 'add range: { start: -7d, step: 1h }' });
      query = query.split('$__range').join(formatDuration(range.end - range.start));
    }
    const { value, warnings } = await queryInstant(target, query, time);
    ctx.warnings.push(...warnings);
    addMetric(ctx, metric, value, `prometheus: ${query}`, label);
  }
  if (Object.keys(cfg.metrics ?? {}).length > 0) widenWindow(ctx, range ? range.start : null, time);

  const columns = Object.entries(cfg.columns ?? {});
  if (columns.length === 0 || !range) return { kind: 'prometheus', name, rows: null };
  // One row per timestamp any column has (the step grid); a column without a point there is missing.
  const series: Array<Map<number, number>> = [];
  const times = new Set<number>();
  for (const [, query] of columns) {
    const { points, warnings } = await queryRange(target, query, range);
    ctx.warnings.push(...warnings);
    const m = new Map<number, number>();
    for (const [t, v] of points) {
      m.set(t, v);
      times.add(t);
    }
    series.push(m);
  }
  widenWindow(ctx, range.start, range.end);
  const grid = [...times].sort((a, b) => a - b);
  const names = columns.map(([c]) => c);
  const values: CellValue[][] = series.map((m) => grid.map((t) => m.get(t) ?? null));
  const lines = Int32Array.from(grid, (_, i) => i + 1);
  const exempt = new Set(ctx.collector.wanted.map((w) => w.name).filter((c) => !names.includes(c)));
  ctx.collector.beginSource({ name: label }, exempt);
  feed(ctx, { columns: names, values, length: grid.length, lines, rowOffset: 0 });
  const rows = ctx.collector.endSource();
  return { kind: 'prometheus', name, rows };
}
