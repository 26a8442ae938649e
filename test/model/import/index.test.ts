import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedFile } from '../../support/shared-workspace.js';
import { InputError } from '../../../shared/runtime/errors.js';
import { detectMetricsKind, importMetrics } from '../../../shared/model/import/index.js';

const { path: realdata, absent: noRealdata } = sharedFile('realdata', 'real-file importMetrics tests');

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'mlops-import-index-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe.skipIf(noRealdata)('importMetrics detects each kind on real files', () => {
  it('a DVC project folder, and its dvc.yaml', async () => {
    const dir = path.join(realdata, 'dvc/2-bigrams-eval');
    const r = await importMetrics(dir);
    expect(r.source).toMatchObject({ kind: 'dvc', path: dir, details: { files: ['eval/live/metrics.json'] } });
    expect(r.metrics['roc_auc.test']).toBe(0.9460213440787918); // from eval/live/metrics.json, by hand
    expect((await importMetrics(path.join(dir, 'dvc.yaml'))).source.kind).toBe('dvc');
  });
  it('a JSON metrics file', async () => {
    const r = await importMetrics(path.join(realdata, 'dvc/1-baseline-eval/eval/live/metrics.json'));
    expect(r.source.kind).toBe('json');
    expect(r.metrics['roc_auc.test']).toBe(0.9319648794149968);
  });
  it('an MLflow store, from mlruns or from the folder above it', async () => {
    const mlruns = path.join(realdata, 'mlflow/packt-hyperparameter-tuning/mlruns');
    const r = await importMetrics(mlruns, { mlflowRun: 'best:foo:max' });
    expect(r.metrics).toEqual({ foo: 2.2922696453675444 });
    expect(r.source).toMatchObject({ kind: 'mlflow', path: mlruns, details: { run: { runId: 'a3112407148b4966b929bc9f8784a3d3', runName: 'PARENT_RUN', experimentId: '6' }, params: { param1: '12' } } });
    expect((await detectMetricsKind(path.dirname(mlruns))).path).toBe(mlruns);
  });
  it('a TensorBoard log folder and a single event file, with a selection', async () => {
    const dir = path.join(realdata, 'tensorboard/go-tensorboard-tf2');
    const r = await importMetrics(dir, { tensorboardSelect: { step: 10 } });
    expect(r).toMatchObject({ metrics: { my_metric: 5 }, source: { kind: 'tensorboard', details: { select: { step: 10 } } } });
    const file = path.join(dir, 'events.out.tfevents.1585499054.Jaakkos-Mac-mini.local.11684.5.v2');
    expect((await detectMetricsKind(file)).kind).toBe('tensorboard');
  });
});

describe('importMetrics on unrecognised input', () => {
  it('rejects a missing path, an unknown extension and a folder with nothing it knows', async () => {
    await expect(importMetrics(path.join(tmp, 'nope.json'))).rejects.toThrow(/does not exist/);
    const txt = path.join(tmp, 'metrics.txt');
    await writeFile(txt, 'acc 0.9\n');
    await expect(importMetrics(txt)).rejects.toThrow(/cannot tell what kind of metrics file "metrics.txt" is/);
    const dir = path.join(tmp, 'plain');
    await mkdir(dir);
    await writeFile(path.join(dir, 'notes.md'), '# hi\n');
    const e = await importMetrics(dir).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toMatch(/no metrics recognised in this folder.*dvc\.yaml.*meta\.yaml.*events\.out\.tfevents/);
  });
  it('imports CSV and YAML files by extension', async () => {
    const csv = path.join(tmp, 'm.csv');
    await writeFile(csv, 'metric,value\nauc,0.9\n');
    expect(await importMetrics(csv)).toMatchObject({ metrics: { auc: 0.9 }, source: { kind: 'csv', details: { layout: 'long' } } });
    const yml = path.join(tmp, 'm.yml');
    await writeFile(yml, 'auc: 0.8\n');
    expect(await importMetrics(yml)).toMatchObject({ metrics: { auc: 0.8 }, source: { kind: 'yaml' } });
  });
});
