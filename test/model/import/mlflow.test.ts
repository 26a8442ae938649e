import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedFile } from '../../support/shared-workspace.js';
import { InputError, UsageError } from '../../../shared/runtime/errors.js';
import { importMlflowRun, listMlflowRuns, parseMlflowRunSelector } from '../../../shared/model/import/mlflow.js';

const { path: store, absent: noRealdata } = sharedFile('realdata/mlflow/packt-hyperparameter-tuning/mlruns', 'real MLflow store tests');

const PARENT = 'a3112407148b4966b929bc9f8784a3d3';
const CHILD = 'f7d034672fce496d891b6f054749ea99';
const DELETED = 'bb55f3cea2cd4a61bfaa09714f19f792';

describe.skipIf(noRealdata)('importMlflowRun on the Packt store', () => {
  // Expected values verified by hand with cat on the store's files:
  //   6/a311…/metrics/foo  = steps 1,2,3 → value at step 3 is 2.2922696453675444
  //   6/a311…/params/param1 = "12" (no trailing newline); tags mlflow.runName = PARENT_RUN
  //   6/f7d0…: start_time 1656994881842 (> parent's 1656994881395), tag mlflow.parentRunId = a311…, no metrics
  //   0/bb55…: lifecycle_stage deleted, foo = 2.9127… (all step 0) — must never be chosen
  //   .trash/3/28886…: foo = 2.3687… — larger than the parent's, must never be chosen
  it('lists only the active runs of active experiments, with old-style meta.yaml read correctly', async () => {
    const runs = await listMlflowRuns(store);
    expect(runs.map((r) => r.runId).sort()).toEqual([PARENT, CHILD].sort());
    const parent = runs.find((r) => r.runId === PARENT)!;
    expect(parent).toMatchObject({ experimentId: '6', experimentName: 'example1', runName: 'PARENT_RUN', startTime: 1656994881395, endTime: 1656994882161, status: 'FINISHED', lifecycleStage: 'active' });
    expect(runs.find((r) => r.runId === CHILD)).toMatchObject({ runName: 'CHILD_RUN', parentRunId: PARENT });
  });
  it('takes the value at the latest step of a three-step metric, and raw params', async () => {
    const r = await importMlflowRun(store, PARENT);
    expect(r.metrics).toEqual({ foo: 2.2922696453675444 });
    expect(r.steps).toEqual({ foo: 3 });
    expect(r.params).toEqual({ param1: '12' });
    expect(r.tags['release.version']).toBe('2.2.0');
  });
  it('selects best:foo:max among active runs only (the deleted run and .trash hold larger values)', async () => {
    const r = await importMlflowRun(store, 'best:foo:max');
    expect(r.info.runId).toBe(PARENT);
    expect((await importMlflowRun(store, 'best:foo:min')).info.runId).toBe(PARENT);
  });
  it('explains that the latest run is a nested run without metrics', async () => {
    const e = await importMlflowRun(store, 'latest').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).message).toContain(`MLflow run ${CHILD} (CHILD_RUN), the latest by start_time has no metrics`);
    expect((e as InputError).message).toContain(`nested run of ${PARENT}`);
  });
  it('refuses a deleted run by id, an experiment with only deleted runs, and the .trash folder', async () => {
    await expect(importMlflowRun(store, DELETED)).rejects.toThrow(/is deleted \(experiment 0, lifecycle_stage deleted\)/);
    await expect(importMlflowRun(path.join(store, '0'))).rejects.toThrow(/no active MLflow runs/);
    await expect(importMlflowRun(path.join(store, '.trash'))).rejects.toThrow(/\.trash folder/);
  });
  it('accepts an experiment folder, a run folder and a unique id prefix', async () => {
    expect((await importMlflowRun(path.join(store, '6'), 'best:foo:max')).info.runId).toBe(PARENT);
    expect((await importMlflowRun(path.join(store, '6', PARENT))).metrics).toEqual({ foo: 2.2922696453675444 });
    expect((await importMlflowRun(store, 'a31124')).info.runId).toBe(PARENT);
  });
});

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'mlops-import-mlflow-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});
async function files(root: string, entries: Record<string, string>): Promise<string> {
  for (const [rel, text] of Object.entries(entries)) {
    await mkdir(path.dirname(path.join(root, rel)), { recursive: true });
    await writeFile(path.join(root, rel), text);
  }
  return root;
}
const runMeta = (id: string, exp: string, start: number, extra = ''): string =>
  `artifact_uri: file:///x/${exp}/${id}/artifacts\nend_time: null\nexperiment_id: '${exp}'\nlifecycle_stage: active\nrun_id: ${id}\nrun_uuid: ${id}\nrun_name: name-${id}\nstart_time: ${start}\nstatus: FINISHED\nuser_id: me\n${extra}`;

