/**
 * Prometheus sources against a real server (Debian's prometheus 2.42, test/support/prometheus.ts)
 * holding backfilled series built from the weather example's real data:
 * - `weather_temp_max_celsius{city}`: New York's and Seattle's 2015 daily maxima
 *   (examples/weather/data), one day per hour over the last 365 hours;
 * - `model_predictions_total` / `model_correct_predictions_total`: counters of the example model's
 *   real predictions for New York 2015 (examples/weather/train.ts, through test/support/weather-candidate.ts), one per hour;
 * - `request_duration_seconds`: a latency histogram of seeded log-normal request times.
 * Expected numbers come from the CSV files and the raw latencies, not from Prometheus.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCurrentData } from '../../../shared/drift/sources/read-sources.js';
import { parseSources, type SourceConfig } from '../../../shared/drift/sources/source-config.js';
import type { NumericColumn } from '../../../shared/drift/sources/collect-columns.js';
import { InputError } from '../../../shared/runtime/errors.js';
import { freePort, prometheusMissing, sampleLine, startPrometheus, type PrometheusServer } from '../../support/prometheus.js';
import { mulberry32 } from '../../support/mulberry32.js';
import { trainedWeatherModel } from '../../support/weather-candidate.js';

const missing = prometheusMissing();
if (missing) console.warn(`skipping the Prometheus source tests: ${missing}`);

const HOUR = 3600;
const BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const REQUESTS_PER_HOUR = 200;

function csvColumn(text: string, column: string): string[] {
  const [header, ...lines] = text.trim().split('\n');
  const c = header!.split(',').indexOf(column);
  return lines.map((l) => l.split(',')[c]!);
}


let server: PrometheusServer;
let modelDir: string;
/** Timestamp (s) of the last sample: the top of the previous hour, so everything is in the past. */
let last: number;
let nyTemps: number[];
let correct: number;
let total: number;
let latencies: number[];

beforeAll(async () => {
  if (missing) return;
  last = Math.floor(Date.now() / 1000 / HOUR) * HOUR - HOUR;
  const ny = await readFile('examples/weather/data/new-york-2015.csv', 'utf8');
  const sea = await readFile('examples/weather/data/seattle-2015.csv', 'utf8');
  nyTemps = csvColumn(ny, 'temp_max').map(Number);
  const seaTemps = csvColumn(sea, 'temp_max').map(Number);

  modelDir = await mkdtemp(join(tmpdir(), 'mlops-prom-model-'));
  await trainedWeatherModel(modelDir, undefined);
  const predictions = await readFile(join(modelDir, 'predictions-new-york.csv'), 'utf8');
  const labels = csvColumn(predictions, 'label');
  const predicted = csvColumn(predictions, 'prediction');
  const hits = labels.map((l, i) => (l === predicted[i] ? 1 : 0));
  total = hits.length;
  correct = hits.reduce((a: number, b) => a + b, 0);

  const rand = mulberry32(20240101);
  const normal = () => Math.sqrt(-2 * Math.log(1 - rand())) * Math.cos(2 * Math.PI * rand());
  latencies = [];

  const at = (i: number) => last - (364 - i) * HOUR;
  const lines: string[] = [];
  lines.push('# HELP weather_temp_max_celsius Daily maximum temperature (one 2015 day per hour).', '# TYPE weather_temp_max_celsius gauge');
  for (const [city, temps] of [['new-york', nyTemps], ['seattle', seaTemps]] as const) {
    temps.forEach((v, i) => lines.push(sampleLine('weather_temp_max_celsius', { city }, v, at(i))));
  }
  lines.push('# HELP model_predictions Predictions served.', '# TYPE model_predictions counter');
  hits.forEach((_, i) => lines.push(sampleLine('model_predictions_total', { model: 'weather' }, i + 1, at(i))));
  lines.push('# HELP model_correct_predictions Predictions that matched the label.', '# TYPE model_correct_predictions counter');
  let c = 0;
  hits.forEach((h, i) => lines.push(sampleLine('model_correct_predictions_total', { model: 'weather' }, (c += h), at(i))));

  lines.push('# HELP request_duration_seconds Time to serve a prediction.', '# TYPE request_duration_seconds histogram');
  const cumulative = new Array<number>(BUCKETS.length + 1).fill(0);
  let sum = 0;
  for (let i = 0; i < 365; i++) {
    for (let r = 0; r < REQUESTS_PER_HOUR; r++) {
      // Log-normal around 80 ms, sigma 0.6: a typical model server's latency shape.
      const x = Math.exp(Math.log(0.08) + 0.6 * normal());
      latencies.push(x);
      sum += x;
      for (let b = 0; b < BUCKETS.length; b++) if (x <= BUCKETS[b]!) cumulative[b]!++;
      cumulative[BUCKETS.length]!++;
    }
    BUCKETS.forEach((le, b) => lines.push(sampleLine('request_duration_seconds_bucket', { le: String(le) }, cumulative[b]!, at(i))));
    lines.push(sampleLine('request_duration_seconds_bucket', { le: '+Inf' }, cumulative[BUCKETS.length]!, at(i)));
    lines.push(sampleLine('request_duration_seconds_count', {}, cumulative[BUCKETS.length]!, at(i)));
    lines.push(sampleLine('request_duration_seconds_sum', {}, sum, at(i)));
  }
  lines.push('# EOF', '');
  server = await startPrometheus(lines.join('\n'));
}, 60_000);

