/**
 * Where drift-check reads the current production data and metrics from: `drift.models.<model>.sources`
 * in mlops.yaml (a list), and the same list as the action's / CLI's `sources` input (YAML or JSON).
 * Each entry is one of four kinds, chosen by its key; entries combine (data rows from every entry
 * are pooled, metrics are collected from every entry):
 *
 *   sources:
 *     - files: ["prod/2025-*.csv.gz", prod/extra.parquet]   # globs; CSV/TSV/JSONL (.gz too), Parquet
 *     - name: prediction log API
 *       http:
 *         url: https://ml.example.com/api/predictions?days=7
 *         secret_env: PROD_API_TOKEN      # the env var holding the token; sent only in the header
 *         scheme: Bearer                  # header value "Bearer <token>"
 *         rows: /data                     # JSON pointer to the rows
 *         metrics: { accuracy: /summary/accuracy }
 *     - prometheus:
 *         url: http://prometheus.monitoring:9090
 *         range: { start: -7d, end: now, step: 1h }
 *         metrics:                         # instant queries (at range.end): one number each
 *           accuracy: avg_over_time(model_accuracy{model="weather"}[$__range])
 *         columns:                         # range queries: one value per step, a numeric column
 *           latency_p95: histogram_quantile(0.95, sum by (le) (rate(request_duration_seconds_bucket[5m])))
 *     - metrics_file:                       # a JSON, YAML or CSV file a batch job wrote (newest match of a glob)
 *         path: "reports/metrics-*.json"
 *         metrics: { accuracy: summary.accuracy }   # name -> the metric as evaluate --import names it
 *
 * One strict mapping with one key per kind (rather than a union of three mappings), so a misspelt
 * key gets "did you mean" against every key and a missing kind says which keys are possible.
 * docs/drift.md ("Sources") is the user's reference; keep it in step with this file.
 */
import { z } from 'zod';
import { ContractError } from '../../runtime/errors.js';
import { formatKeyPath, parseYamlText } from '../../runtime/yaml-source.js';

/** Prometheus duration: one or more `<int><unit>` parts, units ms, s, m, h, d, w, y ("1h30m"). */
export const DURATION_PATTERN = /^(?:\d+(?:ms|s|m|h|d|w|y))+$/;
/** A time: `now`, `now` minus a duration (`-7d`, `now-7d`), or ISO 8601 (no offset = UTC). */
export const TIME_PATTERN = /^(?:now|(?:now)?-(?:\d+(?:ms|s|m|h|d|w|y))+|\d{4}-\d{2}-\d{2}(?:[T ].+)?)$/;

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** RFC 6901: empty (the whole document) or "/" followed by reference tokens. */
const JSON_POINTER = /^(?:\/(?:[^~]|~[01])*)*$/;

const httpUrl = (what: string) =>
  z
    .string()
    .min(1)
    .refine((u) => /^https?:\/\/[^\s]+$/i.test(u) && URL.canParse(u), { message: 'must be an http:// or https:// URL' })
    .describe(what);

const timeSpec = (what: string) => z.string().regex(TIME_PATTERN, { message: 'must be now, a duration ago (-7d, -12h) or an ISO 8601 time' }).describe(what);
const duration = (what: string) => z.string().regex(DURATION_PATTERN, { message: 'must be a duration like 30s, 5m, 1h, 1d or 1h30m' }).describe(what);
const pointer = (what: string) => z.string().regex(JSON_POINTER, { message: 'must be a JSON pointer (RFC 6901) like /data or /metrics/accuracy, or "" for the whole response' }).describe(what);

/** The auth of an HTTP or Prometheus source: a header whose value comes from an environment variable. */
const authShape = {
  header: z
    .string()
    .regex(HEADER_NAME, { message: 'must be an HTTP header name like Authorization or X-Api-Key' })
    .describe('Header that carries the secret; default Authorization (needs secret_env)'),
  secret_env: z
    .string()
    .regex(ENV_NAME, { message: 'must be an environment variable name like PROD_API_TOKEN' })
    .describe('Environment variable holding the header value (pass a secret in with env:); never logged'),
  scheme: z
    .string()
    .regex(/^[A-Za-z][A-Za-z0-9._~+/-]*$/, { message: 'must be one word like Bearer or Token' })
    .describe('Put before the secret with a space: "Bearer" sends "Authorization: Bearer <secret>"'),
  timeout_ms: z.number().int().positive().max(3_600_000).describe('Give up on a request after this many milliseconds; default 30000'),
};

