/**
 * checkDrift end to end in process: real data (the example weather project), a data-file or profile
 * reference, per-column overrides, metric rules fed by an HTTP source (a local server), and the
 * decision. The statistics themselves are checked against SciPy in stats.test.ts.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validateData } from '../../shared/steps/validate-data.js';
import { checkDrift } from '../../shared/drift/drift-check.js';
import { driftReportSchema } from '../../shared/formats/drift-format.js';
import { checkMetricRules } from '../../shared/drift/metric-rules.js';
import { repoRoot } from '../support/run-action.js';

const DATA = join(repoRoot, 'examples/weather/data');
let dir: string;
let profile: string;
let server: Server;
let url: string;
let metrics: Record<string, unknown> = {};

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlops-drift-check-'));
  profile = join(dir, 'profile.json');
  await validateData({ data: join(DATA, 'seattle-2012-2014.csv'), profileOut: profile, reportOut: join(dir, 'validation.json') });
  server = createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ summary: metrics }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/metrics`;
}, 60_000);
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const files = (name: string) => ({ files: [join(DATA, name)] });
const columns = { date: { ignore: true } };

describe('checkDrift', () => {
  it('finds real drift (New York against Seattle), exact against a data file and by sketch against its profile, with the same decisions', async () => {
    const exact = await checkDrift({ model: 'weather', reference: { kind: 'file', path: join(DATA, 'seattle-2012-2014.csv') }, sources: [files('new-york-2015.csv')], config: { columns }, out: join(dir, 'exact.json') });
    const sketch = await checkDrift({ model: 'weather', reference: { kind: 'file', path: profile }, sources: [files('new-york-2015.csv')], config: { columns }, out: join(dir, 'sketch.json') });
    expect(exact.report.reference).toMatchObject({ kind: 'data', rows: 1096 });
    expect(sketch.report.reference).toMatchObject({ kind: 'profile', rows: 1096 });
    expect(exact.report.decision).toBe('drift');
    expect(exact.report.data).toMatchObject({ dataset_drift: true, tested: 5, skipped: [{ column: 'date', reason: 'ignored (drift.models.<model>.columns)' }] });
    expect(exact.report.data.columns.every((c) => c.method === 'exact')).toBe(true);
    expect(sketch.report.data.columns.some((c) => c.method === 'sketch')).toBe(true);
    expect(sketch.report.data.columns.map((c) => [c.column, c.test, c.drifted])).toEqual(exact.report.data.columns.map((c) => [c.column, c.test, c.drifted]));
    // The report on disk is the one returned.
    expect(JSON.parse(readFileSync(exact.path, 'utf8'))).toEqual(exact.report);
  });

  it('takes a configured test and threshold per column, and the share threshold', async () => {
    const r = await checkDrift({
      model: 'weather',
      reference: { kind: 'file', path: join(DATA, 'seattle-2012-2014.csv') },
      sources: [files('new-york-2015.csv')],
      config: { columns: { ...columns, wind: { test: 'ks', threshold: 0.01 }, weather: { ignore: true } }, share: 0.9 },
      out: join(dir, 'configured.json'),
    });
    const wind = r.report.data.columns.find((c) => c.column === 'wind')!;
    expect(wind).toMatchObject({ test: 'ks', threshold: 0.01, reason: expect.stringMatching(/configured/) });
    expect(wind.p_value).toBeLessThan(0.01);
    expect(r.report.data.share_threshold).toBe(0.9);
    expect(r.report.data.tested).toBe(4);
  });

  it('is ok on the training data itself, and degraded when a metric from an HTTP source breaks a rule', async () => {
    metrics = { accuracy: 0.91, latency_p95: 0.31 };
    const sources = [files('seattle-2012-2014.csv'), { http: { url, metrics: { accuracy: '/summary/accuracy', latency_p95: '/summary/latency_p95' } } }];
    const ok = await checkDrift({ model: 'weather', reference: { kind: 'file', path: profile }, sources, config: { columns, metrics: { accuracy: { min: 0.85 } } }, out: join(dir, 'ok.json') });
    expect(ok.report.decision).toBe('ok');
    expect(ok.report.data.drifted).toBe(0);
    expect(ok.report.metrics).toEqual([expect.objectContaining({ name: 'accuracy', rule: 'min', value: 0.91, passed: true })]);

    const slow = await checkDrift({ model: 'weather', reference: { kind: 'file', path: profile }, sources, config: { columns, metrics: { latency_p95: { max: 0.25 } } }, out: join(dir, 'slow.json') });
    expect(slow.report.decision).toBe('degradation');
    expect(slow.report.reasons).toEqual([expect.stringMatching(/^degradation: latency_p95 0\.31 > 0\.25 \(max\)/)]);
  });

  it('lists column alarms with the share rule still deciding, and makes them drift with fail_on: column', async () => {
    // New York 2015 as the reference (365 rows: KS and chi-square), Seattle 2015 as production: four of
    // five columns drift, three of them at p far below 1e-6. A team that sets share 0.9 gets "ok" and
    // the alarms; fail_on: column turns the same evidence into drift.
    const base = { model: 'weather', reference: { kind: 'file' as const, path: join(DATA, 'new-york-2015.csv') }, sources: [files('seattle-2015.csv')] };
    const warned = await checkDrift({ ...base, config: { columns, share: 0.9 }, out: join(dir, 'alarm-warn.json') });
    expect(warned.report.decision).toBe('ok');
    expect(warned.report.data).toMatchObject({ dataset_drift: false, drifted: 4, tested: 5, fail_on: 'dataset', alarm_rules: { p_value: 1e-6, distance_ratio: 3 } });
    const alarms = warned.report.data.alarms!;
    expect(alarms.map((a) => [a.column, a.test, a.rule])).toEqual([['wind', 'ks', 'p_value'], ['weather', 'chisquare', 'p_value'], ['temp_min', 'ks', 'p_value']]);
    for (const a of alarms) expect(a.p_value).toBeLessThan(1e-6);
    // temp_max drifted (KS p 6.7e-4) but is no alarm.
    expect(warned.report.data.columns.find((c) => c.column === 'temp_max')).toMatchObject({ drifted: true });
    expect(warned.report.reasons[0]).toBe('column alarm: 3 columns far past their thresholds (wind, weather, temp_min): a warning (fail-on dataset; fail-on column makes it drift)');

    const failing = await checkDrift({ ...base, config: { columns, share: 0.9, fail_on: 'column' }, out: join(dir, 'alarm-fail.json') });
    expect(failing.report.decision).toBe('drift');
    expect(failing.report.data.dataset_drift).toBe(false);
    expect(failing.report.reasons[0]).toMatch(/^column alarm: 3 columns .*: drift \(fail-on column\)$/);

    // A floor of 1e-12 keeps the two strongest (p 2.1e-34 and 3.2e-15); temp_min's 8.1e-11 is above it.
    const strict = await checkDrift({ ...base, config: { columns, share: 0.9, fail_on: 'column', alarms: { p_value: 1e-12 } }, out: join(dir, 'alarm-strict.json') });
    expect(strict.report.data.alarms!.map((a) => a.column)).toEqual(['wind', 'weather']);
    expect(strict.report.data.alarm_rules).toEqual({ p_value: 1e-12, distance_ratio: 3 });
  });

  it('alarms on distances against the published profile too: New York temperatures and wind are 3× past the threshold', async () => {
    const r = await checkDrift({ model: 'weather', reference: { kind: 'file', path: profile }, sources: [files('new-york-2015.csv')], config: { columns }, out: join(dir, 'alarm-distance.json') });
    expect(r.report.data.alarms!.map((a) => [a.column, a.rule])).toEqual([['wind', 'distance'], ['temp_min', 'distance'], ['temp_max', 'distance']]);
    for (const a of r.report.data.alarms!) expect(a.statistic).toBeGreaterThanOrEqual(0.3);
    // Precipitation (0.157) and the weather labels (JS 0.162) drifted, within 2× of the threshold.
    expect(r.report.data.columns.filter((c) => c.drifted).map((c) => c.column).sort()).toEqual(['precipitation', 'temp_max', 'temp_min', 'weather', 'wind']);
  });

  it('reads a report written before alarms existed as one without alarms', async () => {
    const r = await checkDrift({ model: 'weather', reference: { kind: 'file', path: profile }, sources: [files('seattle-2015.csv')], config: { columns }, out: join(dir, 'old.json') });
    const { alarms: _a, alarm_rules: _r, fail_on: _f, ...data } = r.report.data;
    const old = driftReportSchema.parse({ ...r.report, data });
    expect(old.data.alarms).toBeUndefined();
    expect(r.report.data.alarms).toEqual([]);
  });

  it('stops on broken evidence before writing a report', async () => {
    const out = join(dir, 'broken.json');
    await expect(checkDrift({ model: 'weather', reference: { kind: 'file', path: profile }, sources: [{ http: { url: 'http://127.0.0.1:9/none', rows: '/data' } }], config: { columns }, out })).rejects.toThrow(/127\.0\.0\.1:9/);
    await expect(checkDrift({ model: 'weather', reference: { kind: 'file', path: join(dir, 'nope.json') }, sources: [files('new-york-2015.csv')], out })).rejects.toThrow(/reference file not found/);
    expect(existsSync(out)).toBe(false);
  });
});

describe('checkMetricRules', () => {
  const values = new Map([['accuracy', { value: 0.82, source: 'prometheus: q' }]]);
  it('checks min, max and max_drop against the release, and fails a rule no source fed', () => {
    const checks = checkMetricRules({ accuracy: { min: 0.8, max_drop: 0.03 }, latency_p95: { max: 0.2 } }, values, (name) => (name === 'accuracy' ? 0.86 : undefined));
    expect(checks.map((c) => [c.name, c.rule, c.passed])).toEqual([['accuracy', 'min', true], ['accuracy', 'max_drop', false], ['latency_p95', 'max', false]]);
    expect(checks[1]).toMatchObject({ baseline: 0.86, message: "accuracy 0.82 is 0.04 below the release's 0.86 (max_drop 0.03)" });
    expect(checks[2]!.message).toMatch(/no source delivered a value/);
  });
  it('fails max_drop without a baseline and says why', () => {
    const [c] = checkMetricRules({ accuracy: { max_drop: 0.03 } }, values, () => undefined);
    expect(c).toMatchObject({ passed: false, baseline: null, message: expect.stringMatching(/needs the released model's accuracy/) });
  });
});
