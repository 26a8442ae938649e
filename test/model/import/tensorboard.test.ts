import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedFile } from '../../support/shared-workspace.js';
import { InputError } from '../../../shared/runtime/errors.js';
import { crc32c, float16, importTensorboardMetrics, readTfRecords, tensorScalar } from '../../../shared/model/import/tensorboard.js';

const { path: tb, absent: noRealdata } = sharedFile('realdata/tensorboard', 'real TensorBoard file tests');

const strictRun1 = 'tensorboard-reducer/strict/run_1/events.out.tfevents.1622543341.janoshs-mbp.lan.86862.0';
const tf2File = 'go-tensorboard-tf2/events.out.tfevents.1585499054.Jaakkos-Mac-mini.local.11684.5.v2';

let tmp: string;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'mlops-import-tb-'));
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('building blocks', () => {
  it('computes CRC-32C check values from RFC 3720 and the usual test vector', () => {
    expect(crc32c(new TextEncoder().encode('123456789'))).toBe(0xe3069283);
    expect(crc32c(new Uint8Array(32))).toBe(0x8a9136aa); // RFC 3720 B.4: 32 bytes of zeros
    expect(crc32c(new Uint8Array(32).fill(0xff))).toBe(0x62a8ab43); // 32 bytes of ones
  });
  it('decodes IEEE half floats', () => {
    expect(float16(0x3c00)).toBe(1);
    expect(float16(0xc000)).toBe(-2);
    expect(float16(0x3555)).toBeCloseTo(0.333, 3);
    expect(float16(0x0001)).toBe(2 ** -24);
    expect(float16(0x7c00)).toBe(Infinity);
    expect(Number.isNaN(float16(0x7e00))).toBe(true);
  });
  it('decodes rank-0 tensors of other dtypes from hand-built TensorProto bytes', () => {
    const f64 = Buffer.alloc(8);
    f64.writeDoubleLE(0.25);
    // dtype=19 (DT_HALF), empty shape, half_val=13 packed [0x3c00] → 1.0
    expect(tensorScalar(Uint8Array.from([0x08, 19, 0x12, 0x00, 0x6a, 0x02, 0x80, 0x78]))).toBe(1);
    // dtype=2 (DT_DOUBLE), tensor_content=4 holding 0.25 little-endian
    expect(tensorScalar(Uint8Array.from([0x08, 2, 0x22, 0x08, ...f64]))).toBe(0.25);
    // dtype=9 (DT_INT64), int64_val=10 packed [-3] (ten-byte two's-complement varint)
    expect(tensorScalar(Uint8Array.from([0x08, 9, 0x52, 0x0a, 0xfd, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]))).toBe(-3);
    // dtype=3 (DT_INT32) with no value at all is zero, as in TensorFlow
    expect(tensorScalar(Uint8Array.from([0x08, 3]))).toBe(0);
    // dtype=1 (DT_FLOAT) of shape [3] is not a scalar
    expect(tensorScalar(Uint8Array.from([0x08, 1, 0x12, 0x04, 0x12, 0x02, 0x08, 0x03]))).toMatch(/3 elements/);
    // dtype=7 (DT_STRING) is not a number
    expect(tensorScalar(Uint8Array.from([0x08, 7]))).toMatch(/not a real number type/);
  });
  it('reads an empty file as zero records', () => {
    expect(readTfRecords(new Uint8Array(0), 'x')).toEqual([]);
  });
});

