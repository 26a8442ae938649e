import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/runtime/errors.js';
import { importCsvMetrics } from '../../../shared/model/import/csv-metrics.js';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'mlops-import-csv-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});
async function file(name: string, text: string): Promise<string> {
  const p = path.join(tmp, name);
  await writeFile(p, text);
  return p;
}
async function inputError(p: Promise<unknown>): Promise<InputError> {
  const e = await p.then(() => undefined, (x: unknown) => x);
  expect(e).toBeInstanceOf(InputError);
  return e as InputError;
}

describe('importCsvMetrics', () => {
  it('takes the last row of a wide file (a training log) and skips non-numeric cells', async () => {
    const p = await file('log.csv', 'epoch,loss,val_acc,model\n0,0.9,0.5,rf\n1,0.4,0.8,rf\n\n');
    const r = await importCsvMetrics(p);
    expect(r).toMatchObject({ layout: 'wide', line: 3, rows: 2, metrics: { epoch: 1, loss: 0.4, val_acc: 0.8 } });
    expect(r.skipped).toEqual([{ key: 'model', reason: 'not a number ("rf")' }]);
  });
  it('reads a metric,value file, later rows overriding earlier ones', async () => {
    const r = await importCsvMetrics(await file('long.csv', 'Metric,Value\nauc,0.91\nf1,nan\nauc,0.93\n'));
    expect(r.layout).toBe('long');
    expect(r.metrics).toEqual({ auc: 0.93 });
    expect(r.skipped).toEqual([{ key: 'f1', reason: 'not finite (nan)' }]);
  });
  it('reads TSV by extension and by a tab-only header', async () => {
    expect((await importCsvMetrics(await file('m.tsv', 'acc\tf1\n0.9\t0.8\n'))).metrics).toEqual({ acc: 0.9, f1: 0.8 });
    expect((await importCsvMetrics(await file('m2.csv', 'acc\tf1\n1e-3\t+2\n'))).metrics).toEqual({ acc: 0.001, f1: 2 });
  });
  it('rejects an empty file and a header without values', async () => {
    expect((await inputError(importCsvMetrics(await file('e.csv', '')))).message).toMatch(/empty/);
    const e = await inputError(importCsvMetrics(await file('h.csv', 'acc,f1\n')));
    expect(e.message).toMatch(/no value row/);
  });
  it('rejects a row with the wrong number of fields, naming its line', async () => {
    const p = await file('ragged.csv', 'acc,f1\n0.9,0.8\n0.7\n');
    const e = await inputError(importCsvMetrics(p));
    expect(e.location).toMatchObject({ file: p, line: 3 });
  });
  it('rejects duplicate header names and rows with no number at all', async () => {
    expect((await inputError(importCsvMetrics(await file('d.csv', 'acc,acc\n1,2\n')))).message).toMatch(/"acc" twice/);
    expect((await inputError(importCsvMetrics(await file('n.csv', 'model,run\nrf,a\n')))).message).toMatch(/no numeric metrics/);
  });
});