export const httpSourceSchema = z
  .strictObject({
    url: httpUrl('URL answering GET with JSON'),
    ...authShape,
    rows: pointer('JSON pointer to the data: an array of row objects, or an object of equal-length column arrays'),
    metrics: z.record(z.string().min(1), pointer('JSON pointer to a number')).describe('Metric name -> JSON pointer to its value in the response'),
  })
  .partial({ header: true, secret_env: true, scheme: true, timeout_ms: true, rows: true, metrics: true });

export const prometheusRangeSchema = z.strictObject({
  start: timeSpec('Start of the window: -7d (relative to now), or an ISO 8601 time'),
  end: timeSpec('End of the window: now (default), -1d, or an ISO 8601 time').optional(),
  step: duration('Resolution of the range queries (columns): 1h gives one value per hour'),
});

export const prometheusSourceSchema = z
  .strictObject({
    url: httpUrl('Base URL of the Prometheus HTTP API (the part before /api/v1), e.g. http://prometheus:9090'),
    ...authShape,
    metrics: z
      .record(z.string().min(1), z.string().min(1).describe('PromQL; $__range is replaced by the range length'))
      .describe('Metric name -> PromQL instant query that returns one number (one series or a scalar)'),
    columns: z
      .record(z.string().min(1), z.string().min(1).describe('PromQL; one series over the range'))
      .describe('Column name -> PromQL range query; its values over the range become a numeric column (needs range)'),
    range: prometheusRangeSchema.describe('The window: range queries cover it, instant queries are evaluated at its end'),
    time: timeSpec('When instant queries are evaluated; default range.end, else now'),
  })
  .partial({ header: true, secret_env: true, scheme: true, timeout_ms: true, metrics: true, columns: true, range: true, time: true });

export const metricsFileSourceSchema = z
  .strictObject({
    path: z.string().min(1).describe('The metrics file (JSON, YAML, or CSV as evaluate --import reads it), or a glob whose newest match by name is read (dated names: reports/metrics-*.json)'),
    metrics: z
      .record(z.string().min(1), z.string().min(1).describe('The metric in the file as evaluate --import names it: nested keys joined with dots'))
      .describe('Metric name -> the metric in the file; default every metric in the file under its own name'),
  })
  .partial({ metrics: true });

const KINDS = ['files', 'http', 'prometheus', 'metrics_file'] as const;

