/**
 * The fuzz targets by name: each takes raw bytes and runs one of our parsers on them as a user's
 * file. The fuzz tests feed them generated inputs; corpus.test.ts replays saved crashes through
 * the same functions by the corpus folder's name.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { validateData } from '../../shared/steps/validate-data.js';
import { parseContract } from '../../shared/data/contract.js';
import { parseConfig } from '../../shared/config/mlops-config.js';
import { importMetrics } from '../../shared/model/import/index.js';
import { maskedCrc32c } from '../../shared/model/import/tensorboard.js';
import { parseParamsText } from '../../shared/model/train/params.js';

export const REPO = join(import.meta.dirname, '..', '..');

/** One scratch folder per worker; each case writes below it and removes what it wrote. */
const scratch = mkdtempSync(join(tmpdir(), 'mlops-fuzz-'));
let serial = 0;

async function withFile<T>(name: string, bytes: Uint8Array, run: (file: string) => Promise<T>): Promise<T> {
  const dir = join(scratch, String(serial++));
  await mkdir(dir, { recursive: true });
  const file = join(dir, name);
  await writeFile(file, bytes);
  try {
    return await run(file);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const WEATHER = join(REPO, 'examples', 'weather');

/** The first `bytes` of a real file (whole lines), a seed small enough to mutate quickly. */
export function head(file: string, bytes = 2_048): Buffer {
  const b = readFileSync(file);
  if (b.length <= bytes) return b;
  const cut = b.lastIndexOf(0x0a, bytes);
  return b.subarray(0, cut > 0 ? cut + 1 : bytes);
}

function jsonlOf(csv: Buffer): Buffer {
  const [header, ...rows] = csv.toString('utf8').trim().split('\n');
  const names = header!.split(',');
  return Buffer.from(rows.map((r) => JSON.stringify(Object.fromEntries(r.split(',').map((v, i) => [names[i] ?? `c${i}`, Number.isNaN(Number(v)) ? v : Number(v)])))).join('\n') + '\n');
}

// ---------------------------------------------------------------------------------------------
// Seeds: real files of the repository

export const SEEDS = {
  csv: () => [head(join(WEATHER, 'data', 'seattle-2012-2014.csv')), head(join(WEATHER, 'data', 'new-york-2015.csv'), 1_024)],
  tsv: () => [Buffer.from(head(join(WEATHER, 'data', 'seattle-2012-2014.csv')).toString('utf8').replaceAll(',', '\t'))],
  jsonl: () => [jsonlOf(head(join(WEATHER, 'data', 'seattle-2012-2014.csv'), 1_024))],
  parquet: () => [readFileSync(join(REPO, 'test', 'fixtures', 'readers', 'pandas-simple-snappy.parquet'))],
  gzip: () => [gzipSync(head(join(WEATHER, 'data', 'seattle-2012-2014.csv'), 1_024))],
  contract: () => [readFileSync(join(WEATHER, 'contract.yaml')), readFileSync(join(REPO, 'test', 'fixtures', 'contracts', 'full.yaml'))],
  config: () => [readFileSync(join(WEATHER, 'mlops.yaml'))],
  params: () => [readFileSync(join(WEATHER, 'params.yaml'))],
  metricsJson: () => [Buffer.from('{"test": {"roc_auc": 0.93, "accuracy": 0.88, "loss": NaN}, "train": {"roc_auc": 0.97}, "flag": true}\n')],
  metricsYaml: () => [Buffer.from('test:\n  roc_auc: 0.93\n  accuracy: 0.88\ntrain: &t\n  roc_auc: 0.97\nagain: *t\n')],
  metricsCsv: () => [Buffer.from('metric,value\nroc_auc,0.93\naccuracy,0.88\n'), Buffer.from('epoch,loss,accuracy\n1,0.5,0.8\n2,0.4,0.85\n')],
  dvc: () => [Buffer.from('stages:\n  train:\n    cmd: python train.py\n    metrics:\n      - metrics.json:\n          cache: false\n')],
  tensorboard: () => [tensorboardEvents([['accuracy', 1, 0.8], ['accuracy', 2, 0.85], ['loss', 2, 0.4]])],
  mlflowMeta: () => [Buffer.from('artifact_uri: file:///mlruns/0/r1/artifacts\nend_time: 2\nexperiment_id: "0"\nlifecycle_stage: active\nrun_id: r1\nrun_name: fuzz\nrun_uuid: r1\nstart_time: 1\nstatus: 3\n')],
  mlflowMetric: () => [Buffer.from('1700000000000 0.85 1\n1700000000001 0.9 2\n')],
} satisfies Record<string, () => Buffer[]>;

// ---------------------------------------------------------------------------------------------
// TensorBoard event files, written by hand (the TFRecord framing and the Event proto)

function varint(n: number): number[] {
  const out: number[] = [];
  while (n > 0x7f) {
    out.push((n & 0x7f) | 0x80);
    n = Math.floor(n / 128);
  }
  out.push(n);
  return out;
}

function field(no: number, wire: number, payload: number[] | Buffer): number[] {
  const body = [...payload];
  return wire === 2 ? [...varint((no << 3) | 2), ...varint(body.length), ...body] : [...varint((no << 3) | wire), ...body];
}

/** Event{wall_time, step, summary{value{tag, simple_value}}} records in TFRecord framing. */
export function tensorboardEvents(points: readonly [tag: string, step: number, value: number][]): Buffer {
  const records = points.map(([tag, step, value], i) => {
    const f32 = Buffer.alloc(4);
    f32.writeFloatLE(value);
    const val = [...field(1, 2, Buffer.from(tag)), ...field(2, 5, f32)];
    const wall = Buffer.alloc(8);
    wall.writeDoubleLE(1_700_000_000 + i);
    const event = Buffer.from([...field(1, 1, wall), ...field(2, 0, varint(step)), ...field(5, 2, field(1, 2, val))]);
    const len = Buffer.alloc(8);
    len.writeBigUInt64LE(BigInt(event.length));
    const lenCrc = Buffer.alloc(4);
    lenCrc.writeUInt32LE(maskedCrc32c(len));
    const dataCrc = Buffer.alloc(4);
    dataCrc.writeUInt32LE(maskedCrc32c(event));
    return Buffer.concat([len, lenCrc, event, dataCrc]);
  });
  return Buffer.concat(records);
}

// ---------------------------------------------------------------------------------------------
// The targets

const table = (name: string, contract?: string) => (bytes: Uint8Array) => withFile(name, bytes, (file) => validateData({ data: file, contract, parallel: false }));

export const TARGETS = {
  csv: table('data.csv', join(WEATHER, 'contract.yaml')),
  'csv-no-contract': table('data.csv'),
  tsv: table('data.tsv'),
  jsonl: table('data.jsonl', join(WEATHER, 'contract.yaml')),
  parquet: table('data.parquet'),
  gzip: table('data.csv.gz'),
  /** `mlops train --params FILE` (shared/model/train/params.ts). */
  'train-params': async (bytes: Uint8Array) => parseParamsText(Buffer.from(bytes).toString('utf8'), 'params.yaml'),
  contract: async (bytes: Uint8Array) => parseContract(Buffer.from(bytes).toString('utf8'), 'contract.yaml'),
  config: async (bytes: Uint8Array) => parseConfig(Buffer.from(bytes).toString('utf8'), 'mlops.yaml'),
  'metrics-json': (bytes: Uint8Array) => withFile('metrics.json', bytes, (file) => importMetrics(file)),
  'metrics-yaml': (bytes: Uint8Array) => withFile('metrics.yaml', bytes, (file) => importMetrics(file)),
  'metrics-csv': (bytes: Uint8Array) => withFile('metrics.csv', bytes, (file) => importMetrics(file)),
  /** dvc.yaml fuzzed; its metrics file is a fixed good one. */
  dvc: (bytes: Uint8Array) =>
    withFile('dvc.yaml', bytes, async (file) => {
      await writeFile(join(file, '..', 'metrics.json'), '{"roc_auc": 0.9}');
      return importMetrics(join(file, '..'));
    }),
  tensorboard: (bytes: Uint8Array) =>
    withFile('events.out.tfevents.1700000000.host.1.0', bytes, (file) => importMetrics(join(file, '..'))),
  /** A run's meta.yaml fuzzed in a file store with one experiment and one metric. */
  'mlflow-meta': (bytes: Uint8Array) => mlflowStore(bytes, SEEDS.mlflowMetric()[0]!),
  /** A metric file fuzzed in a store whose meta.yaml files are good. */
  'mlflow-metric': (bytes: Uint8Array) => mlflowStore(SEEDS.mlflowMeta()[0]!, bytes),
} satisfies Record<string, (bytes: Uint8Array) => Promise<unknown>>;

export type TargetName = keyof typeof TARGETS;

async function mlflowStore(runMeta: Uint8Array, metric: Uint8Array): Promise<unknown> {
  const root = join(scratch, String(serial++), 'mlruns');
  try {
    await mkdir(join(root, '0', 'r1', 'metrics'), { recursive: true });
    await writeFile(join(root, '0', 'meta.yaml'), 'artifact_location: file:///mlruns/0\nexperiment_id: "0"\nlifecycle_stage: active\nname: Default\n');
    await writeFile(join(root, '0', 'r1', 'meta.yaml'), runMeta);
    await writeFile(join(root, '0', 'r1', 'metrics', 'accuracy'), metric);
    return await importMetrics(root);
  } finally {
    await rm(join(root, '..'), { recursive: true, force: true });
  }
}
