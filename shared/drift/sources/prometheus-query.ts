/**
 * Queries a Prometheus server through its HTTP API (https://prometheus.io/docs/prometheus/latest/querying/api/):
 * `/api/v1/query` (instant: one number for a metric check) and `/api/v1/query_range` (a series over
 * the window: one numeric column). Requests are POSTed form-encoded, which the API accepts for both
 * endpoints and which keeps long PromQL out of URL length limits. Compatible servers (Thanos,
 * Mimir, VictoriaMetrics, Grafana Cloud) take the same requests under their own base URL.
 *
 * The response envelope is {status: "success" | "error", data: {resultType, result}, errorType,
 * error, warnings}. An error answer (whatever the HTTP status: 400 bad_data, 422 execution, 503
 * timeout) becomes an InputError quoting Prometheus' errorType and error; an answer with no series,
 * or several where one number is needed, is an error too: a drift check must not decide on
 * evidence it did not get.
 */
import { InputError, UsageError } from '../../runtime/errors.js';
import { parseIsoTimestamp } from '../../data/values.js';
import { fetchJson, httpStatusError, type JsonRequest } from './fetch-json.js';

const UNIT_MS: Record<string, number> = { ms: 1, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000, y: 31_536_000_000 };

/** Milliseconds of a Prometheus duration ("1h30m", "7d"; y = 365d as in Prometheus); undefined when not one. */
export function parseDuration(text: string): number | undefined {
  const re = /(\d+)(ms|s|m|h|d|w|y)/y;
  let ms = 0;
  let at = 0;
  while (at < text.length) {
    re.lastIndex = at;
    const m = re.exec(text);
    if (!m) return undefined;
    ms += Number(m[1]) * UNIT_MS[m[2]!]!;
    at = re.lastIndex;
  }
  return at === 0 ? undefined : ms;
}

/** A duration as Prometheus writes it, in the largest unit that divides it ("7d", "90m", "1500ms"). */
export function formatDuration(ms: number): string {
  for (const unit of ['y', 'w', 'd', 'h', 'm', 's'] as const) {
    if (ms >= UNIT_MS[unit]! && ms % UNIT_MS[unit]! === 0) return `${ms / UNIT_MS[unit]!}${unit}`;
  }
  return `${ms}ms`;
}

/** Epoch ms of a time spec: `now`, `-7d` / `now-7d` (before `now`), or ISO 8601 (no offset = UTC). */
export function parseTimeSpec(spec: string, now: number, where: string): number {
  if (spec === 'now') return now;
  const rel = /^(?:now)?-(.+)$/.exec(spec);
  if (rel) {
    const d = parseDuration(rel[1]!);
    if (d !== undefined) return now - d;
  } else {
    const t = parseIsoTimestamp(spec);
    if (t !== undefined) return t;
  }
  throw new UsageError(`${where}: "${spec}" is not a time`, { hint: 'use now, a duration ago like -7d or -12h, or an ISO 8601 time like 2025-06-01T00:00:00Z' });
}

export interface PrometheusTarget {
  /** Base URL, before /api/v1. */
  baseUrl: string;
  /** `prometheus source <url>`: starts every message. */
  label: string;
  secretHeaders?: Record<string, string>;
  secrets?: readonly string[];
  timeoutMs?: number;
  maxBytes?: number;
  signal?: AbortSignal;
  fetch?: typeof fetch;
}

type Labels = Record<string, string>;
interface VectorSample { metric: Labels; value: [number, string] }
interface MatrixSeries { metric: Labels; values: Array<[number, string]> }

/** A sample value: Prometheus writes floats as strings, with NaN, +Inf and -Inf spelled out. */
export function parseSampleValue(s: string): number {
  if (s === '+Inf' || s === 'Inf') return Infinity;
  if (s === '-Inf') return -Infinity;
  return Number(s);
}

/** A series' labels as PromQL writes a selector: name{a="1", b="2"}. */
export function formatSeries(metric: Labels): string {
  const { __name__: name, ...rest } = metric;
  const labels = Object.entries(rest).map(([k, v]) => `${k}=${JSON.stringify(v)}`);
  return `${name ?? ''}{${labels.join(', ')}}`;
}

/** PromQL in a message: in backquotes, since PromQL is full of double quotes. */
function quoteQuery(query: string): string {
  return `\`${query}\``;
}

