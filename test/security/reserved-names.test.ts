/**
 * `__proto__`, `constructor` and `prototype` as names a user controls, through every reader,
 * config and importer. `obj[name] = v` turns `__proto__` into an object's prototype, so such a
 * column, model or metric used to vanish without a word (a gate that never ran); `constructor`
 * looked up in a plain object finds Object's. Now:
 * - `__proto__` is refused at its place with exit 2 (the formats are JSON objects keyed by name,
 *   which no reader can give back with that key);
 * - `constructor` and `prototype` are data like any other name.
 */
import { mkdtempSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { Field, Float64, RecordBatch, Schema, Struct, Table, makeData, tableToIPC } from 'apache-arrow';
import { Table as WasmTable, writeParquet } from 'parquet-wasm/node';
import { describe, expect, it } from 'vitest';
import { compareFiles } from '../../shared/compare/compare-files.js';
import { parseConfig, parseModelRulesText } from '../../shared/config/mlops-config.js';
import { parseContract } from '../../shared/data/contract.js';
import { validateData } from '../../shared/steps/validate-data.js';
import { evaluate } from '../../shared/steps/evaluate.js';
import { isMlopsError } from '../../shared/runtime/errors.js';
import { tensorboardEvents } from '../fuzz/targets.js';

const dir = mkdtempSync(join(tmpdir(), 'mlops-reserved-'));
const KEPT = ['constructor', 'prototype'] as const;

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const file = join(dir, name);
  await mkdir(join(file, '..'), { recursive: true });
  await writeFile(file, content);
  return file;
}

/** Runs `f` and returns its error, which must be a typed exit-2 error naming `__proto__`. */
async function refusal(f: () => unknown): Promise<string> {
  const e = await Promise.resolve().then(f).then(() => undefined, (err: unknown) => err);
  expect(isMlopsError(e), String(e)).toBe(true);
  expect((e as { exitCode: number }).exitCode).toBe(2);
  expect((e as Error).message).toContain('"__proto__"');
  return (e as Error).message;
}

const CSV = '__proto__,constructor,prototype,x\n1,2,3,4\n5,6,7,8\n';

describe('readers: a column named __proto__ is refused, constructor and prototype are columns', () => {
  const files: Record<string, () => Promise<string>> = {
    csv: () => write('r/d.csv', CSV),
    tsv: () => write('r/d.tsv', CSV.replaceAll(',', '\t')),
    'csv.gz': () => write('r/d.csv.gz', gzipSync(CSV)),
    jsonl: () => write('r/d.jsonl', '{"__proto__": 1, "constructor": 2, "prototype": 3, "x": 4}\n{"__proto__": 5, "constructor": 6, "prototype": 7, "x": 8}\n'),
    parquet: async () => {
      // Built field by field: apache-arrow's tableFromArrays({...}) itself loses every column here.
      const names = ['__proto__', 'constructor', 'prototype', 'x'];
      const fields = names.map((n) => new Field(n, new Float64(), false));
      const children = names.map((_, i) => makeData({ type: new Float64(), length: 2, data: Float64Array.from([i + 1, i + 5]) }));
      const table = new Table(new RecordBatch(new Schema(fields), makeData({ type: new Struct(fields), length: 2, children })));
      return write('r/d.parquet', writeParquet(WasmTable.fromIPCStream(tableToIPC(table, 'stream'))));
    },
  };
  for (const [kind, make] of Object.entries(files)) {
    it(`${kind}`, async () => {
      const file = await make();
      // Named with the file (and the header line, for text formats).
      expect(await refusal(() => validateData({ data: file, parallel: false }))).toContain(kind === 'parquet' ? 'd.parquet:' : `d.${kind}:1:`);
      const kept = await write(`r/kept-${kind}.csv`, 'constructor,prototype,x\n2,3,4\n6,7,8\n');
      const { profile } = await validateData({ data: kept, parallel: false });
      for (const name of KEPT) {
        expect(Object.hasOwn(profile.columns, name)).toBe(true);
        expect(profile.columns[name]!.count).toBe(2);
      }
    });
  }
});