afterAll(async () => {
  await server?.stop();
  if (modelDir) await rm(modelDir, { recursive: true, force: true });
});

/** A source list as a user writes it (checked by the same schema as mlops.yaml's). */
function sources(prometheus: Record<string, unknown>, extra: unknown[] = []): SourceConfig[] {
  return parseSources([{ prometheus: { url: server.url, ...prometheus } }, ...extra], 'test');
}

function read(list: SourceConfig[], wanted: Array<{ name: string; kind: 'numeric' | 'categorical' }> = []) {
  return readCurrentData(list, wanted, { env: {}, now: new Date(last * 1000) });
}

async function failure(p: Promise<unknown>): Promise<InputError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

describe.skipIf(missing !== undefined)('prometheus sources (a real Prometheus server)', () => {
  it('backfilled the series with promtool', () => {
    expect(server.backfill).toMatch(/BLOCK ULID/);
  });

  it('reads instant queries as metrics: the model accuracy from its prediction counters', async () => {
    const current = await read(
      sources({
        range: { start: '-365h', end: 'now', step: '1h' },
        metrics: {
          accuracy: 'sum(model_correct_predictions_total{model="weather"}) / sum(model_predictions_total{model="weather"})',
          mean_temp_max: 'avg_over_time(weather_temp_max_celsius{city="new-york"}[$__range])',
        },
      }),
    );
    const accuracy = current.metrics.get('accuracy')!;
    expect(accuracy.value).toBeCloseTo(correct / total, 12);
    // README: New York 2015 accuracy 0.858 (mlops evaluate).
    expect(accuracy.value).toBeCloseTo(0.858, 3);
    expect(accuracy.source).toBe('prometheus: sum(model_correct_predictions_total{model="weather"}) / sum(model_predictions_total{model="weather"})');
    const mean = nyTemps.reduce((a, b) => a + b, 0) / nyTemps.length;
    expect(current.metrics.get('mean_temp_max')!.value).toBeCloseTo(mean, 9);
    // $__range became the window's length.
    expect(current.metrics.get('mean_temp_max')!.source).toContain('[365h]');
    expect(current.sources).toEqual([{ kind: 'prometheus', name: server.url + '/', rows: null }]);
    expect(current.window).toEqual({ from: new Date((last - 365 * HOUR) * 1000).toISOString(), to: new Date(last * 1000).toISOString() });
  });

  it('reads a p95 latency from a histogram inside the bucket that holds the true p95', async () => {
    const current = await read(
      sources({
        range: { start: '-365h', step: '1h' },
        metrics: { latency_p95: 'histogram_quantile(0.95, sum by (le) (increase(request_duration_seconds_bucket[$__range])))' },
      }),
    );
    const sorted = [...latencies].sort((a, b) => a - b);
    const p95 = sorted[Math.ceil(0.95 * sorted.length) - 1]!;
    const upper = BUCKETS.find((b) => p95 <= b)!;
    const lower = BUCKETS[BUCKETS.indexOf(upper) - 1]!;
    const got = current.metrics.get('latency_p95')!.value;
    expect(got).toBeGreaterThan(lower);
    expect(got).toBeLessThanOrEqual(upper);
  });

  it('reads range queries as numeric columns: the values are the data that was backfilled', async () => {
    const current = await read(
      sources({ range: { start: '-365h', end: 'now', step: '1h' }, columns: { temp_max: 'weather_temp_max_celsius{city="new-york"}' } }),
      [{ name: 'temp_max', kind: 'numeric' }],
    );
    const col = current.columns.get('temp_max') as NumericColumn;
    expect([...col.values].sort((a, b) => a - b)).toEqual([...nyTemps].sort((a, b) => a - b));
    expect(col.missing).toBe(0);
    expect(current.rows).toBe(365);
    expect(current.sources[0]!.rows).toBe(365);
  });

  it('combines a Prometheus column with file columns', async () => {
    const current = await read(
      sources({ range: { start: '-365h', step: '1h' }, columns: { latency_p95: 'histogram_quantile(0.95, sum by (le) (rate(request_duration_seconds_bucket[2h])))' } }, [
        { files: 'examples/weather/data/new-york-2015.csv' },
      ]),
      [
        { name: 'temp_max', kind: 'numeric' },
        { name: 'weather', kind: 'categorical' },
        { name: 'latency_p95', kind: 'numeric' },
      ],
    );
    expect((current.columns.get('temp_max') as NumericColumn).values.length).toBe(365);
    const latency = current.columns.get('latency_p95') as NumericColumn;
    // rate() over 2h needs two samples: every step but the first has a value.
    expect(latency.values.length).toBeGreaterThanOrEqual(363);
    for (const v of latency.values) expect(v).toBeGreaterThan(0.05);
    expect(current.sources.map((s) => [s.kind, s.rows])).toEqual([
      ['prometheus', latency.values.length + latency.missing],
      ['file', 365],
    ]);
  });

  it('fails with Prometheus\u2019 own message on a PromQL syntax error', async () => {
    const e = await failure(read(sources({ metrics: { accuracy: 'sum(rate(model_predictions_total[5m])' } })));
    expect(e.message).toContain('query `sum(rate(model_predictions_total[5m])` failed: bad_data:');
    expect(e.message).toMatch(/parse error: unclosed left parenthesis/);
    expect(e.message).toContain(`prometheus source ${server.url}/`);
    expect(e.hint).toMatch(/fix the PromQL/);
  });

  it('fails when an instant query returns no series', async () => {
    const e = await failure(read(sources({ metrics: { accuracy: 'model_accuracy{model="weather"}' } })));
    expect(e.message).toMatch(/query `model_accuracy\{model="weather"\}` returned no series at \d{4}-/);
    expect(e.hint).toMatch(/last_over_time/);
  });

  it('fails when a range query returns no series', async () => {
    const e = await failure(read(sources({ range: { start: '-2h', step: '1h' }, columns: { x: 'nope_metric' } }), [{ name: 'x', kind: 'numeric' }]));
    expect(e.message).toMatch(/query `nope_metric` returned no series between /);
  });

  it('fails when a metric query returns several series, naming them', async () => {
    const e = await failure(read(sources({ metrics: { temp: 'last_over_time(weather_temp_max_celsius[1d])' } })));
    expect(e.message).toContain('returned 2 series');
    expect(e.message).toContain('{city="new-york"}');
    expect(e.message).toContain('{city="seattle"}');
    expect(e.hint).toMatch(/aggregate/);
  });

  it('fails when an instant query is a range vector', async () => {
    const e = await failure(read(sources({ metrics: { temp: 'weather_temp_max_celsius{city="seattle"}[1d]' } })));
    expect(e.message).toContain('returned a range vector, not a number');
    expect(e.hint).toMatch(/avg_over_time/);
  });

  it('relays the server\u2019s limit on range resolution', async () => {
    const e = await failure(read(sources({ range: { start: '-365h', step: '1m' }, columns: { x: 'weather_temp_max_celsius{city="seattle"}' } }), [{ name: 'x', kind: 'numeric' }]));
    expect(e.message).toMatch(/bad_data: exceeded maximum resolution of 11,000 points/);
  });

  it('fails clearly when the url is not the API base', async () => {
    const e = await failure(read(parseSources([{ prometheus: { url: `${server.url}/graph`, metrics: { a: 'vector(1)' } } }], 'test')));
    expect(e.message).toMatch(/HTTP 404/);
  });
});

describe('prometheus sources without a server', () => {
  it('fails when the server is unreachable', async () => {
    const port = await freePort();
    const list = parseSources([{ prometheus: { url: `http://127.0.0.1:${port}`, metrics: { a: 'vector(1)' } } }], 'test');
    const e = await failure(readCurrentData(list, [], { env: {} }));
    expect(e.message).toContain(`prometheus source http://127.0.0.1:${port}/: cannot reach http://127.0.0.1:${port}/api/v1/query: connect ECONNREFUSED`);
    expect(e.hint).toMatch(/server is up/);
  });
});