function seconds(ms: number): string {
  return String(ms / 1000);
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

/** Posts one query; returns `data` of a success answer and its warnings, or throws with Prometheus' own error. */
async function post(target: PrometheusTarget, endpoint: 'query' | 'query_range', params: Record<string, string>): Promise<{ data: unknown; warnings: string[] }> {
  const request: JsonRequest = {
    url: `${target.baseUrl.replace(/\/+$/, '')}/api/v1/${endpoint}`,
    method: 'POST',
    form: new URLSearchParams(params),
    secretHeaders: target.secretHeaders,
    secrets: target.secrets,
    timeoutMs: target.timeoutMs,
    maxBytes: target.maxBytes,
    signal: target.signal,
    fetch: target.fetch,
    label: target.label,
  };
  const res = await fetchJson(request);
  const body = res.json as { status?: unknown; data?: unknown; errorType?: unknown; error?: unknown; warnings?: unknown } | undefined;
  const query = quoteQuery(params.query!);
  if (res.isJson && body !== null && typeof body === 'object' && body.status === 'error') {
    const type = typeof body.errorType === 'string' ? body.errorType : 'error';
    const message = typeof body.error === 'string' ? body.error : res.snippet;
    const hint =
      type === 'bad_data'
        ? 'fix the PromQL (try it in the Prometheus expression browser first)'
        : type === 'timeout' || type === 'canceled'
          ? 'the query took too long: narrow the range, raise step, or use a recording rule'
          : type === 'unavailable'
            ? 'Prometheus is not ready or overloaded; try again later'
            : undefined;
    throw new InputError(`${target.label}: query ${query} failed: ${type}: ${message}`, { hint });
  }
  if (res.status < 200 || res.status >= 300) {
    throw httpStatusError(`${target.label}: query ${query}`, res, target.secrets, 'the server refused the credentials: check header, scheme and the secret in secret_env');
  }
  if (!res.isJson || body === null || typeof body !== 'object' || body.status !== 'success') {
    throw new InputError(`${target.label}: query ${query}: the answer is not a Prometheus API response: ${res.snippet}`, {
      hint: 'url must be the base of the Prometheus HTTP API, the part before /api/v1 (e.g. http://prometheus:9090)',
    });
  }
  const warnings = Array.isArray(body.warnings) ? body.warnings.map((w) => `${target.label}: query ${query}: ${String(w)}`) : [];
  return { data: body.data, warnings };
}

function resultOf(target: PrometheusTarget, query: string, data: unknown): { resultType: string; result: unknown } {
  const d = data as { resultType?: unknown; result?: unknown } | null;
  if (d === null || typeof d !== 'object' || typeof d.resultType !== 'string') {
    throw new InputError(`${target.label}: query ${quoteQuery(query)}: the answer has no data.resultType`, { hint: 'url must be the base of the Prometheus HTTP API' });
  }
  return { resultType: d.resultType, result: d.result };
}

function severalSeries(target: PrometheusTarget, query: string, series: Array<{ metric: Labels }>, need: string): InputError {
  const shown = series.slice(0, 3).map((s) => formatSeries(s.metric)).join(', ');
  return new InputError(`${target.label}: query ${quoteQuery(query)} returned ${series.length} series (${shown}${series.length > 3 ? ', …' : ''}); ${need}`, {
    hint: 'aggregate it to one series (avg(...), sum(...), max(...)) or select one with labels',
  });
}

/** An instant query that must give one number: a one-series vector or a scalar. */
export async function queryInstant(target: PrometheusTarget, query: string, time: number): Promise<{ value: number; warnings: string[] }> {
  const { data, warnings } = await post(target, 'query', { query, time: seconds(time) });
  const { resultType, result } = resultOf(target, query, data);
  const q = quoteQuery(query);
  let raw: string;
  if (resultType === 'scalar') raw = (result as [number, string])[1];
  else if (resultType === 'vector') {
    const samples = result as VectorSample[];
    if (samples.length === 0) {
      throw new InputError(`${target.label}: query ${q} returned no series at ${iso(time)}`, {
        hint: 'check the metric name and labels; a series sampled less often than every 5 minutes needs a range function, e.g. last_over_time(x[1d]) or avg_over_time(x[7d])',
      });
    }
    if (samples.length > 1) throw severalSeries(target, query, samples, 'a metric needs one number');
    raw = samples[0]!.value[1];
  } else {
    throw new InputError(`${target.label}: query ${q} returned a ${resultType === 'matrix' ? 'range vector' : resultType}, not a number`, {
      hint: resultType === 'matrix' ? 'wrap the range selector in a function: avg_over_time(x[7d]), max_over_time(...), rate(...)' : 'make the query return a number',
    });
  }
  const value = parseSampleValue(raw);
  if (!Number.isFinite(value)) {
    throw new InputError(`${target.label}: query ${q} returned ${raw} at ${iso(time)}, not a finite number`, {
      hint: 'often a ratio with no data in the window (0/0); check the window covers traffic',
    });
  }
  return { value, warnings };
}

/** A range query that must give one series: its [epoch ms, value] points. */
export async function queryRange(
  target: PrometheusTarget,
  query: string,
  range: { start: number; end: number; step: number },
): Promise<{ points: Array<[number, number]>; warnings: string[] }> {
  const { data, warnings } = await post(target, 'query_range', { query, start: seconds(range.start), end: seconds(range.end), step: seconds(range.step) });
  const { resultType, result } = resultOf(target, query, data);
  const q = quoteQuery(query);
  if (resultType !== 'matrix') {
    throw new InputError(`${target.label}: range query ${q} returned a ${resultType}, not a series`, { hint: 'make the query return one series' });
  }
  const series = result as MatrixSeries[];
  if (series.length === 0) {
    throw new InputError(`${target.label}: query ${q} returned no series between ${iso(range.start)} and ${iso(range.end)}`, {
      hint: 'check the metric name and labels, and that the range covers data the server still keeps',
    });
  }
  if (series.length > 1) throw severalSeries(target, query, series, 'a column needs one series');
  const points = series[0]!.values.map(([t, v]) => [Math.round(t * 1000), parseSampleValue(v)] as [number, number]);
  return { points, warnings };
}
