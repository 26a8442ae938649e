/**
 * The MLflow SQLite store importer (shared/model/import/mlflow-sqlite.ts) on the two real stores in
 * ../shared/realdata/mlflow-sqlite (schema revisions 5b0e9adcef9c and 1bd49d398cd23). Every expected
 * value is what the sqlite3 command (a reader we did not write) returns for the same question:
 * the latest point of each metric by (step, timestamp, value), params, tags, best:METRIC, latest,
 * and the run behind a registered model version. Changed stores (a deleted run, a deleted
 * experiment, a new alias, an unknown revision) are temporary copies edited with sqlite3; the real
 * files are only read, and stay byte-identical.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sharedFile } from '../support/shared-workspace.js';
import { runAction } from '../support/run-action.js';
import { InputError, UsageError, type MlopsError } from '../../shared/runtime/errors.js';
import { importMetrics } from '../../shared/model/import/index.js';
import { importMlflowSqlite, parseMlflowModelSelector, sqliteUriPath } from '../../shared/model/import/mlflow-sqlite.js';

const { path: stores, absent: noRealdata } = sharedFile('realdata/mlflow-sqlite', 'MLflow SQLite store tests');
const SQLITE3 = '/usr/bin/sqlite3';
const noSqlite3 = !existsSync(SQLITE3);
if (noSqlite3) console.warn(`skipping the MLflow SQLite reference tests: ${SQLITE3} is absent (Debian package sqlite3)`);
const skip = noRealdata || noSqlite3;

const ZOOMCAMP = join(stores, 'zoomcamp-week02/mlflow.db');
const FRAUD = join(stores, 'fraud-detection/mlflow.db');

const tmp = mkdtempSync(join(tmpdir(), 'mlflow-sqlite-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Rows of `sql` as sqlite3 -json prints them (floats asked for as %!.17g text: exact round trip). */
function sq(db: string, sql: string, readonly = true): Record<string, unknown>[] {
  const r = spawnSync(SQLITE3, [...(readonly ? ['-readonly'] : []), '-json', db, sql], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`sqlite3 failed: ${r.stderr}`);
  return r.stdout.trim() === '' ? [] : (JSON.parse(r.stdout) as Record<string, unknown>[]);
}
const exec = (db: string, sql: string): void => void sq(db, sql, false);

let copies = 0;
function copyOf(db: string): string {
  const to = join(tmp, `copy-${++copies}.db`);
  copyFileSync(db, to);
  return to;
}

/** Candidate runs as MLflow sees them: the run and its experiment active, newest start first. */
const ACTIVE_RUNS = `SELECT r.run_uuid AS id FROM runs r JOIN experiments e ON e.experiment_id = r.experiment_id
  WHERE r.lifecycle_stage = 'active' AND e.lifecycle_stage = 'active' ORDER BY r.start_time DESC, r.run_uuid`;
/** Each run's latest point per metric: the highest (step, timestamp, value). */
const LATEST = `SELECT run_uuid AS id, key, printf('%!.17g', value) AS value, step, is_nan FROM (
  SELECT *, row_number() OVER (PARTITION BY run_uuid, key ORDER BY step DESC, timestamp DESC, value DESC) AS rn FROM metrics) WHERE rn = 1`;

function reference(db: string) {
  const latest = new Map<string, Map<string, { value: number; step: number; nan: boolean }>>();
  for (const r of sq(db, LATEST)) {
    const m = latest.get(String(r.id)) ?? new Map();
    m.set(String(r.key), { value: Number(r.value), step: Number(r.step), nan: r.is_nan === 1 });
    latest.set(String(r.id), m);
  }
  const keyed = (table: string) => {
    const out = new Map<string, Record<string, string>>();
    for (const r of sq(db, `SELECT run_uuid AS id, key, value FROM ${table}`)) {
      const o = out.get(String(r.id)) ?? {};
      o[String(r.key)] = r.value === null ? '' : String(r.value);
      out.set(String(r.id), o);
    }
    return out;
  };
  return { active: sq(db, ACTIVE_RUNS).map((r) => String(r.id)), latest, params: keyed('params'), tags: keyed('tags') };
}

