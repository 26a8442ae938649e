/**
 * drift-check's `metrics_file` source: production metrics a batch job wrote as JSON, YAML or CSV (read
 * as `evaluate --import` reads them), the newest match of a dated glob, feeding the metric rules; and
 * the mistakes it names (a metric not in the file, a glob that matches nothing, a bad key).
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkDrift } from '../../shared/drift/drift-check.js';
import { parseSources } from '../../shared/drift/sources/source-config.js';
import { validateData } from '../../shared/steps/validate-data.js';
import { repoRoot } from '../support/run-action.js';

const DATA = join(repoRoot, 'examples/weather/data');
let dir: string;
let profile: string;
const data = () => ({ files: [join(DATA, 'seattle-2012-2014.csv')] });
const columns = { date: { ignore: true } };

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlops-metrics-file-'));
  profile = join(dir, 'profile.json');
  await validateData({ data: join(DATA, 'seattle-2012-2014.csv'), profileOut: profile });
  await mkdir(join(dir, 'reports'));
  // A nightly job's files: the newest by name is read.
  await writeFile(join(dir, 'reports/metrics-2026-12-01.json'), JSON.stringify({ summary: { accuracy: 0.95 } }));
  await writeFile(join(dir, 'reports/metrics-2026-12-05.json'), JSON.stringify({ summary: { accuracy: 0.71, latency_p95: 0.2 } }));
  await writeFile(join(dir, 'metrics.yaml'), 'accuracy: 0.93\nlatency:\n  p95: 0.31\n');
  await writeFile(join(dir, 'metrics.csv'), 'metric,value\naccuracy,0.92\n');
}, 60_000);

async function check(source: unknown, rules: Record<string, { min?: number; max?: number }>) {
  const sources = parseSources([data(), source], 'test');
  return checkDrift({ model: 'weather', reference: { kind: 'file', path: profile }, sources, config: { columns, metrics: rules }, out: join(dir, `drift-${Math.random()}.json`), env: {} });
}

describe('metrics_file sources', () => {
  it('reads the newest match of a dated glob, with names as evaluate --import gives them', async () => {
    const r = await check({ metrics_file: { path: join(dir, 'reports/metrics-*.json'), metrics: { accuracy: 'summary.accuracy' } } }, { accuracy: { min: 0.85 } });
    expect(r.report.decision).toBe('degradation');
    expect(r.report.metrics).toMatchObject([{ name: 'accuracy', value: 0.71, passed: false, source: expect.stringMatching(/^metrics_file: .*metrics-2026-12-05.json summary.accuracy$/) }]);
    expect(r.report.current.sources.find((s) => s.kind === 'metrics_file')).toMatchObject({ name: join(dir, 'reports/metrics-*.json'), rows: null });
  });

  it('takes every metric of a YAML or CSV file under its own name when no mapping is given', async () => {
    const yaml = await check({ metrics_file: join(dir, 'metrics.yaml') }, { accuracy: { min: 0.85 }, 'latency.p95': { max: 0.25 } });
    expect(yaml.report.metrics.map((m) => [m.name, m.value, m.passed])).toEqual([['accuracy', 0.93, true], ['latency.p95', 0.31, false]]);
    const csv = await check({ metrics_file: join(dir, 'metrics.csv') }, { accuracy: { min: 0.85 } });
    expect(csv.report.metrics.map((m) => [m.name, m.value, m.passed])).toEqual([['accuracy', 0.92, true]]);
    expect(csv.report.decision).toBe('ok');
  });

  it('names what is wrong: a metric not in the file, a glob that matches nothing, an unknown key', async () => {
    await expect(check({ metrics_file: { path: join(dir, 'metrics.yaml'), metrics: { accuracy: 'acc' } } }, {})).rejects.toThrow(/no metric "acc" in the file \(for accuracy\)/);
    await expect(check({ metrics_file: join(dir, 'nightly/*.json') }, {})).rejects.toThrow(/no file matches/);
    expect(() => parseSources([{ metrics_file: { path: 'x.json', metric: {} } }], 'mlops.yaml')).toThrow(/metric/);
    expect(() => parseSources([{ metrics_file: 'x.json', files: ['y.csv'] }], 'mlops.yaml')).toThrow(/one source per list item/);
  });
});
