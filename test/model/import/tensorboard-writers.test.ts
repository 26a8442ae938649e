/**
 * The writers' conventions (shared/model/import/tensorboard-writers.ts) on event files laid out as Keras's
 * TensorBoard callback and PyTorch Lightning's TensorBoardLogger write them, and file names beyond
 * `events.out.tfevents.*`. The fixtures were written by Google's protobuf runtime from TensorFlow's
 * .proto files (test/fixtures/tensorboard-writers/make_fixtures.py, which says what each writer does and
 * where in its source); expected.json holds the values that script wrote. The real PyTorch SummaryWriter,
 * TF2 and Lightning files of ../shared/realdata are read by tensorboard.test.ts.
 */
import { copyFile, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectMetricsKind, importMetrics } from '../../../shared/model/import/index.js';
import { importTensorboardMetrics, isEventFileContent } from '../../../shared/model/import/tensorboard.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures/tensorboard-writers');
const expected = JSON.parse(await readFile(join(FIXTURES, 'expected.json'), 'utf8')) as {
  keras: Record<string, number>;
  lightning: Record<string, number>;
  lightning_hp_metric: number;
  bare: Record<string, number>;
};

describe('Keras (train/ and validation/ under one log dir)', () => {
  it('imports epoch_* under the names model.fit prints: loss, accuracy, val_loss, val_accuracy', async () => {
    const r = await importTensorboardMetrics(join(FIXTURES, 'keras/logs'));
    expect({ ...r.metrics }).toEqual(expected.keras);
    expect(r.steps.val_loss).toBe(4);
    expect(r.runs.map((x) => [x.run, x.writer])).toEqual([['train', 'keras'], ['validation', 'keras']]);
    // The validation metric by iteration repeats val_*: skipped with the reason.
    expect(r.runs[1]!.skippedTags).toEqual({
      evaluation_loss_vs_iterations: 'Keras validation by iteration; val_loss (epoch_loss) is imported',
      evaluation_accuracy_vs_iterations: 'Keras validation by iteration; val_accuracy (epoch_accuracy) is imported',
    });
  });

  it('prefixes by log dir when the folder holds several Keras runs', async () => {
    const root = await mkdtemp(join(tmpdir(), 'keras-runs-'));
    for (const run of ['a', 'b']) {
      for (const side of ['train', 'validation']) {
        const from = join(FIXTURES, 'keras/logs', side);
        const { readdir, mkdir } = await import('node:fs/promises');
        await mkdir(join(root, run, side), { recursive: true });
        for (const f of await readdir(from)) await copyFile(join(from, f), join(root, run, side, f));
      }
    }
    const r = await importTensorboardMetrics(root);
    expect(Object.keys(r.metrics).sort()).toEqual(['a/accuracy', 'a/learning_rate', 'a/loss', 'a/val_accuracy', 'a/val_loss', 'b/accuracy', 'b/learning_rate', 'b/loss', 'b/val_accuracy', 'b/val_loss']);
  });
});

describe('PyTorch Lightning (lightning_logs/version_N)', () => {
  it('keeps hp_metric apart as a hyper-parameter metric, skips X_step beside X_epoch and the epoch counter', async () => {
    const r = await importTensorboardMetrics(join(FIXTURES, 'lightning/lightning_logs/version_0'));
    expect({ ...r.metrics }).toEqual(expected.lightning);
    expect({ ...r.hparamMetrics }).toEqual({ hp_metric: expected.lightning_hp_metric });
    expect(r.runs[0]!.writer).toBe('lightning');
    expect(r.runs[0]!.skippedTags).toMatchObject({
      hp_metric: 'hyper-parameter metric (Lightning hp_metric), not a score',
      train_loss_step: 'per-step series; train_loss_epoch is imported',
      epoch: 'Lightning epoch counter',
      '_hparams_/experiment': 'plugin hparams',
    });
  });

  it('recognises the logger\'s folder from above it, and reports hp_metric in the import details', async () => {
    const imported = await importMetrics(join(FIXTURES, 'lightning'));
    expect({ ...imported.metrics }).toEqual(expected.lightning);
    expect(imported.source.details).toMatchObject({ hparam_metrics: { hp_metric: expected.lightning_hp_metric } });
  });
});

describe('file names', () => {
  it('reads a file named events.out.tfevents with no suffix, in a folder and given directly', async () => {
    expect({ ...(await importTensorboardMetrics(join(FIXTURES, 'bare'))).metrics }).toEqual(expected.bare);
    expect(await detectMetricsKind(join(FIXTURES, 'bare/events.out.tfevents'))).toEqual({ kind: 'tensorboard', path: join(FIXTURES, 'bare/events.out.tfevents') });
  });

  it('recognises an event file of any name given directly, by its first record', async () => {
    const file = join(FIXTURES, 'renamed/run.tfevents.bin');
    expect(await isEventFileContent(file)).toBe(true);
    expect(await detectMetricsKind(file)).toEqual({ kind: 'tensorboard', path: file });
    expect({ ...(await importMetrics(file)).metrics }).toEqual(expected.bare);
  });

  it('does not take other binary files for event files', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'not-events-'));
    const bytes = Buffer.from(await readFile(join(FIXTURES, 'renamed/run.tfevents.bin')));
    bytes[8] ^= 0xff; // the length's CRC no longer matches
    await writeFile(join(dir, 'a.bin'), bytes);
    await writeFile(join(dir, 'b.bin'), Buffer.alloc(64, 7));
    await writeFile(join(dir, 'c.bin'), 'short');
    for (const f of ['a.bin', 'b.bin', 'c.bin']) {
      expect(await isEventFileContent(join(dir, f))).toBe(false);
      await expect(detectMetricsKind(join(dir, f))).rejects.toThrow(/cannot tell what kind of metrics file/);
    }
  });
});
