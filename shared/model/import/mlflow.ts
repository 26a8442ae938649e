/**
 * An MLflow file store (`mlruns/`), read with the semantics of `mlflow.store.tracking.file_store`:
 *
 * - experiments are folders holding `meta.yaml` (`experiment_id`, `name`, `lifecycle_stage`);
 *   `.trash/` (deleted experiments) and experiments with `lifecycle_stage: deleted` are skipped;
 * - runs are sub-folders holding `meta.yaml` (`run_id`, or only `run_uuid` in old files,
 *   `start_time`, `lifecycle_stage`, `run_name` in new files). Runs whose stage is `deleted`, or
 *   whose meta names another experiment (MLflow ignores those too), are skipped; folders
 *   without a run `meta.yaml` (`tags/`, `datasets/`, `models/`, …) are not runs;
 * - `metrics/<key>` files hold `timestamp value [step]` lines (no step → 0). Keys may contain `/`,
 *   so metrics are nested folders. A run's metric is the entry with the highest (step, timestamp,
 *   value), exactly `FileStore._get_metric_from_file`; a non-finite value (`nan`, `inf`) there is
 *   left out and listed in `nonFinite`;
 * - `params/<key>` and `tags/<key>` hold the raw value, without a trailing newline;
 * - the run name is `run_name` from meta.yaml, else the `mlflow.runName` tag (old stores).
 *
 * The path may be the store root, one experiment folder, or one run folder.
 * Selectors: a run id (or a unique prefix of at least 6 characters), `latest` (highest start_time,
 * MLflow's default order; parents and nested runs alike), or `best:<metric>:max|min` (among runs
 * that have the metric; ties → latest start_time).
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { InputError, UsageError } from '../../runtime/errors.js';
import { shortened, shortList } from '../../runtime/message-text.js';

export interface MlflowRunInfo {
  runId: string;
  experimentId: string;
  experimentName: string;
  runName: string;
  /** Milliseconds since the epoch, or null when the run never recorded one. */
  startTime: number | null;
  endTime: number | null;
  status: string;
  lifecycleStage: string;
  parentRunId?: string;
  /** Run folder. */
  dir: string;
}

export interface MlflowRun {
  info: MlflowRunInfo;
  metrics: Record<string, number>;
  /** Step of each imported metric value. */
  steps: Record<string, number>;
  /** Metrics whose selected value is NaN or infinite (not in `metrics`). */
  nonFinite: string[];
  params: Record<string, string>;
  tags: Record<string, string>;
}

export type MlflowRunSelector = { kind: 'id'; id: string } | { kind: 'latest' } | { kind: 'best'; metric: string; goal: 'max' | 'min' };

// MLflow's RunStatus enum, written as an int by old stores.
const RUN_STATUS: Record<number, string> = { 1: 'RUNNING', 2: 'SCHEDULED', 3: 'FINISHED', 4: 'FAILED', 5: 'KILLED' };

export function parseMlflowRunSelector(s: string): MlflowRunSelector {
  const t = s.trim();
  if (t === 'latest') return { kind: 'latest' };
  if (t.startsWith('best:')) {
    const m = /^best:(.+):(max|min)$/.exec(t);
    if (!m) {
      throw new UsageError(`MLflow run selector "${s}" is not "best:<metric>:max" or "best:<metric>:min"`, {
        hint: 'for example best:val_accuracy:max or best:loss:min',
      });
    }
    return { kind: 'best', metric: m[1], goal: m[2] as 'max' | 'min' };
  }
  if (/^[0-9a-zA-Z_-]{6,}$/.test(t)) return { kind: 'id', id: t };
  throw new UsageError(`MLflow run selector "${s}" is not a run id, "latest" or "best:<metric>:max|min"`, {
    hint: 'copy the run id from the MLflow UI, or use latest',
  });
}

async function readYaml(file: string): Promise<Record<string, unknown> | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
  let doc: unknown;
  try {
    doc = parseYaml(text, { logLevel: 'error' });
  } catch (e) {
    const pos = (e as { linePos?: { line: number; col: number }[] }).linePos?.[0];
    throw new InputError(`invalid MLflow meta.yaml: ${shortened((e as Error).message.split('\n')[0]!, 200)}`, {
      location: { file, line: pos?.line, column: pos?.col },
      hint: 'the store is damaged; restore the file from a backup or remove the run',
      cause: e,
    });
  }
  if (doc && typeof doc === 'object' && !Array.isArray(doc)) return doc as Record<string, unknown>;
  // MLflow always writes a mapping: an empty one is a write that died (a full disk), not "no run here".
  throw new InputError(`MLflow meta.yaml is ${text.trim() === '' ? 'empty' : 'not a mapping'}`, {
    location: { file },
    hint: 'the store is damaged; restore the file from a backup or remove the run',
  });
}

