/**
 * The sources list as users write it (YAML), and the messages for the mistakes they make.
 */
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseSources, parseSourcesText, sourceKindOf } from '../../../shared/drift/sources/source-config.js';
import { ContractError } from '../../../shared/runtime/errors.js';
import { parseDuration, parseTimeSpec, formatDuration } from '../../../shared/drift/sources/prometheus-query.js';
import { displayUrl } from '../../../shared/drift/sources/fetch-json.js';

const EXAMPLE = `
- files: ["prod/2025-*.csv.gz", prod/extra.parquet]
- name: prediction log API
  http:
    url: https://ml.example.com/api/predictions?days=7
    secret_env: PROD_API_TOKEN
    scheme: Bearer
    rows: /data
    metrics: { accuracy: /summary/accuracy }
    timeout_ms: 60000
- prometheus:
    url: http://prometheus.monitoring:9090
    range: { start: -7d, end: now, step: 1h }
    metrics:
      accuracy_7d: avg_over_time(model_accuracy{model="weather"}[$__range])
    columns:
      latency_p95: histogram_quantile(0.95, sum by (le) (rate(request_duration_seconds_bucket[5m])))
`;

function problem(value: unknown): string {
  try {
    parseSources(value, 'sources input');
  } catch (e) {
    expect(e).toBeInstanceOf(ContractError);
    return (e as Error).message;
  }
  throw new Error('expected a ContractError');
}

describe('sources config', () => {
  it('accepts the documented example', () => {
    const sources = parseSources(parseYaml(EXAMPLE), 'mlops.yaml');
    expect(sources.map(sourceKindOf)).toEqual(['file', 'http', 'prometheus']);
    expect(sources[1]!.http!.metrics).toEqual({ accuracy: '/summary/accuracy' });
    expect(sources[2]!.prometheus!.range).toEqual({ start: '-7d', end: 'now', step: '1h' });
  });

  it('needs exactly one kind per item', () => {
    expect(problem([{ name: 'x' }])).toMatch(/^sources input: sources\[0\]: needs one of the keys files, http, prometheus or metrics_file/);
    expect(problem([{ files: 'a.csv', http: { url: 'https://x', rows: '' } }])).toContain('sources[0]: has files and http: one source per list item');
  });

  it('keeps file options to files sources', () => {
    expect(problem([{ http: { url: 'https://x', rows: '/data' }, delimiter: ';' }])).toContain('sources[0].delimiter: only applies to files sources, not to http');
  });

  it('asks for the secret variable when a header is configured', () => {
    expect(problem([{ http: { url: 'https://x', rows: '', header: 'X-Api-Key' } }])).toContain('sources[0].http.header: needs secret_env');
  });

  it('asks for a range when columns or $__range need one', () => {
    expect(problem([{ prometheus: { url: 'http://p:9090', columns: { a: 'up' } } }])).toContain('sources[0].prometheus.range: is needed by columns');
    expect(problem([{ prometheus: { url: 'http://p:9090', metrics: { a: 'avg_over_time(up[$__range])' } } }])).toContain('a query uses $__range');
  });

  it('checks urls, pointers, times and durations', () => {
    expect(problem([{ http: { url: 'ftp://x/y', rows: '' } }])).toContain('must be an http:// or https:// URL');
    expect(problem([{ http: { url: 'https://x', rows: 'data' } }])).toContain('must be a JSON pointer');
    expect(problem([{ prometheus: { url: 'http://p', metrics: { a: 'up' }, time: 'yesterday' } }])).toContain('must be now, a duration ago');
    expect(problem([{ prometheus: { url: 'http://p', columns: { a: 'up' }, range: { start: '-7d', step: '1 hour' } } }])).toContain('must be a duration like');
  });

  it('rejects misspelt keys', () => {
    expect(problem([{ http: { url: 'https://x', row: '/data' } }])).toMatch(/sources\[0\]\.http: Unrecognized key.*"row"/);
  });

  it('points at the line of a mistake in a YAML input, with did-you-mean', () => {
    expect(parseSourcesText(EXAMPLE, 'sources input').length).toBe(3);
    const text = '- files: prod/*.csv\n- prometheus:\n    url: http://p:9090\n    metrix: { a: up }\n';
    expect(() => parseSourcesText(text, 'sources input')).toThrow(/^sources input:4:5: unknown key "metrix" in \[1\]\.prometheus \(did you mean "metrics"\?/);
    expect(() => parseSourcesText('- htp: { url: "https://x" }\n', 'sources input')).toThrow(/unknown key "htp".*did you mean "http"\?/);
  });
});

describe('times and durations', () => {
  const now = Date.parse('2025-06-08T12:00:00Z');
  it('parses Prometheus durations and relative times', () => {
    expect(parseDuration('1h30m')).toBe(5_400_000);
    expect(parseDuration('7d')).toBe(604_800_000);
    expect(parseDuration('1y')).toBe(365 * 86_400_000);
    expect(parseDuration('1.5h')).toBeUndefined();
    expect(formatDuration(604_800_000)).toBe('1w');
    expect(formatDuration(5_400_000)).toBe('90m');
    expect(new Date(parseTimeSpec('-7d', now, 'x')).toISOString()).toBe('2025-06-01T12:00:00.000Z');
    expect(new Date(parseTimeSpec('now-90m', now, 'x')).toISOString()).toBe('2025-06-08T10:30:00.000Z');
    expect(new Date(parseTimeSpec('2025-06-01', now, 'x')).toISOString()).toBe('2025-06-01T00:00:00.000Z');
    expect(new Date(parseTimeSpec('2025-06-01T02:00:00+02:00', now, 'x')).toISOString()).toBe('2025-06-01T00:00:00.000Z');
    expect(() => parseTimeSpec('2025-13-01', now, 'range.start')).toThrow(/range.start: "2025-13-01" is not a time/);
  });

  it('hides credentials in urls shown in reports', () => {
    expect(displayUrl('https://user:pw@api.example.com/rows?days=7&api_key=abc&token=t')).toBe('https://api.example.com/rows?days=7&api_key=***&token=***');
  });
});