/** The best run by sqlite3: among active runs with a finite latest value, ties to the latest start. */
function bestBySqlite(db: string, metric: string, goal: 'max' | 'min'): string | undefined {
  const latest = `SELECT run_uuid, value, is_nan FROM (SELECT *, row_number() OVER (PARTITION BY run_uuid ORDER BY step DESC, timestamp DESC, value DESC) AS rn
    FROM metrics WHERE key = '${metric}') WHERE rn = 1`;
  const rows = sq(
    db,
    `SELECT l.run_uuid AS id FROM (${latest}) l JOIN runs r ON r.run_uuid = l.run_uuid JOIN experiments e ON e.experiment_id = r.experiment_id
     WHERE r.lifecycle_stage = 'active' AND e.lifecycle_stage = 'active' AND l.is_nan = 0 AND abs(l.value) < 1.7976931348623157e308
     ORDER BY l.value ${goal === 'max' ? 'DESC' : 'ASC'}, r.start_time DESC, r.run_uuid LIMIT 1`,
  );
  return rows[0] ? String(rows[0].id) : undefined;
}

async function failure(p: Promise<unknown>): Promise<MlopsError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e, 'expected the import to fail').toBeInstanceOf(Error);
  return e as MlopsError;
}

const sha = (f: string) => createHash('sha256').update(readFileSync(f)).digest('hex');

