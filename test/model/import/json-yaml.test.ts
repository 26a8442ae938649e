import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedFile } from '../../support/shared-workspace.js';
import { InputError } from '../../../shared/runtime/errors.js';
import { flattenMetrics } from '../../../shared/model/import/flatten.js';
import { importJsonYamlMetrics, parseJson } from '../../../shared/model/import/json-yaml.js';

const { path: realdata, absent: noRealdata } = sharedFile('realdata', 'real-file metrics tests');

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'mlops-import-json-'));
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

describe('flattenMetrics (DVC semantics)', () => {
  it('joins nested keys with dots', () => {
    expect(flattenMetrics({ test: { roc_auc: 0.9, pr: { auc: 0.8 } }, loss: 1 }).metrics).toEqual({ 'test.roc_auc': 0.9, 'test.pr.auc': 0.8, loss: 1 });
  });
  it('keeps booleans as 1/0 and skips strings, nulls, lists, empty mappings and non-finite numbers', () => {
    const r = flattenMetrics({ ok: true, bad: false, name: 'rf', n: null, curve: [1, 2], e: {}, x: NaN, y: -Infinity, s: '0.5' });
    expect(r.metrics).toEqual({ ok: 1, bad: 0 });
    expect(r.skipped.map((s) => s.key).sort()).toEqual(['curve', 'e', 'n', 'name', 's', 'x', 'y']);
  });
  it('reports a key reached twice, as flatten_dict does', () => {
    expect(flattenMetrics({ 'a.b': 1, a: { b: 2 } }).duplicates).toEqual(['a.b']);
  });
});

describe('parseJson', () => {
  it("accepts Python json's NaN and Infinity tokens", () => {
    const v = parseJson('{"a": NaN, "b": -Infinity, "c": Infinity, "d": [1e3, -0.5]}', 'x.json') as Record<string, unknown>;
    expect(Number.isNaN(v.a)).toBe(true);
    expect(v.b).toBe(-Infinity);
    expect(v.c).toBe(Infinity);
    expect(v.d).toEqual([1000, -0.5]);
  });
  it('reports the line and column of a syntax error', () => {
    try {
      parseJson('{\n  "a": 1,\n  "b": }\n', 'm.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).location).toEqual({ file: 'm.json', line: 3, column: 8 });
      expect((e as InputError).message).toContain('m.json:3:8: invalid JSON');
    }
  });
  it('rejects trailing commas and single quotes like strict JSON', () => {
    expect(() => parseJson('{"a": 1,}', 'f.json')).toThrow(/f\.json:1:9: invalid JSON: expected a property name/);
    expect(() => parseJson("{'a': 1}", 'f.json')).toThrow(/1:2/);
  });
});

describe('importJsonYamlMetrics', () => {
  it.skipIf(noRealdata)("imports DVCLive's nested eval/live/metrics.json", async () => {
    const r = await importJsonYamlMetrics(path.join(realdata, 'dvc/1-baseline-eval/eval/live/metrics.json'));
    // Values copied by hand from the file (cat eval/live/metrics.json).
    expect(r.metrics).toEqual({
      'avg_prec.train': 0.957035519466975,
      'avg_prec.test': 0.9014016422240393,
      'roc_auc.train': 0.9774311166774401,
      'roc_auc.test': 0.9319648794149968,
    });
  });
  it('imports YAML, including .nan which is skipped', async () => {
    const p = await file('m.yaml', 'test:\n  acc: 0.91\n  f1: .nan\ntrain: {acc: 0.99}\nnote: best so far\n');
    const r = await importJsonYamlMetrics(p);
    expect(r.metrics).toEqual({ 'test.acc': 0.91, 'train.acc': 0.99 });
    expect(r.skipped.map((s) => s.key)).toEqual(['test.f1', 'note']);
  });
  it('rejects an empty file', async () => {
    const e = await inputError(importJsonYamlMetrics(await file('empty.json', '  \n')));
    expect(e.message).toMatch(/empty/);
  });
  it('rejects invalid JSON with line and column', async () => {
    const p = await file('bad.json', '{"acc": 0.9,\n "f1" 0.8}');
    const e = await inputError(importJsonYamlMetrics(p));
    expect(e.location).toEqual({ file: p, line: 2, column: 7 });
  });
  it('rejects invalid YAML with line and column', async () => {
    const p = await file('bad.yaml', 'acc: 0.9\nf1: [0.8\n');
    const e = await inputError(importJsonYamlMetrics(p));
    expect(e.location?.file).toBe(p);
    expect(e.location?.line).toBeGreaterThanOrEqual(2);
  });
  it('rejects a document that is not a mapping, and one without numbers', async () => {
    expect((await inputError(importJsonYamlMetrics(await file('list.json', '[0.9, 0.8]')))).message).toMatch(/found a list/);
    expect((await inputError(importJsonYamlMetrics(await file('str.json', '{"model": "rf"}')))).message).toMatch(/no numeric metrics.*model/);
  });
  it('rejects keys that collide once flattened', async () => {
    const e = await inputError(importJsonYamlMetrics(await file('dup.json', '{"a.b": 1, "a": {"b": 2}}')));
    expect(e.message).toMatch(/"a\.b" appears twice/);
  });
});