const str = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const int = (v: unknown): number | null => (typeof v === 'number' ? v : typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : null);

async function subdirs(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isDirectory() && e.name !== '.trash').map((e) => e.name).sort();
}

/** Files below `dir` as keys relative to it, `/`-separated (metric, param and tag keys may nest). */
async function keyFiles(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const walk = async (d: string, prefix: string): Promise<void> => {
    const entries = await readdir(d, { withFileTypes: true }).catch(() => []);
    for (const e of entries) {
      const key = prefix ? `${prefix}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(path.join(d, e.name), key);
      else if (e.isFile()) out.set(key, path.join(d, e.name));
    }
  };
  await walk(dir, '');
  return out;
}

interface Experiment {
  id: string;
  name: string;
  dir: string;
}

async function experimentAt(dir: string): Promise<Experiment | undefined> {
  const meta = await readYaml(path.join(dir, 'meta.yaml'));
  if (!meta || meta.experiment_id === undefined || meta.run_id !== undefined || meta.run_uuid !== undefined) return undefined;
  if (str(meta.lifecycle_stage) === 'deleted') return undefined;
  return { id: str(meta.experiment_id), name: str(meta.name), dir };
}

async function runInfoAt(dir: string, exp: Experiment): Promise<MlflowRunInfo | undefined> {
  const meta = await readYaml(path.join(dir, 'meta.yaml'));
  if (!meta) return undefined;
  const runId = str(meta.run_id ?? meta.run_uuid);
  if (!runId) return undefined;
  const tagsDir = path.join(dir, 'tags');
  const tag = async (k: string): Promise<string | undefined> => readFile(path.join(tagsDir, k), 'utf8').catch(() => undefined);
  const status = typeof meta.status === 'number' ? (RUN_STATUS[meta.status] ?? String(meta.status)) : str(meta.status);
  const info: MlflowRunInfo = {
    runId,
    experimentId: str(meta.experiment_id),
    experimentName: exp.name,
    runName: str(meta.run_name) || (await tag('mlflow.runName')) || '',
    startTime: int(meta.start_time),
    endTime: int(meta.end_time),
    status,
    lifecycleStage: str(meta.lifecycle_stage) || 'active',
    dir,
  };
  const parent = await tag('mlflow.parentRunId');
  if (parent) info.parentRunId = parent;
  return info;
}

/** Active runs of the store, experiment or run at `root` (deleted ones are left out). */
export async function listMlflowRuns(root: string): Promise<MlflowRunInfo[]> {
  const st = await stat(root).catch(() => undefined);
  if (!st?.isDirectory()) {
    throw new InputError('MLflow store not found', { location: { file: root }, hint: 'point at the mlruns folder (the tracking URI of a file store)' });
  }
  if (path.resolve(root).split(path.sep).includes('.trash')) {
    throw new InputError("this is inside MLflow's .trash folder, which holds deleted experiments", {
      location: { file: root },
      hint: 'restore the experiment with "mlflow experiments restore", or point at the mlruns folder',
    });
  }
  const own = await readYaml(path.join(root, 'meta.yaml'));
  let experiments: Experiment[];
  if (own && (own.run_id !== undefined || own.run_uuid !== undefined)) {
    // A run folder: its experiment is the parent folder.
    const exp = (await experimentAt(path.dirname(root))) ?? { id: str(own.experiment_id), name: '', dir: path.dirname(root) };
    const info = await runInfoAt(root, exp);
    return info && info.lifecycleStage !== 'deleted' ? [info] : [];
  } else if (own && own.experiment_id !== undefined) {
    const exp = await experimentAt(root);
    experiments = exp ? [exp] : [];
  } else {
    experiments = [];
    for (const name of await subdirs(root)) {
      const exp = await experimentAt(path.join(root, name));
      if (exp) experiments.push(exp);
    }
  }
  const runs: MlflowRunInfo[] = [];
  for (const exp of experiments) {
    for (const name of await subdirs(exp.dir)) {
      const info = await runInfoAt(path.join(exp.dir, name), exp);
      if (!info || info.lifecycleStage === 'deleted' || info.experimentId !== exp.id) continue;
      runs.push(info);
    }
  }
  return runs;
}

/** Parses a Python float as MLflow writes it (`repr`): decimals, `nan`, `inf`, `-inf`. */
function pyFloat(s: string): number | undefined {
  if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) return Number(s);
  const m = /^([+-]?)(nan|inf|infinity)$/i.exec(s);
  if (!m) return undefined;
  if (m[2].toLowerCase() === 'nan') return NaN;
  return m[1] === '-' ? -Infinity : Infinity;
}

interface MetricEntry {
  timestamp: number;
  value: number;
  step: number;
}

/** The entry `FileStore._get_metric_from_file` returns: max by (step, timestamp, value). */
export async function readMlflowMetric(file: string): Promise<MetricEntry>;
/** With `atStep`: the last entry logged at that step (max by timestamp, value), or undefined. */
export async function readMlflowMetric(file: string, atStep: number): Promise<MetricEntry | undefined>;
export async function readMlflowMetric(file: string, atStep?: number): Promise<MetricEntry | undefined> {
  const text = await readFile(file, 'utf8');
  let best: MetricEntry | undefined;
  const lines = text.split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '') return;
    const parts = line.split(' ');
    const ts = parts[0] !== undefined && /^-?\d+$/.test(parts[0]) ? Number(parts[0]) : undefined;
    const value = parts[1] !== undefined ? pyFloat(parts[1]) : undefined;
    const step = parts.length >= 3 ? (/^-?\d+$/.test(parts[2]) ? Number(parts[2]) : undefined) : 0;
    if (parts.length < 2 || parts.length > 5 || ts === undefined || value === undefined || step === undefined) {
      throw new InputError(`malformed MLflow metric line ${JSON.stringify(line.slice(0, 80))}`, {
        location: { file, line: i + 1 },
        hint: 'expected "timestamp value step", e.g. "1656994881659 0.59 1"',
      });
    }
    const e = { timestamp: ts, value, step };
    if (atStep !== undefined && step !== atStep) return;
    // NaN compares false in Python too, so a NaN value never wins a tie on value.
    if (!best || e.step > best.step || (e.step === best.step && (e.timestamp > best.timestamp || (e.timestamp === best.timestamp && e.value > best.value)))) {
      best = e;
    }
  });
  if (!best && atStep !== undefined && lines.some((l) => l.trim() !== '')) return undefined;
  if (!best) {
    throw new InputError('MLflow metric file has no data', { location: { file }, hint: 'MLflow reports this as a malformed metric; remove the file or re-log it' });
  }
  return best;
}

/** Metrics, params and tags of one run. */
export async function readMlflowRun(info: MlflowRunInfo, atStep?: number): Promise<MlflowRun> {
  const metrics: Record<string, number> = Object.create(null); // user names as keys: "__proto__" must stay data
  const steps: Record<string, number> = Object.create(null); // user names as keys: "__proto__" must stay data
  const nonFinite: string[] = [];
  for (const [key, file] of [...(await keyFiles(path.join(info.dir, 'metrics')))].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const e = atStep === undefined ? await readMlflowMetric(file) : await readMlflowMetric(file, atStep);
    if (!e) continue;
    if (Number.isFinite(e.value)) {
      metrics[key] = e.value;
      steps[key] = e.step;
    } else nonFinite.push(key);
  }
  const readAll = async (sub: string): Promise<Record<string, string>> => {
    const out: Record<string, string> = Object.create(null); // user names as keys: "__proto__" must stay data
    for (const [key, file] of [...(await keyFiles(path.join(info.dir, sub)))].sort(([a], [b]) => (a < b ? -1 : 1))) out[key] = await readFile(file, 'utf8');
    return out;
  };
  return { info, metrics, steps, nonFinite, params: await readAll('params'), tags: await readAll('tags') };
}

/** Where a deleted run with this id lives, for a message that says why it was not found. */
async function findDeletedRun(root: string, id: string): Promise<string | undefined> {
  const look = async (base: string, label: string): Promise<string | undefined> => {
    for (const exp of await subdirs(base)) {
      const meta = await readYaml(path.join(base, exp, id, 'meta.yaml')).catch(() => undefined);
      if (meta) return `${label}experiment ${exp}, lifecycle_stage ${str(meta.lifecycle_stage) || 'active'}`;
    }
    return undefined;
  };
  return (await look(root, '')) ?? (await look(path.join(root, '.trash'), '.trash/'));
}

const byStartDesc = (a: MlflowRunInfo, b: MlflowRunInfo): number =>
  (b.startTime ?? -Infinity) - (a.startTime ?? -Infinity) || (a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0);

/** `experiment` (an id or a name) narrows the candidates to that experiment's runs. */
export async function importMlflowRun(root: string, selector: string | MlflowRunSelector = 'latest', experiment?: string, atStep?: number): Promise<MlflowRun> {
  const sel = typeof selector === 'string' ? parseMlflowRunSelector(selector) : selector;
  let runs = (await listMlflowRuns(root)).sort(byStartDesc);
  const exp = experiment?.trim();
  if (exp) {
    const byId = runs.filter((r) => r.experimentId === exp);
    const picked = byId.length > 0 ? byId : runs.filter((r) => r.experimentName === exp);
    if (picked.length === 0) {
      const have = [...new Map(runs.map((r) => [r.experimentId, `${r.experimentId} (${r.experimentName})`])).values()];
      throw new InputError(`no active MLflow experiment with id or name "${shortened(exp)}" holds active runs`, {
        location: { file: root },
        hint: `experiments with active runs: ${have.length ? shortList(have) : 'none'}`,
      });
    }
    runs = picked;
  }
  const hint = 'point at an mlruns folder with at least one active run';
  if (runs.length === 0) throw new InputError('no active MLflow runs found (deleted runs and .trash are ignored)', { location: { file: root }, hint });

  let run: MlflowRun;
  if (sel.kind === 'id') {
    const matches = runs.filter((r) => r.runId === sel.id || r.runId.startsWith(sel.id));
    const exact = matches.find((r) => r.runId === sel.id);
    if (!exact && matches.length !== 1) {
      const deleted = matches.length === 0 ? await findDeletedRun(root, sel.id) : undefined;
      throw new InputError(
        deleted
          ? `MLflow run "${sel.id}" is deleted (${deleted}); deleted runs are not imported`
          : matches.length === 0
            ? `no active MLflow run "${sel.id}" (deleted runs and .trash are ignored)`
            : `run id prefix "${sel.id}" matches ${matches.length} runs`,
        { location: { file: root }, hint: `active runs: ${runs.slice(0, 5).map((r) => r.runId).join(', ')}${runs.length > 5 ? ', …' : ''}` },
      );
    }
    run = await readMlflowRun(exact ?? matches[0]);
  } else if (sel.kind === 'latest') {
    run = await readMlflowRun(runs[0]);
  } else {
    let best: MlflowRun | undefined;
    for (const info of runs) {
      const r = await readMlflowRun(info);
      const v = r.metrics[sel.metric];
      if (v === undefined) continue;
      // runs are in start_time-descending order, so a strict comparison keeps the latest on ties.
      if (!best || (sel.goal === 'max' ? v > best.metrics[sel.metric] : v < best.metrics[sel.metric])) best = r;
    }
    if (!best) {
      throw new InputError(`no active MLflow run has a finite metric "${shortened(sel.metric)}"`, { location: { file: root }, hint: 'check the metric name (keys are case-sensitive)' });
    }
    run = best;
  }
  // The run is chosen by latest values; then each metric is read at the step asked for.
  if (atStep !== undefined) {
    run = await readMlflowRun(run.info, atStep);
    if (Object.keys(run.metrics).length === 0) {
      throw new InputError(`MLflow run ${run.info.runId} has no finite metric logged at step ${atStep}`, { location: { file: run.info.dir }, hint: 'pick a step the run logged (the third field of its metrics files), or leave the step out for each metric\'s latest value' });
    }
  }
  if (Object.keys(run.metrics).length === 0) {
    const name = run.info.runName ? ` (${run.info.runName})` : '';
    const why = sel.kind === 'latest' ? ', the latest by start_time' : '';
    throw new InputError(`MLflow run ${run.info.runId}${name}${why} has no metrics${run.nonFinite.length ? ` (only non-finite ones: ${shortList(run.nonFinite)})` : ''}`, {
      location: { file: run.info.dir },
      hint: run.info.parentRunId
        ? `it is a nested run of ${run.info.parentRunId}; select that run by id or use best:<metric>:max|min`
        : 'select another run by id or use best:<metric>:max|min',
    });
  }
  return run;
}

