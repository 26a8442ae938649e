/**
 * What two common writers put in TensorBoard logs beyond the metrics a reviewer gates on, and the
 * names their users know the metrics by.
 *
 * PyTorch Lightning (`TensorBoardLogger`, one run per `lightning_logs/version_N/`):
 * - `hp_metric` is the hyper-parameter metric the hparams tab shows. It is -1 until the user logs
 *   it, and whatever the user chose after: it describes the run for hyper-parameter search, it is
 *   not a score of the model. It is kept apart (`hparamMetrics`), never imported as a metric.
 * - `self.log(..., on_step=True, on_epoch=True)` writes `X_step` (every step) and `X_epoch` (the
 *   epoch's aggregate). The epoch series is the one to gate on; `X_step` is skipped beside it.
 * - `epoch` is Lightning's epoch counter, not a metric.
 *
 * Keras (`keras.callbacks.TensorBoard`, one log dir with `train/` and `validation/` runs):
 * - `epoch_<name>` in `train/` is the History's `<name>`, in `validation/` its `val_<name>`; the
 *   metrics are imported under those names (`loss`, `val_accuracy`), what `model.fit` prints.
 * - `evaluation_<name>_vs_iterations` (validation/) repeats the validation metric by iteration:
 *   skipped when `val_<name>` is there, else imported as `val_<name>`.
 * - `batch_<name>` (with `update_freq='batch'`) is per batch: skipped.
 */

/** What the conventions read and change of a run (tensorboard.ts's RunTags has these members). */
export interface RunTags {
  /** Folder relative to the log root, POSIX separators. */
  run: string;
  scalars: Map<string, { step: number; value: number }[]>;
  otherTags: Map<string, string>;
}

/** A run written by PyTorch Lightning: its logger's folder, or its hparams next to an hp_metric. */
export function isLightningRun(r: RunTags): boolean {
  const hparams = [...r.otherTags.values()].includes('plugin hparams');
  return /(^|\/)lightning_logs\/version_\d+$/.test(r.run) || (r.scalars.has('hp_metric') && hparams);
}

/**
 * Applies Lightning's conventions to one run in place; returns its hp_metric (last value) when it
 * logged a real one (the -1 placeholder is dropped with a reason).
 */
export function applyLightning(r: RunTags): { hpMetric?: number } {
  const out: { hpMetric?: number } = {};
  const hp = r.scalars.get('hp_metric');
  if (hp) {
    r.scalars.delete('hp_metric');
    if (hp.every((p) => p.value === -1)) r.otherTags.set('hp_metric', 'PyTorch Lightning placeholder -1');
    else {
      const last = hp.reduce((a, b) => (b.step >= a.step ? b : a));
      out.hpMetric = last.value;
      r.otherTags.set('hp_metric', 'hyper-parameter metric (Lightning hp_metric), not a score');
    }
  }
  if (r.scalars.has('epoch')) {
    r.scalars.delete('epoch');
    r.otherTags.set('epoch', 'Lightning epoch counter');
  }
  for (const tag of [...r.scalars.keys()]) {
    const m = /^(.*)_step$/.exec(tag);
    if (m && r.scalars.has(`${m[1]}_epoch`)) {
      r.scalars.delete(tag);
      r.otherTags.set(tag, `per-step series; ${m[1]}_epoch is imported`);
    }
  }
  return out;
}

/** The Keras parent folder of a `train/` or `validation/` run ("." for the log dir itself), else undefined. */
function kerasParent(run: string): { parent: string; side: 'train' | 'validation' } | undefined {
  const m = /^(?:(.*)\/)?(train|validation)$/.exec(run);
  return m ? { parent: m[1] ?? '.', side: m[2] as 'train' | 'validation' } : undefined;
}

/** Runs laid out by Keras: a `train/` or `validation/` folder whose tags are `epoch_*`. */
export function isKerasRun(r: RunTags): boolean {
  return kerasParent(r.run) !== undefined && [...r.scalars.keys(), ...r.otherTags.keys()].some((t) => t.startsWith('epoch_'));
}

/**
 * Keras's names for one run's tags: `epoch_loss` → `loss` (train) or `val_loss` (validation), with
 * the parent folder as prefix when the logs hold several Keras log dirs. Tags to skip get a reason
 * in `otherTags` and are removed. Returns tag → metric name.
 */
export function kerasNames(r: RunTags, prefixParent: boolean): Map<string, string> {
  const where = kerasParent(r.run)!;
  const prefix = prefixParent && where.parent !== '.' ? `${where.parent}/` : '';
  const names = new Map<string, string>();
  const epochNames = new Set([...r.scalars.keys()].filter((t) => t.startsWith('epoch_')).map((t) => t.slice('epoch_'.length)));
  for (const tag of [...r.scalars.keys()]) {
    const val = where.side === 'validation' ? 'val_' : '';
    if (tag.startsWith('epoch_')) names.set(tag, `${prefix}${val}${tag.slice('epoch_'.length)}`);
    else if (tag.startsWith('batch_')) {
      r.scalars.delete(tag);
      r.otherTags.set(tag, 'Keras per-batch series; the epoch_ series is imported');
    } else {
      const m = /^evaluation_(.+)_vs_iterations$/.exec(tag);
      if (m && where.side === 'validation' && epochNames.has(m[1]!)) {
        r.scalars.delete(tag);
        r.otherTags.set(tag, `Keras validation by iteration; val_${m[1]} (epoch_${m[1]}) is imported`);
      } else if (m && where.side === 'validation') names.set(tag, `${prefix}val_${m[1]}`);
      else names.set(tag, `${prefix}${where.side}/${tag}`);
    }
  }
  return names;
}
