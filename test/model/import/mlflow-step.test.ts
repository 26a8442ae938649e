/**
 * `--mlflow-step N`: each metric's value at a step instead of its latest, on both real MLflow stores,
 * checked against what `sqlite3` and the metric files themselves hold.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importMetrics } from '../../../shared/model/import/index.js';
import { parseMlflowStep } from '../../../shared/model/import/mlflow-step.js';
import { sharedFile } from '../../support/shared-workspace.js';

const sqlite = sharedFile('realdata/mlflow-sqlite/zoomcamp-week02/mlflow.db', 'the MLflow step check on a real mlflow.db');
const mlruns = sharedFile('realdata/mlflow/packt-hyperparameter-tuning/mlruns', 'the MLflow step check on a real mlruns store');
const noSqlite3 = !existsSync('/usr/bin/sqlite3');
if (noSqlite3) console.warn('skipping the sqlite3 comparison of --mlflow-step: /usr/bin/sqlite3 is absent');
const RUN = '821d9118ed7c4637bb3a0e020cc59e0d';

describe('--mlflow-step', () => {
  it.skipIf(sqlite.absent || noSqlite3)('reads mlflow.db metrics at a step, as sqlite3 shows them, and leaves out metrics never logged there', async () => {
    const q = (sql: string) => spawnSync('/usr/bin/sqlite3', ['-readonly', sqlite.path, sql], { encoding: 'utf8' }).stdout.trim();
    for (const step of [0, 5, 82]) {
      const r = await importMetrics(sqlite.path, { mlflowRun: RUN, mlflowStep: step });
      const want = Object.fromEntries(
        q(`SELECT key, printf('%.17g', value) FROM metrics m WHERE run_uuid='${RUN}' AND step=${step} AND timestamp=(SELECT max(timestamp) FROM metrics WHERE run_uuid=m.run_uuid AND key=m.key AND step=${step}) ORDER BY key`)
          .split('\n')
          .map((l) => l.split('|'))
          .map(([k, v]) => [k, Number(v)]),
      );
      expect({ ...r.metrics }).toEqual(want);
    }
    await expect(importMetrics(sqlite.path, { mlflowRun: RUN, mlflowStep: 100_000 })).rejects.toThrow(/has no finite metric logged at step 100000/);
  });

  it.skipIf(mlruns.absent)('reads an mlruns metric file at each of its steps', async () => {
    const run = 'a3112407148b4966b929bc9f8784a3d3';
    const lines = readFileSync(join(mlruns.path, '6', run, 'metrics/foo'), 'utf8').trim().split('\n').map((l) => l.split(' '));
    for (const [, value, step] of lines) {
      const r = await importMetrics(mlruns.path, { mlflowRun: run, mlflowStep: Number(step) });
      expect(r.metrics.foo).toBe(Number(value));
    }
    await expect(importMetrics(mlruns.path, { mlflowRun: run, mlflowStep: 7 })).rejects.toThrow(/has no finite metric logged at step 7/);
  });

  it('takes whole numbers only', () => {
    expect(parseMlflowStep(undefined)).toBeUndefined();
    expect(parseMlflowStep('12')).toBe(12);
    expect(() => parseMlflowStep('1.5')).toThrow(/must be a whole number/);
    expect(() => parseMlflowStep('latest')).toThrow(/must be a whole number/);
  });
});
