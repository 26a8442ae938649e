/**
 * One entry point for metrics other tools wrote: detects the kind of `path` and imports it.
 *
 * Detection, first match wins:
 * - a `sqlite:///path` URI, or a file starting with SQLite's header (`mlflow.db`) → mlflow (SQLite store);
 * - a file: `events.out.tfevents.*` → tensorboard; `dvc.yaml` → dvc (its folder); `.json` → json;
 *   `.yaml`/`.yml` → yaml; `.csv`/`.tsv` → csv; `.db`/`.sqlite`/`.sqlite3` that is not SQLite and
 *   anything else is an error;
 * - a folder: holding `dvc.yaml` → dvc; holding `meta.yaml` (an MLflow experiment or run folder),
 *   sub-folders with an MLflow experiment `meta.yaml`, or an `mlruns/` sub-folder → mlflow;
 *   event files anywhere below → tensorboard; otherwise an error listing what was looked for.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { InputError, UsageError } from '../../runtime/errors.js';
import { importCsvMetrics } from './csv-metrics.js';
import { importDvcMetrics } from './dvc.js';
import { importJsonYamlMetrics } from './json-yaml.js';
import { importMlflowRun } from './mlflow.js';
import { importMlflowSqlite, isSqliteFile, sqliteUriPath } from './mlflow-sqlite.js';
import { findEventFiles, importTensorboardMetrics, isEventFileContent, isEventFileName, type TensorboardSelect } from './tensorboard.js';

export type ImportedMetricsKind = 'json' | 'yaml' | 'csv' | 'dvc' | 'tensorboard' | 'mlflow';

export interface ImportMetricsOptions {
  tensorboardSelect?: TensorboardSelect;
  /** A run id, 'latest' (default) or 'best:<metric>:max|min'. */
  mlflowRun?: string;
  /** MLflow: only runs of this experiment (id or name). */
  mlflowExperiment?: string;
  /** MLflow SQLite store: the run behind a registered model version (NAME@ALIAS, NAME/VERSION, NAME/latest). */
  mlflowModel?: string;
  /** MLflow: each metric's value at this step instead of its latest. */
  mlflowStep?: number;
}

export interface ImportedMetrics {
  metrics: Record<string, number>;
  source: { kind: ImportedMetricsKind; path: string; details?: Record<string, unknown> };
}

async function isMlflowStore(dir: string): Promise<string | undefined> {
  const own = await readFile(path.join(dir, 'meta.yaml'), 'utf8').catch(() => undefined);
  if (own !== undefined && /^(experiment_id|run_id|run_uuid):/m.test(own)) return dir;
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const mlruns = entries.find((e) => e.isDirectory() && e.name === 'mlruns');
  if (mlruns) {
    const inner = await isMlflowStore(path.join(dir, 'mlruns'));
    if (inner) return inner;
  }
  for (const e of entries) {
    if (!e.isDirectory() || e.name === '.trash') continue;
    const meta = await readFile(path.join(dir, e.name, 'meta.yaml'), 'utf8').catch(() => undefined);
    if (meta !== undefined && /^experiment_id:/m.test(meta) && !/^run_(id|uuid):/m.test(meta)) return dir;
  }
  return undefined;
}