describe.skipIf(skip)('MLflow SQLite stores, against sqlite3', () => {
  const before = skip ? {} : { z: sha(ZOOMCAMP), f: sha(FRAUD) };

  it.each([
    ['zoomcamp-week02', ZOOMCAMP, '5b0e9adcef9c'],
    ['fraud-detection', FRAUD, '1bd49d398cd23'],
  ])('%s: every active run by id gives sqlite3\'s latest metric values, params and tags', async (_name, db, revision) => {
    const ref = reference(db);
    expect(ref.active.length).toBeGreaterThan(5);
    // The reference agrees with MLflow's own latest_metrics table, which the store keeps on every write.
    for (const r of sq(db, "SELECT run_uuid AS id, key, printf('%!.17g', value) AS value, step FROM latest_metrics")) {
      expect(ref.latest.get(String(r.id))?.get(String(r.key))).toMatchObject({ value: Number(r.value), step: Number(r.step) });
    }
    let withMetrics = 0;
    for (const id of ref.active) {
      const latest = ref.latest.get(id);
      if (!latest) {
        const e = await failure(importMlflowSqlite(db, { run: id }));
        expect(e).toBeInstanceOf(InputError);
        expect(e.message).toContain(`MLflow run ${id}`);
        expect(e.message).toContain('has no metrics');
        continue;
      }
      withMetrics++;
      const r = await importMlflowSqlite(db, { run: id });
      expect(r.info.runId).toBe(id);
      expect(r.schema).toEqual({ revision, tested: true });
      const metrics = Object.fromEntries([...latest].filter(([, p]) => !p.nan).map(([k, p]) => [k, p.value]));
      const steps = Object.fromEntries([...latest].filter(([, p]) => !p.nan).map(([k, p]) => [k, p.step]));
      expect({ ...r.metrics }).toEqual(metrics);
      expect({ ...r.steps }).toEqual(steps);
      expect({ ...r.params }).toEqual(ref.params.get(id) ?? {});
      expect({ ...r.tags }).toEqual(ref.tags.get(id) ?? {});
    }
    expect(withMetrics).toBeGreaterThan(5);
  });

  it('a metric logged twice at one step takes the later timestamp (zoomcamp fun-sheep-256, best_iteration)', async () => {
    const rows = sq(ZOOMCAMP, "SELECT printf('%!.17g', value) AS v, timestamp FROM metrics WHERE run_uuid = '92025337761b47258bb509b166789a29' AND key = 'best_iteration' ORDER BY timestamp DESC");
    expect(rows.length).toBe(2);
    const r = await importMlflowSqlite(ZOOMCAMP, { run: '92025337761b47258bb509b166789a29' });
    expect(r.metrics.best_iteration).toBe(Number(rows[0].v));
  });

  it.each([
    [ZOOMCAMP, 'rmse', 'min'],
    [ZOOMCAMP, 'validation-rmse', 'min'],
    [ZOOMCAMP, 'rmse', 'max'],
    [FRAUD, 'roc_auc', 'max'],
    [FRAUD, 'roc_auc', 'min'],
  ] as const)('%s best:%s:%s is the run sqlite3 ranks first', async (db, metric, goal) => {
    const expected = bestBySqlite(db, metric, goal);
    expect(expected).toBeDefined();
    const r = await importMlflowSqlite(db, { run: `best:${metric}:${goal}` });
    expect(r.info.runId).toBe(expected);
  });

  it('best:roc_auc:max breaks the three-way tie in fraud-detection by the latest start_time', async () => {
    const tied = sq(FRAUD, "SELECT run_uuid AS id FROM metrics WHERE key = 'roc_auc' AND value = (SELECT max(value) FROM metrics WHERE key = 'roc_auc')");
    expect(tied.length).toBe(3);
    const r = await importMlflowSqlite(FRAUD, { run: 'best:roc_auc:max' });
    expect(r.info).toMatchObject({ runId: '9eff548078304dd5a3d0326a9b1c8caf', runName: 'xgboost_run_1', experimentName: 'fraud-detection-xgboost' });
  });

  it('latest is the newest active run by start_time; in zoomcamp that run has no metrics and the error says so', async () => {
    const fraudLatest = sq(FRAUD, `${ACTIVE_RUNS} LIMIT 1`)[0].id;
    expect((await importMlflowSqlite(FRAUD)).info.runId).toBe(fraudLatest);
    const zoomLatest = String(sq(ZOOMCAMP, `${ACTIVE_RUNS} LIMIT 1`)[0].id);
    const e = await failure(importMlflowSqlite(ZOOMCAMP));
    expect(e.message).toContain(`MLflow run ${zoomLatest} (sneaky-mouse-871), the latest by start_time, has no metrics`);
  });

  it('an experiment by id or by name narrows the candidates', async () => {
    const byName = await importMlflowSqlite(FRAUD, { experiment: 'fraud-detection-baseline' });
    const byId = await importMlflowSqlite(FRAUD, { experiment: '1' });
    const expected = sq(FRAUD, "SELECT run_uuid AS id FROM runs WHERE experiment_id = 1 ORDER BY start_time DESC LIMIT 1")[0].id;
    expect(byName.info.runId).toBe(expected);
    expect(byId.info.runId).toBe(expected);
    const best = await importMlflowSqlite(ZOOMCAMP, { experiment: 'my-experiment-1', run: 'best:rmse:min' }).catch((x: Error) => x);
    // my-experiment-1's runs: whatever sqlite3 says, the importer agrees.
    const refBest = sq(ZOOMCAMP, "SELECT count(*) AS n FROM metrics m JOIN runs r ON r.run_uuid = m.run_uuid WHERE r.experiment_id = 2 AND m.key = 'rmse'")[0].n;
    if (Number(refBest) === 0) expect((best as Error).message).toContain('has a finite metric "rmse"');
    const e = await failure(importMlflowSqlite(FRAUD, { experiment: 'nope' }));
    expect(e.message).toContain('no MLflow experiment with id or name "nope"');
    expect(e.message).toContain('1 (fraud-detection-baseline)');
    // A run id from another experiment is refused with the reason.
    const other = await failure(importMlflowSqlite(FRAUD, { experiment: '1', run: '9eff548078304dd5a3d0326a9b1c8caf' }));
    expect(other.message).toContain('belongs to experiment 2 ("fraud-detection-xgboost"), not to the experiment asked for (1');
  });

  it('deleted runs are never chosen: not as latest, not as best, not by id', async () => {
    const db = copyOf(FRAUD);
    const best = bestBySqlite(db, 'roc_auc', 'max')!;
    const latest = String(sq(db, `${ACTIVE_RUNS} LIMIT 1`)[0].id);
    exec(db, `UPDATE runs SET lifecycle_stage = 'deleted', deleted_time = 1 WHERE run_uuid IN ('${best}', '${latest}')`);
    expect(bestBySqlite(db, 'roc_auc', 'max')).not.toBe(best);
    expect((await importMlflowSqlite(db, { run: 'best:roc_auc:max' })).info.runId).toBe(bestBySqlite(db, 'roc_auc', 'max'));
    expect((await importMlflowSqlite(db)).info.runId).toBe(String(sq(db, `${ACTIVE_RUNS} LIMIT 1`)[0].id));
    const e = await failure(importMlflowSqlite(db, { run: best }));
    expect(e).toBeInstanceOf(InputError);
    expect(e.message).toContain(`MLflow run "${best}" is deleted (experiment 2, lifecycle_stage deleted)`);
    const prefix = await failure(importMlflowSqlite(db, { run: best.slice(0, 8) }));
    expect(prefix.message).toContain('is deleted');
  });

  it('runs of a deleted experiment are never chosen, and the experiment asked for by name is refused', async () => {
    const db = copyOf(FRAUD);
    exec(db, "UPDATE experiments SET lifecycle_stage = 'deleted' WHERE experiment_id = 2");
    const r = await importMlflowSqlite(db, { run: 'best:roc_auc:max' });
    expect(r.info.experimentId).toBe('1');
    expect(r.info.runId).toBe(bestBySqlite(db, 'roc_auc', 'max'));
    expect((await importMlflowSqlite(db)).info.experimentId).toBe('1');
    const byId = await failure(importMlflowSqlite(db, { run: '9eff548078304dd5a3d0326a9b1c8caf' }));
    expect(byId.message).toContain('belongs to experiment 2, which is deleted');
    const exp = await failure(importMlflowSqlite(db, { experiment: 'fraud-detection-xgboost' }));
    expect(exp.message).toContain('MLflow experiment 2 ("fraud-detection-xgboost") is deleted');
  });

  it('a registered model version by alias, number or latest picks the run model_versions names', async () => {
    const ref = sq(ZOOMCAMP, `SELECT a.alias, v.version, v.run_id FROM registered_model_aliases a
      JOIN model_versions v ON v.name = a.name AND v.version = a.version WHERE a.name = 'nyc-taxi-model' ORDER BY a.alias`);
    expect(ref.map((r) => r.alias)).toEqual(['in-preview', 'staging']);
    for (const { alias, version, run_id } of ref) {
      const r = await importMlflowSqlite(ZOOMCAMP, { model: `nyc-taxi-model@${String(alias)}` });
      expect(r.info.runId).toBe(run_id);
      expect(r.model).toEqual({ name: 'nyc-taxi-model', version, alias, aliases: ['in-preview', 'staging'], stage: 'None', runId: run_id });
      expect({ ...r.metrics }).toEqual(Object.fromEntries([...reference(ZOOMCAMP).latest.get(String(run_id))!].map(([k, p]) => [k, p.value])));
    }
    const v1 = sq(ZOOMCAMP, "SELECT run_id FROM model_versions WHERE name = 'nyc-taxi-model' AND version = 1")[0].run_id;
    expect((await importMlflowSqlite(ZOOMCAMP, { model: 'nyc-taxi-model/1' })).info.runId).toBe(v1);
    expect((await importMlflowSqlite(ZOOMCAMP, { model: 'models:/nyc-taxi-model/latest' })).info.runId).toBe(v1);
    const alias = await failure(importMlflowSqlite(ZOOMCAMP, { model: 'nyc-taxi-model@champion' }));
    expect(alias.message).toContain('has no alias "champion"');
    expect(alias.message).toContain('@in-preview → 1, @staging → 1');
    expect((await failure(importMlflowSqlite(ZOOMCAMP, { model: 'nyc-taxi-model/7' }))).message).toContain('version 7 of MLflow model "nyc-taxi-model" does not exist');
    expect((await failure(importMlflowSqlite(ZOOMCAMP, { model: 'taxi@staging' }))).message).toContain('registered models: nyc-taxi-model');
    await expect(importMlflowSqlite(ZOOMCAMP, { model: 'nyc-taxi-model@staging', run: 'best:rmse:min' })).rejects.toBeInstanceOf(UsageError);
  });

  it('a new version and alias (added with sqlite3) move the selection; a version whose run is deleted is refused', async () => {
    const db = copyOf(ZOOMCAMP);
    const target = 'c0f36a50523c4e0d94020fbdcde330a9';
    exec(db, `INSERT INTO model_versions (name, version, creation_time, last_updated_time, current_stage, source, run_id, status)
      VALUES ('nyc-taxi-model', 2, 1, 1, 'None', 'runs:/${target}/model', '${target}', 'READY');
      INSERT INTO registered_model_aliases (alias, version, name) VALUES ('champion', 2, 'nyc-taxi-model');`);
    const r = await importMlflowSqlite(db, { model: 'nyc-taxi-model@champion' });
    expect(r.info.runId).toBe(sq(db, "SELECT v.run_id FROM registered_model_aliases a JOIN model_versions v USING (name, version) WHERE a.alias = 'champion'")[0].run_id);
    expect(r.model).toMatchObject({ version: 2, alias: 'champion', aliases: ['champion'] });
    expect((await importMlflowSqlite(db, { model: 'nyc-taxi-model/latest' })).info.runId).toBe(target);
    exec(db, `UPDATE runs SET lifecycle_stage = 'deleted' WHERE run_uuid = '${target}'`);
    const e = await failure(importMlflowSqlite(db, { model: 'nyc-taxi-model@champion' }));
    expect(e.message).toContain(`version 2 of MLflow model "nyc-taxi-model" comes from run ${target}, which is deleted`);
    exec(db, "UPDATE model_versions SET current_stage = 'Deleted_Internal' WHERE version = 2");
    expect((await importMlflowSqlite(db, { model: 'nyc-taxi-model/latest' })).model?.version).toBe(1);
    expect((await failure(importMlflowSqlite(db, { model: 'nyc-taxi-model/2' }))).message).toContain('is deleted');
  });

  it('a revision we have not tested is read when its columns are there, and refused naming the revision and the column when not', async () => {
    const db = copyOf(FRAUD);
    exec(db, "UPDATE alembic_version SET version_num = 'ffffffffffff'");
    const r = await importMlflowSqlite(db, { run: 'best:roc_auc:max' });
    expect(r.schema).toEqual({ revision: 'ffffffffffff', tested: false });
    exec(db, 'ALTER TABLE runs RENAME COLUMN lifecycle_stage TO stage');
    const e = await failure(importMlflowSqlite(db));
    expect(e).toBeInstanceOf(InputError);
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('MLflow store schema revision "ffffffffffff" (not one we have tested) lacks what the importer reads: column "runs.lifecycle_stage"');
    expect(e.message).toContain('mlflow db upgrade');
    const noMetrics = copyOf(ZOOMCAMP);
    exec(noMetrics, "UPDATE alembic_version SET version_num = '0123abcd'; DROP TABLE latest_metrics; DROP TABLE metrics");
    expect((await failure(importMlflowSqlite(noMetrics))).message).toContain('revision "0123abcd" (not one we have tested) lacks what the importer reads: table "metrics"');
  });

  it('a file that is not SQLite, and a SQLite file that is not an MLflow store, exit 2 with what they are', async () => {
    const text = join(tmp, 'mlflow.db');
    writeFileSync(text, 'experiment_id,run_id\n1,abc\n'.repeat(20));
    const e = await failure(importMetrics(text));
    expect(e.exitCode).toBe(2);
    expect(e.message).toContain('"mlflow.db" is not a SQLite database');
    const e2 = await failure(importMlflowSqlite(text));
    expect(e2.message).toContain('not a SQLite database');
    const other = join(tmp, 'other.sqlite');
    exec(other, 'CREATE TABLE songs (title TEXT)');
    const e3 = await failure(importMetrics(other));
    expect(e3.exitCode).toBe(2);
    expect(e3.message).toContain('not an MLflow tracking store: no alembic_version, experiments or runs table (tables: songs)');
    // A store cut short (a copy taken mid-write, an upload that stopped): bad input, not our bug.
    const cut = join(tmp, 'cut.db');
    writeFileSync(cut, readFileSync(FRAUD).subarray(0, 60000));
    const e4 = await failure(importMetrics(cut));
    expect(e4.exitCode).toBe(2);
    expect(e4.message).toContain('SQLite cannot read this file: database disk image is malformed');
  });

  it('user keys such as __proto__ stay data', async () => {
    const db = copyOf(FRAUD);
    const id = '9eff548078304dd5a3d0326a9b1c8caf';
    exec(db, `INSERT INTO metrics (key, value, timestamp, run_uuid, step, is_nan) VALUES ('__proto__', 7, 1, '${id}', 0, 0), ('constructor', 8, 1, '${id}', 0, 0);
      INSERT INTO params (key, value, run_uuid) VALUES ('__proto__', 'p', '${id}'); INSERT INTO tags (key, value, run_uuid) VALUES ('__proto__', 't', '${id}')`);
    const r = await importMlflowSqlite(db, { run: id });
    expect(Object.hasOwn(r.metrics, '__proto__') && r.metrics.__proto__).toBe(7);
    expect(Object.getPrototypeOf(r.metrics)).toBeNull();
    expect(r.metrics.constructor).toBe(8);
    expect(Object.hasOwn(r.params, '__proto__') && r.params.__proto__).toBe('p');
    expect(Object.hasOwn(r.tags, '__proto__') && r.tags.__proto__).toBe('t');
  });

  it('NaN (is_nan) and MLflow\'s stored infinity are listed as non-finite, not imported', async () => {
    const db = copyOf(FRAUD);
    const id = '9eff548078304dd5a3d0326a9b1c8caf';
    exec(db, `INSERT INTO metrics (key, value, timestamp, run_uuid, step, is_nan) VALUES ('loss', 0, 5, '${id}', 3, 1), ('loss', 0.5, 4, '${id}', 2, 0), ('big', 1.7976931348623157e308, 1, '${id}', 0, 0)`);
    const r = await importMlflowSqlite(db, { run: id });
    expect(r.nonFinite).toEqual(['big', 'loss']);
    expect('loss' in r.metrics).toBe(false);
  });

  it('sqlite:/// URIs (relative and absolute) and a WAL-mode store are read; a non-empty -wal beside it is refused', async () => {
    expect(sqliteUriPath('sqlite:///mlruns/mlflow.db')).toBe('mlruns/mlflow.db');
    expect(sqliteUriPath('sqlite:////tmp/x/mlflow.db')).toBe('/tmp/x/mlflow.db');
    expect(sqliteUriPath('/tmp/x/mlflow.db')).toBeUndefined();
    const abs = await importMetrics(`sqlite:///${FRAUD}`, { mlflowRun: 'best:roc_auc:max' });
    expect(abs.source).toMatchObject({ kind: 'mlflow', path: FRAUD, details: { store: 'sqlite', schema: { revision: '1bd49d398cd23', tested: true } } });
    const rel = await importMetrics(`sqlite:///${relative(process.cwd(), FRAUD)}`, { mlflowRun: 'best:roc_auc:max' });
    expect(rel.metrics).toEqual(abs.metrics);
    const db = copyOf(FRAUD);
    exec(db, 'PRAGMA journal_mode = WAL');
    expect(readFileSync(db)[18]).toBe(2);
    expect((await importMlflowSqlite(db, { run: 'best:roc_auc:max' })).info.runId).toBe('9eff548078304dd5a3d0326a9b1c8caf');
    writeFileSync(`${db}-wal`, Buffer.alloc(4096, 1));
    expect((await failure(importMlflowSqlite(db))).message).toContain('-wal is beside it and not empty');
  });

  it('parses model selectors', () => {
    expect(parseMlflowModelSelector('m@champion')).toEqual({ kind: 'alias', name: 'm', alias: 'champion' });
    expect(parseMlflowModelSelector('models:/m/3')).toEqual({ kind: 'version', name: 'm', version: 3 });
    expect(parseMlflowModelSelector('m/latest')).toEqual({ kind: 'latest', name: 'm' });
    expect(() => parseMlflowModelSelector('m')).toThrow(UsageError);
    expect(() => parseMlflowModelSelector('m@')).toThrow(UsageError);
  });

  it('never writes to the store', () => {
    expect({ z: sha(ZOOMCAMP), f: sha(FRAUD) }).toEqual(before);
  });
});