describe.skipIf(noRealdata)('importTensorboardMetrics on real event files', () => {
  // The tensorboard-reducer files come from its tests/runs generator: strict run_i logs
  // "strict/foo" = torch.rand([]) + i at steps 5*k for k < 100; lax run_i logs lax/foo,
  // lax/bar_i and lax/bar_{i+1} = rand + i for 100 + 10*i steps. Those facts are checked here
  // independently of our decoder; the exact last values (float32) were read with it and pinned.
  it('reads PyTorch simple_value scalars from three strict runs, prefixing tags by run folder', async () => {
    const r = await importTensorboardMetrics(path.join(tb, 'tensorboard-reducer/strict'));
    expect(Object.keys(r.metrics).sort()).toEqual(['run_1/strict/foo', 'run_2/strict/foo', 'run_3/strict/foo']);
    for (const i of [1, 2, 3]) {
      const v = r.metrics[`run_${i}/strict/foo`];
      expect(v).toBeGreaterThanOrEqual(i);
      expect(v).toBeLessThan(i + 1);
      expect(r.steps[`run_${i}/strict/foo`]).toBe(495);
    }
    expect(r.metrics['run_1/strict/foo']).toBe(1.212090253829956);
  });
  it('uses tags as they are for a single run, and selects min, max and a step', async () => {
    const dir = path.join(tb, 'tensorboard-reducer/strict/run_1');
    const last = await importTensorboardMetrics(dir);
    expect(last.metrics).toEqual({ 'strict/foo': 1.212090253829956 });
    const min = (await importTensorboardMetrics(dir, 'min')).metrics['strict/foo'];
    const max = (await importTensorboardMetrics(dir, 'max')).metrics['strict/foo'];
    expect(min).toBeGreaterThanOrEqual(1);
    expect(max).toBeLessThan(2);
    expect(min).toBeLessThanOrEqual(last.metrics['strict/foo']);
    expect(max).toBeGreaterThanOrEqual(last.metrics['strict/foo']);
    const first = await importTensorboardMetrics(dir, { step: 0 });
    expect(first.steps).toEqual({ 'strict/foo': 0 });
    await expect(importTensorboardMetrics(dir, { step: 3 })).rejects.toThrow(/no scalar tag has a value at step 3/);
  });
  it('reads lax runs with different tags and step counts', async () => {
    const r = await importTensorboardMetrics(path.join(tb, 'tensorboard-reducer/lax'));
    for (const i of [1, 2, 3]) {
      const run = r.runs.find((x) => x.run === `run_${i}`)!;
      expect(run.tags.sort()).toEqual([`lax/bar_${i}`, `lax/bar_${i + 1}`, 'lax/foo'].sort());
      expect(r.steps[`run_${i}/lax/foo`]).toBe(100 + 10 * i - 1);
    }
    expect(Object.keys(r.metrics)).toHaveLength(9);
  });
  it('reads TF2 rank-0 DT_FLOAT tensors of the scalars plugin (value = 0.5 * step)', async () => {
    const dir = path.join(tb, 'go-tensorboard-tf2');
    expect((await importTensorboardMetrics(dir)).metrics).toEqual({ my_metric: 49.5 });
    expect((await importTensorboardMetrics(dir, { step: 37 })).metrics).toEqual({ my_metric: 18.5 });
    expect((await importTensorboardMetrics(dir, 'min')).metrics).toEqual({ my_metric: 0 });
    expect((await importTensorboardMetrics(path.join(dir, path.basename(tf2File)), 'max')).metrics).toEqual({ my_metric: 49.5 });
  });
  it("explains that a Lightning hparams-only log has nothing to import (hp_metric is Lightning's -1 placeholder)", async () => {
    const e = await importTensorboardMetrics(path.join(tb, 'lightning-AllenCell-hparams-only')).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    const msg = (e as InputError).message;
    expect(msg).toMatch(/no scalar metrics to import from 1 event file/);
    expect(msg).toContain('_hparams_/experiment (plugin hparams)');
    expect(msg).toContain('hp_metric (PyTorch Lightning placeholder -1)');
  });
  it('rejects a truncated copy, naming the record and byte offset', async () => {
    const bytes = await readFile(path.join(tb, strictRun1));
    const cut = path.join(tmp, 'trunc', 'events.out.tfevents.1.cut');
    await mkdir(path.dirname(cut), { recursive: true });
    await writeFile(cut, bytes.subarray(0, bytes.length - 7));
    const e = await importTensorboardMetrics(path.dirname(cut)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(InputError);
    expect((e as InputError).location).toEqual({ file: cut });
    // 101 records: the file_version event plus 100 scalars; the cut lands in the last one.
    const records = readTfRecords(new Uint8Array(bytes), strictRun1);
    expect(records).toHaveLength(101);
    const lastLen = records[100].length;
    const lastOffset = bytes.length - (12 + lastLen + 4);
    expect((e as InputError).message).toContain(`truncated event file: record 100 at byte offset ${lastOffset} declares ${lastLen} data bytes`);
  });
  it('rejects a copy with one flipped byte in a record body (data CRC) and in a length (length CRC)', async () => {
    const src = path.join(tb, strictRun1);
    const bytes = new Uint8Array(await readFile(src));
    const records = readTfRecords(bytes, src);
    // Flip a byte inside record 50's data.
    let off = 0;
    for (let i = 0; i < 50; i++) off += 12 + records[i].length + 4;
    const body = Uint8Array.from(bytes);
    body[off + 12 + 3] ^= 0x40;
    const bodyFile = path.join(tmp, 'events.out.tfevents.2.body');
    await writeFile(bodyFile, body);
    await expect(importTensorboardMetrics(bodyFile)).rejects.toThrow(new RegExp(`record 50 at byte offset ${off}: data CRC 0x[0-9a-f]{8} does not match`));
    const len = Uint8Array.from(bytes);
    len[off] ^= 0x01;
    const lenFile = path.join(tmp, 'events.out.tfevents.3.len');
    await writeFile(lenFile, len);
    await expect(importTensorboardMetrics(lenFile)).rejects.toThrow(new RegExp(`record 50 at byte offset ${off}: length CRC`));
  });
  it('keeps reading when a copy is intact (the copy helper is not the cause of failures above)', async () => {
    const copy = path.join(tmp, 'events.out.tfevents.4.copy');
    await copyFile(path.join(tb, strictRun1), copy);
    expect((await importTensorboardMetrics(copy)).metrics).toEqual({ 'strict/foo': 1.212090253829956 });
  });
});

describe('importTensorboardMetrics on bad input', () => {
  it('rejects a folder without event files', async () => {
    await expect(importTensorboardMetrics(await mkdtemp(path.join(tmp, 'none-')))).rejects.toThrow(/no TensorBoard event files/);
  });
  it('rejects a file that is too short to hold a record header', async () => {
    const f = path.join(tmp, 'events.out.tfevents.5.short');
    await writeFile(f, Uint8Array.from([1, 2, 3]));
    await expect(importTensorboardMetrics(f)).rejects.toThrow(/record 0 at byte offset 0 has a 3-byte header, 12 needed/);
  });
});