describe('importMlflowRun on constructed stores', () => {
  it('follows FileStore semantics: nested keys, (step, timestamp, value) ordering, missing step, non-finite', async () => {
    const root = await files(path.join(tmp, 'a'), {
      '1/meta.yaml': "experiment_id: '1'\nlifecycle_stage: active\nname: exp\n",
      '1/run1aaaaaa/meta.yaml': runMeta('run1aaaaaa', '1', 100),
      // key "loss/train": a nested folder; step 2 wins over later-written step 1
      '1/run1aaaaaa/metrics/loss/train': '10 0.5 1\n20 0.4 2\n30 0.9 1\n',
      // equal step: later timestamp wins; equal timestamp too: larger value wins
      '1/run1aaaaaa/metrics/acc': '10 0.7 5\n20 0.8 5\n20 0.75 5\n',
      // old two-field lines mean step 0
      '1/run1aaaaaa/metrics/f1': '5 0.3\n6 0.6\n',
      '1/run1aaaaaa/metrics/bad': '5 nan 0\n',
      '1/run1aaaaaa/params/lr': '0.01',
      '1/run1aaaaaa/params/opt/name': 'adam',
      '1/tags/mlflow.note.content': 'experiment tag folder, not a run',
      // a run whose meta names another experiment is ignored by MLflow
      '1/stray00000/meta.yaml': runMeta('stray00000', '9', 999),
      '1/stray00000/metrics/acc': '1 0.99 0\n',
      // a deleted experiment
      '2/meta.yaml': "experiment_id: '2'\nlifecycle_stage: deleted\nname: gone\n",
      '2/run2bbbbbb/meta.yaml': runMeta('run2bbbbbb', '2', 500),
      '2/run2bbbbbb/metrics/acc': '1 1.0 0\n',
    });
    const r = await importMlflowRun(root, 'latest');
    expect(r.info).toMatchObject({ runId: 'run1aaaaaa', runName: 'name-run1aaaaaa', experimentName: 'exp' });
    expect(r.metrics).toEqual({ acc: 0.8, f1: 0.6, 'loss/train': 0.4 });
    expect(r.steps).toEqual({ acc: 5, f1: 0, 'loss/train': 2 });
    expect(r.nonFinite).toEqual(['bad']);
    expect(r.params).toEqual({ lr: '0.01', 'opt/name': 'adam' });
  });
  it('breaks best:<metric> ties by the latest start_time', async () => {
    const root = await files(path.join(tmp, 'b'), {
      '0/meta.yaml': "experiment_id: '0'\nlifecycle_stage: active\nname: Default\n",
      '0/early00000/meta.yaml': runMeta('early00000', '0', 100),
      '0/early00000/metrics/auc': '1 0.9 0\n',
      '0/later00000/meta.yaml': runMeta('later00000', '0', 200),
      '0/later00000/metrics/auc': '1 0.9 0\n',
      '0/worse00000/meta.yaml': runMeta('worse00000', '0', 300),
      '0/worse00000/metrics/auc': '1 0.8 0\n',
    });
    expect((await importMlflowRun(root, 'best:auc:max')).info.runId).toBe('later00000');
    expect((await importMlflowRun(root, 'best:auc:min')).info.runId).toBe('worse00000');
    expect((await importMlflowRun(root, 'latest')).info.runId).toBe('worse00000');
    await expect(importMlflowRun(root, 'best:f1:max')).rejects.toThrow(/no active MLflow run has a finite metric "f1"/);
  });
  it('reports a malformed metric line with its file and line', async () => {
    const root = await files(path.join(tmp, 'c'), {
      '0/meta.yaml': "experiment_id: '0'\nlifecycle_stage: active\nname: Default\n",
      '0/r000000000/meta.yaml': runMeta('r000000000', '0', 1),
      '0/r000000000/metrics/acc': '1 0.5 0\n2 oops 1\n',
    });
    const e = await importMlflowRun(root).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).location).toEqual({ file: path.join(root, '0/r000000000/metrics/acc'), line: 2 });
  });
  it('rejects a folder that is not a store, and bad selectors', async () => {
    await expect(importMlflowRun(path.join(tmp, 'missing'))).rejects.toThrow(/MLflow store not found/);
    expect(() => parseMlflowRunSelector('best:auc')).toThrow(UsageError);
    expect(() => parseMlflowRunSelector('last run')).toThrow(UsageError);
    expect(parseMlflowRunSelector('best:val/acc:max')).toEqual({ kind: 'best', metric: 'val/acc', goal: 'max' });
  });
});