describe.skipIf(skip)('mlops evaluate --import mlflow.db (bundled CLI)', () => {
  const root = resolve(import.meta.dirname, '../..');
  const mlops = (args: string[]) => spawnSync(process.execPath, [join(root, 'bin/mlops.js'), ...args], { encoding: 'utf8', cwd: root });

  it('writes the report of the run behind an alias, and exits 2 on an unknown revision', () => {
    const out = join(tmp, 'cli.json');
    const r = mlops(['evaluate', '--import', `sqlite:///${ZOOMCAMP}`, '--mlflow-model', 'nyc-taxi-model@staging', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(out, 'utf8'));
    const runId = String(sq(ZOOMCAMP, "SELECT v.run_id FROM registered_model_aliases a JOIN model_versions v USING (name, version) WHERE a.alias = 'staging'")[0].run_id);
    expect(report.imported.details.run.runId).toBe(runId);
    const latest = reference(ZOOMCAMP).latest.get(runId)!;
    for (const [k, p] of latest) expect(report.metrics[k].value).toBe(p.value);
    expect(report.imported.details.model).toMatchObject({ name: 'nyc-taxi-model', alias: 'staging', version: 1 });

    const db = copyOf(ZOOMCAMP);
    exec(db, "UPDATE alembic_version SET version_num = 'deadbeef0000'; ALTER TABLE metrics RENAME COLUMN is_nan TO nan_flag");
    const bad = mlops(['evaluate', '--import', db, '--out', join(tmp, 'bad.json')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('schema revision "deadbeef0000"');
    expect(bad.stderr).toContain('column "metrics.is_nan"');
    writeFileSync(join(tmp, 'junk.db'), 'not a database at all, just text '.repeat(10));
    const junk = mlops(['evaluate', '--import', join(tmp, 'junk.db'), '--out', join(tmp, 'junk.json')]);
    expect(junk.status).toBe(2);
    expect(junk.stderr).toContain('is not a SQLite database');
  });
});

describe.skipIf(skip)('evaluate action with mlflow-model (dist bundle, as the runner runs it)', () => {
  it('imports the run behind NAME@ALIAS from the mlflow.db in the workspace', async () => {
    const run = await runAction('evaluate', {
      files: { 'tracking/mlflow.db': readFileSync(ZOOMCAMP) },
      inputs: { import: 'sqlite:///tracking/mlflow.db', 'mlflow-model': 'nyc-taxi-model@in-preview', 'mlflow-experiment': 'nyc-taxi-experiment' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const runId = String(sq(ZOOMCAMP, "SELECT v.run_id FROM registered_model_aliases a JOIN model_versions v USING (name, version) WHERE a.alias = 'in-preview'")[0].run_id);
    const expected = Object.fromEntries([...reference(ZOOMCAMP).latest.get(runId)!].map(([k, p]) => [k, p.value]));
    expect(JSON.parse(run.outputs.metrics!)).toEqual(expected);
  });
});

const { path: packt, absent: noPackt } = sharedFile('realdata/mlflow/packt-hyperparameter-tuning/mlruns', 'mlruns experiment selector tests');

describe.skipIf(noPackt)('the experiment selector on an mlruns store (the same option as for mlflow.db)', () => {
  it('narrows by id or name, refuses an experiment with no active runs, and --mlflow-model asks for mlflow.db', async () => {
    const byId = await importMetrics(packt, { mlflowExperiment: '6', mlflowRun: 'best:foo:max' });
    const byName = await importMetrics(packt, { mlflowExperiment: 'example1', mlflowRun: 'best:foo:max' });
    expect(byId.metrics).toEqual({ foo: 2.2922696453675444 });
    expect(byName.metrics).toEqual(byId.metrics);
    expect(byId.source.details).toMatchObject({ experiment: '6' });
    // Experiment 0's only run is deleted.
    const e = await failure(importMetrics(packt, { mlflowExperiment: '0' }));
    expect(e.message).toContain('no active MLflow experiment with id or name "0" holds active runs');
    expect(e.message).toContain('6 (example1)');
    const m = await failure(importMetrics(packt, { mlflowModel: 'm@champion' }));
    expect(m).toBeInstanceOf(UsageError);
    expect(m.message).toContain('--mlflow-model reads the model registry of an MLflow SQLite store');
  });
});