export const sourceSchema = z
  .strictObject({
    name: z.string().min(1).describe('Name shown in the report and in messages; default the pattern(s) or URL'),
    files: z
      .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
      .describe('Data files or glob patterns (CSV, TSV, JSON Lines, Parquet; .gz for text), relative to the working directory'),
    delimiter: z.string().length(1, { message: 'must be one character' }).describe('files: CSV delimiter; default "," ("\\t" for .tsv)'),
    format: z.enum(['csv', 'jsonl', 'parquet']).describe('files: format for every file, when the extension does not tell'),
    http: httpSourceSchema.describe('An HTTP(S) endpoint answering with JSON: rows and/or metrics'),
    prometheus: prometheusSourceSchema.describe('A Prometheus server (or a compatible API): instant queries as metrics, range queries as columns'),
    metrics_file: z
      .union([z.string().min(1), metricsFileSourceSchema])
      .describe('Production metrics from a file a batch job wrote: a path (or glob), or { path, metrics }'),
  })
  .partial()
  .superRefine((s, ctx) => {
    // Cross-key rules only once the keys themselves are right: a misspelt key is the one problem to show.
    if (ctx.issues.length > 0) return;
    const kinds = KINDS.filter((k) => s[k] !== undefined);
    if (kinds.length !== 1) {
      ctx.addIssue({
        code: 'custom',
        message: kinds.length === 0 ? 'needs one of the keys files, http, prometheus or metrics_file' : `has ${kinds.join(' and ')}: one source per list item`,
      });
      return;
    }
    if (kinds[0] !== 'files') {
      for (const k of ['delimiter', 'format'] as const) {
        if (s[k] !== undefined) ctx.addIssue({ code: 'custom', path: [k], message: `only applies to files sources, not to ${kinds[0]}` });
      }
    }
    const auth = s.http ?? s.prometheus;
    if (auth && (auth.header !== undefined || auth.scheme !== undefined) && auth.secret_env === undefined) {
      ctx.addIssue({ code: 'custom', path: [kinds[0], auth.header !== undefined ? 'header' : 'scheme'], message: 'needs secret_env, the environment variable that holds the header value' });
    }
    if (s.http && s.http.rows === undefined && s.http.metrics === undefined) {
      ctx.addIssue({ code: 'custom', path: ['http'], message: 'needs rows (a JSON pointer to the data), metrics, or both' });
    }
    const p = s.prometheus;
    if (p) {
      const metrics = Object.keys(p.metrics ?? {}).length;
      const columns = Object.keys(p.columns ?? {}).length;
      if (metrics + columns === 0) ctx.addIssue({ code: 'custom', path: ['prometheus'], message: 'needs metrics (instant queries), columns (range queries), or both' });
      if (columns > 0 && p.range === undefined) ctx.addIssue({ code: 'custom', path: ['prometheus', 'range'], message: 'is needed by columns: add range: { start: -7d, step: 1h }' });
      const usesRange = Object.values(p.metrics ?? {}).some((q) => q.includes('$__range'));
      if (usesRange && p.range === undefined) ctx.addIssue({ code: 'custom', path: ['prometheus', 'metrics'], message: 'a query uses $__range: add range: { start: -7d, step: 1h }' });
    }
  });

export const sourcesSchema = z.array(sourceSchema).min(1).describe('Where the current production data and metrics come from (combined)');

export type SourceConfig = z.infer<typeof sourceSchema>;
export type HttpSourceConfig = z.infer<typeof httpSourceSchema>;
export type PrometheusSourceConfig = z.infer<typeof prometheusSourceSchema>;
export type PrometheusRange = z.infer<typeof prometheusRangeSchema>;
export type MetricsFileSourceConfig = z.infer<typeof metricsFileSourceSchema>;
export type SourceKind = 'file' | 'http' | 'prometheus' | 'metrics_file';

/** The kind of a source that passed sourceSchema. */
export function sourceKindOf(s: SourceConfig): SourceKind {
  return s.files !== undefined ? 'file' : s.http !== undefined ? 'http' : s.metrics_file !== undefined ? 'metrics_file' : 'prometheus';
}

/**
 * Checks a sources list given as a value (already parsed); `where` names it in the message.
 * mlops.yaml's list is checked with the rest of the file; text inputs go through parseSourcesText.
 */
export function parseSources(value: unknown, where: string): SourceConfig[] {
  const parsed = sourcesSchema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const path = formatKeyPath(['sources', ...(issue.path as PropertyKey[])]);
  throw new ContractError(`${where}: ${path}: ${issue.message}`, { hint: 'see docs/drift.md (Sources) for the keys of files, http, prometheus and metrics_file sources' });
}

/**
 * Parses and checks a sources list written as YAML (or JSON) text: the action's `sources` input,
 * the CLI's --sources. Problems are reported at `where`:line:col with "did you mean" for
 * misspelt keys, like mlops.yaml's.
 */
export function parseSourcesText(text: string, where: string): SourceConfig[] {
  return parseYamlText(text, where, sourcesSchema, {
    error: (what, options) => new ContractError(what, options),
    empty: { what: 'no sources given', hint: 'give a YAML list, e.g. - files: prod/*.csv.gz (docs/drift.md, Sources)' },
  });
}