describe('configs: __proto__ is refused at its line, constructor and prototype are names', () => {
  it('a contract column', async () => {
    expect(await refusal(() => parseContract('version: 1\ncolumns:\n  __proto__: { type: integer, min: 100 }\n', 'c.yaml'))).toMatch(/^c\.yaml:3:3:/);
    const contract = await write('c/contract.yaml', 'version: 1\ncolumns:\n  constructor: { type: integer, min: 100 }\n  prototype: { type: integer, max: 0 }\n');
    const data = await write('c/d.csv', 'constructor,prototype\n2,3\n');
    const { report } = await validateData({ data, contract, parallel: false });
    // Both rules ran on their columns (and failed), rather than vanishing.
    expect(report.findings.filter((f) => !f.passed).map((f) => f.column).sort()).toEqual(['constructor', 'prototype']);
  });

  it('a model, a metric and a slice of mlops.yaml, and compare rules', async () => {
    expect(await refusal(() => parseConfig('version: 1\nmodels:\n  __proto__:\n    metrics: { accuracy: { threshold: 0.99 } }\n', 'mlops.yaml'))).toMatch(/^mlops\.yaml:3:3:/);
    expect(await refusal(() => parseConfig('version: 1\nmodels:\n  m:\n    metrics: { __proto__: { threshold: 0.99, direction: higher } }\n', 'mlops.yaml'))).toMatch(/^mlops\.yaml:4:/);
    expect(await refusal(() => parseModelRulesText('slices:\n  __proto__: { min_size: 1 }\n', 'input rules'))).toMatch(/^input rules:2:3:/);
    const config = parseConfig('version: 1\nmodels:\n  constructor:\n    metrics: { prototype: { threshold: 0.99, direction: higher } }\n', 'mlops.yaml');
    expect(Object.keys(config.models!)).toEqual(['constructor']);
    expect(Object.keys(config.models![KEPT[0] as string]!.metrics!)).toEqual(['prototype']);
  });

  it('a model named constructor is gated, not "no gate rules configured"', async () => {
    const head = await write('g/head.json', '{"prototype": 0.5}');
    const report = await write('g/head-report.json', '');
    await evaluate({ importPath: head, out: report, examples: false } as never);
    const config = await write('g/mlops.yaml', 'version: 1\nmodels:\n  constructor:\n    metrics: { prototype: { threshold: 0.99, direction: higher } }\n');
    const c = await compareFiles({ head: report, config, model: 'constructor' });
    expect(c.verdict).toBe('fail');
    // And a model name the file does not configure finds nothing on Object.prototype.
    await expect(compareFiles({ head: report, config, model: 'toString' })).rejects.toThrow(/model "toString" is not configured/);
  });
});

describe('importers: a metric named __proto__ is refused, constructor and prototype are metrics', () => {
  const kinds: Record<string, (names: readonly string[]) => Promise<string>> = {
    json: (names) => write(`i/${names[0]}/m.json`, `{${names.map((n, i) => `"${n}": ${i / 10}`).join(', ')}}`),
    yaml: (names) => write(`i/${names[0]}/m.yaml`, names.map((n, i) => `${n}: ${i / 10}`).join('\n')),
    csv: (names) => write(`i/${names[0]}/m.csv`, `${names.join(',')}\n${names.map((_, i) => i / 10).join(',')}\n`),
    'csv (long)': (names) => write(`i/${names[0]}/long.csv`, `metric,value\n${names.map((n, i) => `${n},${i / 10}`).join('\n')}\n`),
    dvc: async (names) => {
      await write(`i/${names[0]}/dvc/metrics.json`, `{${names.map((n, i) => `"${n}": ${i / 10}`).join(', ')}}`);
      await write(`i/${names[0]}/dvc/dvc.yaml`, 'stages:\n  train:\n    cmd: python train.py\n    metrics:\n      - metrics.json:\n          cache: false\n');
      return join(dir, 'i', names[0]!, 'dvc');
    },
    tensorboard: async (names) => {
      await write(`i/${names[0]}/tb/events.out.tfevents.1.host.1.0`, tensorboardEvents(names.map((n, i) => [n, 1, i / 10])));
      return join(dir, 'i', names[0]!, 'tb');
    },
    mlflow: async (names) => {
      const root = `i/${names[0]}/mlruns`;
      await write(`${root}/0/meta.yaml`, 'artifact_location: x\nexperiment_id: "0"\nlifecycle_stage: active\nname: Default\n');
      await write(`${root}/0/r1/meta.yaml`, 'experiment_id: "0"\nlifecycle_stage: active\nrun_id: r1\nrun_uuid: r1\nstart_time: 1\nend_time: 2\nstatus: 3\n');
      for (const [i, n] of names.entries()) await write(`${root}/0/r1/metrics/${n}`, `1700000000000 ${i / 10} 1\n`);
      return join(dir, root);
    },
  };
  for (const [kind, make] of Object.entries(kinds)) {
    it(kind, async () => {
      await refusal(async () => evaluate({ importPath: await make(['__proto__', 'accuracy']) }));
      const { report } = await evaluate({ importPath: await make(['constructor', 'prototype']) });
      expect(Object.keys(report.metrics).sort()).toEqual(['constructor', 'prototype']);
      expect(report.metrics.prototype!.value).toBeCloseTo(0.1, 6);
      // Not a metric of the registry, so no direction from Object.prototype either.
      expect(report.metrics[KEPT[0] as string]!.direction).toBeUndefined();
    });
  }
});
