import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedFile } from '../../support/shared-workspace.js';
import { InputError } from '../../../shared/runtime/errors.js';
import { importDvcMetrics } from '../../../shared/model/import/dvc.js';

const { path: dvcData, absent: noRealdata } = sharedFile('realdata/dvc', 'real DVC project tests');

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'mlops-import-dvc-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});
async function project(name: string, files: Record<string, string>): Promise<string> {
  const dir = path.join(tmp, name);
  for (const [rel, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, rel)), { recursive: true });
    await writeFile(path.join(dir, rel), text);
  }
  return dir;
}

describe.skipIf(noRealdata)('importDvcMetrics on iterative/example-get-started', () => {
  // Expected values copied by hand from each snapshot's eval/live/metrics.json (cat), not from our code.
  it('reads the evaluate stage metrics of the baseline commit', async () => {
    const r = await importDvcMetrics(path.join(dvcData, '1-baseline-eval'));
    expect(r.files).toEqual(['eval/live/metrics.json']);
    expect(r.metrics).toEqual({
      'avg_prec.train': 0.957035519466975,
      'avg_prec.test': 0.9014016422240393,
      'roc_auc.train': 0.9774311166774401,
      'roc_auc.test': 0.9319648794149968,
    });
    expect(r.params).toMatchObject({ 'featurize.max_features': 100, 'featurize.ngrams': 1 });
  });
  it('shows the bigrams commit improving test roc_auc from 0.93196 to 0.94602', async () => {
    const base = await importDvcMetrics(path.join(dvcData, '1-baseline-eval'));
    const bigrams = await importDvcMetrics(path.join(dvcData, '2-bigrams-eval'));
    expect(bigrams.metrics['roc_auc.test']).toBe(0.9460213440787918);
    expect(bigrams.metrics['avg_prec.test']).toBe(0.9249974999612706);
    expect(base.metrics['roc_auc.test']).toBeCloseTo(0.93196, 5);
    expect(bigrams.metrics['roc_auc.test']).toBeCloseTo(0.94602, 5);
    expect(bigrams.params).toMatchObject({ 'featurize.max_features': 200, 'featurize.ngrams': 2 });
  });
});

describe('importDvcMetrics on constructed projects', () => {
  it('prefixes keys with the file path when several metrics files are declared, top-level and per stage', async () => {
    const dir = await project('multi', {
      'dvc.yaml': 'metrics:\n  - summary.yaml\nstages:\n  train:\n    cmd: python train.py\n    metrics:\n      - out/train.json:\n          cache: false\n      - out/missing.json\n',
      'summary.yaml': 'acc: 0.9\n',
      'out/train.json': '{"acc": 0.95, "loss": NaN}',
    });
    const r = await importDvcMetrics(dir);
    expect(r.metrics).toEqual({ 'summary.yaml:acc': 0.9, 'out/train.json:acc': 0.95 });
    expect(r.missing).toEqual(['out/missing.json']);
    expect(r.skipped).toEqual([{ key: 'out/train.json:loss', reason: 'not finite (NaN)' }]);
  });
  it('says so when dvc.yaml declares no metrics, or none of them exists', async () => {
    const none = await project('none', { 'dvc.yaml': 'stages:\n  a:\n    cmd: echo\n' });
    await expect(importDvcMetrics(none)).rejects.toThrow(/declares no metrics/);
    const gone = await project('gone', { 'dvc.yaml': 'stages:\n  a:\n    cmd: echo\n    metrics:\n    - m.json\n' });
    await expect(importDvcMetrics(gone)).rejects.toThrow(/none exists \(m\.json\).*dvc pull/);
  });
  it('reports a broken metrics file with its own path and position', async () => {
    const dir = await project('broken', { 'dvc.yaml': 'metrics: [m.json]\n', 'm.json': '{"acc": 0.9,,}' });
    const e = await importDvcMetrics(dir).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).location).toEqual({ file: path.join(dir, 'm.json'), line: 1, column: 13 });
  });
  it('rejects a folder without dvc.yaml', async () => {
    const dir = await project('empty', { 'README.md': '# nothing\n' });
    await expect(importDvcMetrics(dir)).rejects.toThrow(/cannot read dvc\.yaml/);
  });
});