/** Which importer `path` needs, and the path that importer should read (`store: 'sqlite'` for an MLflow mlflow.db). */
export async function detectMetricsKind(p: string): Promise<{ kind: ImportedMetricsKind; path: string; store?: 'sqlite' }> {
  const uriFile = sqliteUriPath(p);
  if (uriFile !== undefined) return { kind: 'mlflow', path: uriFile, store: 'sqlite' };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(p) && !(await stat(p).catch(() => undefined))) {
    throw new InputError(`"${p.split('://')[0]}://" stores are not read; only files, folders and sqlite:/// URIs`, {
      location: { file: p },
      hint: 'export the runs to a SQLite store or an mlruns folder, or pass the path of mlflow.db',
    });
  }
  const st = await stat(p).catch(() => undefined);
  if (!st) throw new InputError('metrics path does not exist', { location: { file: p }, hint: 'check the path (relative paths start at the working directory)' });
  if (st.isFile()) {
    const base = path.basename(p);
    if (isEventFileName(base)) return { kind: 'tensorboard', path: p };
    if (base === 'dvc.yaml') return { kind: 'dvc', path: path.dirname(p) };
    const ext = path.extname(base).toLowerCase();
    if (ext === '.json') return { kind: 'json', path: p };
    if (ext === '.yaml' || ext === '.yml') return { kind: 'yaml', path: p };
    if (ext === '.csv' || ext === '.tsv') return { kind: 'csv', path: p };
    if (await isSqliteFile(p)) return { kind: 'mlflow', path: p, store: 'sqlite' };
    if (ext === '.db' || ext === '.sqlite' || ext === '.sqlite3') {
      throw new InputError(`"${base}" is not a SQLite database (it does not start with "SQLite format 3")`, {
        location: { file: p },
        hint: "point at the mlflow.db that MLflow's SQLite tracking store (sqlite:///mlflow.db) wrote",
      });
    }
    // An event file renamed or copied by hand (`run.tfevents`, `events.bin`): recognised by its first record.
    if (await isEventFileContent(p)) return { kind: 'tensorboard', path: p };
    throw new InputError(`cannot tell what kind of metrics file "${base}" is`, {
      location: { file: p },
      hint: 'supported: .json, .yaml/.yml, .csv/.tsv, TensorBoard events.out.tfevents.*, an MLflow mlflow.db, or a DVC project / MLflow mlruns / TensorBoard log folder',
    });
  }
  if (st.isDirectory()) {
    const dvc = await stat(path.join(p, 'dvc.yaml')).catch(() => undefined);
    if (dvc?.isFile()) return { kind: 'dvc', path: p };
    const store = await isMlflowStore(p);
    if (store) return { kind: 'mlflow', path: store };
    if ((await findEventFiles(p)).length > 0) return { kind: 'tensorboard', path: p };
  }
  throw new InputError('no metrics recognised in this folder', {
    location: { file: p },
    hint: 'expected dvc.yaml (DVC project), meta.yaml files (MLflow mlruns), events.out.tfevents.* files (TensorBoard), or pass a .json/.yaml/.csv file',
  });
}

export async function importMetrics(p: string, options: ImportMetricsOptions = {}): Promise<ImportedMetrics> {
  const { kind, path: at, store } = await detectMetricsKind(p);
  switch (kind) {
    case 'json':
    case 'yaml': {
      const r = await importJsonYamlMetrics(at, kind);
      return { metrics: r.metrics, source: { kind, path: at, details: { skipped: r.skipped } } };
    }
    case 'csv': {
      const r = await importCsvMetrics(at);
      return { metrics: r.metrics, source: { kind, path: at, details: { layout: r.layout, line: r.line, rows: r.rows, skipped: r.skipped } } };
    }
    case 'dvc': {
      const r = await importDvcMetrics(at);
      return {
        metrics: r.metrics,
        source: { kind, path: at, details: { files: r.files, missing: r.missing, unresolved: r.unresolved, skipped: r.skipped, params: r.params } },
      };
    }
    case 'tensorboard': {
      const r = await importTensorboardMetrics(at, options.tensorboardSelect ?? 'last');
      return { metrics: r.metrics, source: { kind, path: at, details: { select: r.select, steps: r.steps, runs: r.runs, hparam_metrics: r.hparamMetrics } } };
    }
    case 'mlflow': {
      if (store === 'sqlite') {
        const r = await importMlflowSqlite(at, { run: options.mlflowRun ?? 'latest', experiment: options.mlflowExperiment, model: options.mlflowModel, step: options.mlflowStep });
        return {
          metrics: r.metrics,
          source: {
            kind,
            path: at,
            details: {
              store: 'sqlite',
              schema: r.schema,
              selector: options.mlflowModel === undefined ? (options.mlflowRun ?? 'latest') : `model ${options.mlflowModel}`,
              ...(options.mlflowExperiment === undefined ? {} : { experiment: options.mlflowExperiment }),
              ...(r.model ? { model: r.model } : {}),
              run: r.info,
              params: r.params,
              tags: r.tags,
              steps: r.steps,
              nonFinite: r.nonFinite,
            },
          },
        };
      }
      if (options.mlflowModel !== undefined) {
        throw new UsageError((o) => `${o.option('mlflow-model')} reads the model registry of an MLflow SQLite store (mlflow.db); an mlruns folder is read by run`, {
          hint: (o) => `select the run with ${o.option('mlflow-run')} (its id is on the model version's page), or import the mlflow.db`,
        });
      }
      const r = await importMlflowRun(at, options.mlflowRun ?? 'latest', options.mlflowExperiment, options.mlflowStep);
      const { dir: _dir, ...run } = r.info;
      return {
        metrics: r.metrics,
        source: {
          kind,
          path: at,
          details: {
            selector: options.mlflowRun ?? 'latest',
            ...(options.mlflowExperiment === undefined ? {} : { experiment: options.mlflowExperiment }),
            run: { ...run, path: r.info.dir },
            params: r.params,
            tags: r.tags,
            steps: r.steps,
            nonFinite: r.nonFinite,
          },
        },
      };
    }
  }
}
