/**
 * An MLflow SQLite tracking store (`mlflow.db`, the default store of current MLflow; also given as
 * the tracking URI `sqlite:///mlflow.db`), read with the semantics of
 * `mlflow.store.tracking.sqlalchemy_store.SqlAlchemyStore` and its model registry:
 *
 * - experiments: table `experiments` (`experiment_id`, `name`, `lifecycle_stage`); runs: table
 *   `runs` (`run_uuid`, `experiment_id`, `name`, `status`, `start_time`, `end_time`,
 *   `lifecycle_stage`). A run is a candidate only when it and its experiment are `active`; deleted
 *   runs and runs of deleted experiments are never chosen, not even by id;
 * - metrics: table `metrics`, every logged point (`key`, `value`, `timestamp`, `step`, `is_nan`).
 *   A run's metric is the point with the highest (step, timestamp, value), exactly the order
 *   `_update_latest_metrics_if_necessary` keeps in `latest_metrics`. MLflow stores NaN as value 0
 *   with `is_nan` 1, and ±infinity as ±1.7976931348623157e308 (SQL has no infinity): both are left
 *   out and listed in `nonFinite`, as the file store importer does with `nan`/`inf`;
 * - params and tags: tables `params` and `tags`; a NULL tag value reads as "";
 * - the run name is `runs.name`, else the `mlflow.runName` tag (stores from before that column);
 * - the registry: `registered_models`, `model_versions` (`run_id`, `current_stage`; MLflow
 *   soft-deletes a version by setting its stage to `Deleted_Internal`) and
 *   `registered_model_aliases` (`name`, `alias`, `version`).
 *
 * Selectors: those of the file store (`mlflow.ts`): a run id or a unique prefix of at least 6
 * characters, `latest` (highest start_time, then run id: MLflow's default order), or
 * `best:<metric>:max|min`; an experiment by id or name narrows the candidates; a model version
 * (`NAME@ALIAS`, `NAME/VERSION`, `NAME/latest`, optionally as `models:/…`) picks the run that
 * produced it.
 *
 * Reading: the file's bytes go into sql.js (SQLite compiled to WebAssembly, its inline build) in
 * memory; nothing is ever written back. sql.js is loaded only here, on first use, so a cold start
 * that imports anything else does not pay for it. The schema is checked column by column
 * (`pragma_table_info`) before any query: a revision we have not tested is read when every
 * column we use is there, and refused, naming the revision and what is missing, when not.
 */
import { open, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { InputError, UsageError } from '../../runtime/errors.js';
import { shortened, shortList } from '../../runtime/message-text.js';
import { parseMlflowRunSelector, type MlflowRunSelector } from './mlflow.js';

/** Alembic revisions of real stores the tests read (test/model/mlflow-sqlite.test.ts). */
export const TESTED_MLFLOW_REVISIONS: Readonly<Record<string, string>> = Object.freeze({
  '5b0e9adcef9c': 'MLflow 2.x (2024): add cascade deletion to trace tables foreign keys',
  '1bd49d398cd23': 'MLflow 3.x (2025-11): add secrets tables',
});

/** Tables and columns every import reads. */
const TRACKING_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  experiments: ['experiment_id', 'name', 'lifecycle_stage'],
  runs: ['run_uuid', 'experiment_id', 'status', 'start_time', 'end_time', 'lifecycle_stage'],
  metrics: ['run_uuid', 'key', 'value', 'timestamp', 'step', 'is_nan'],
  params: ['run_uuid', 'key', 'value'],
  tags: ['run_uuid', 'key', 'value'],
};
/** Read only with a model selector. */
const REGISTRY_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  registered_models: ['name'],
  model_versions: ['name', 'version', 'run_id', 'current_stage'],
};
/** Read only with a `NAME@ALIAS` selector (aliases arrived in MLflow 2.3). */
const ALIAS_COLUMNS: Readonly<Record<string, readonly string[]>> = {
  registered_model_aliases: ['name', 'alias', 'version'],
};

const SQLITE_MAGIC = 'SQLite format 3\0';
/** How MLflow stores ±infinity: SQL has none, so `SqlAlchemyStore` writes ±sys.float_info.max. */
const MLFLOW_INFINITY = 1.7976931348623157e308;
/** Buffers past this are refused by node's readFile; say so before trying. */
const MAX_BYTES = 2 ** 31 - 1;

export interface MlflowSqliteRunInfo {
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
}

export interface MlflowModelVersionInfo {
  name: string;
  version: number;
  /** The alias that named it, when the selector was NAME@ALIAS. */
  alias?: string;
  /** Every alias pointing at this version. */
  aliases: string[];
  /** `current_stage` (None, Staging, Production, Archived), or null. */
  stage: string | null;
  runId: string;
}

export interface MlflowSqliteRun {
  info: MlflowSqliteRunInfo;
  metrics: Record<string, number>;
  /** Step of each imported metric value. */
  steps: Record<string, number>;
  /** Metrics whose selected value is NaN or ±infinity (not in `metrics`). */
  nonFinite: string[];
  params: Record<string, string>;
  tags: Record<string, string>;
  /** The schema revision read (`alembic_version.version_num`) and whether the tests cover it. */
  schema: { revision: string; tested: boolean };
  /** The registered model version that selected the run, when a model selector was given. */
  model?: MlflowModelVersionInfo;
}

export interface MlflowSqliteOptions {
  /** A run id, 'latest' (default) or 'best:<metric>:max|min'. */
  run?: string | MlflowRunSelector;
  /** Only runs of this experiment (id or name). */
  experiment?: string;
  /** The run behind a registered model version: NAME@ALIAS, NAME/VERSION or NAME/latest. */
  model?: string;
  /**
   * Each metric's value at this step (the last one logged at it) instead of its latest; metrics
   * never logged at the step are left out. The run is still chosen by latest values (best:…).
   */
  step?: number;
}

export type MlflowModelSelector = { name: string } & ({ kind: 'alias'; alias: string } | { kind: 'version'; version: number } | { kind: 'latest' });

export function parseMlflowModelSelector(s: string): MlflowModelSelector {
  const t = s.trim().replace(/^models:\//, '');
  const at = t.lastIndexOf('@');
  if (at > 0 && at < t.length - 1) return { kind: 'alias', name: t.slice(0, at), alias: t.slice(at + 1) };
  const slash = t.lastIndexOf('/');
  if (slash > 0) {
    const name = t.slice(0, slash);
    const v = t.slice(slash + 1);
    if (v === 'latest') return { kind: 'latest', name };
    if (/^[1-9]\d{0,9}$/.test(v)) return { kind: 'version', name, version: Number(v) };
  }
  throw new UsageError(`MLflow model selector "${shortened(s)}" is not NAME@ALIAS, NAME/VERSION or NAME/latest`, {
    hint: 'for example nyc-taxi-model@staging or nyc-taxi-model/1 (the names the MLflow UI shows under Models)',
  });
}

/** `sqlite:///rel/path.db` → `rel/path.db`, `sqlite:////abs/path.db` → `/abs/path.db` (SQLAlchemy's URL rules); undefined when `p` is not a sqlite URI. */
export function sqliteUriPath(p: string): string | undefined {
  if (!/^sqlite:/i.test(p)) return undefined;
  const m = /^sqlite:\/\/\/([^?]+)(\?.*)?$/i.exec(p);
  if (!m) {
    throw new InputError(`"${shortened(p)}" is not a SQLite file URI`, {
      hint: 'write sqlite:///relative/path/mlflow.db or sqlite:////absolute/path/mlflow.db (an in-memory sqlite:// store has nothing to import)',
    });
  }
  let file: string;
  try {
    file = decodeURIComponent(m[1]);
  } catch {
    file = m[1];
  }
  return file;
}

/** Whether `file` starts with SQLite's 16-byte header. */
export async function isSqliteFile(file: string): Promise<boolean> {
  const fh = await open(file, 'r').catch(() => undefined);
  if (!fh) return false;
  try {
    const buf = Buffer.alloc(16);
    const { bytesRead } = await fh.read(buf, 0, 16, 0);
    return bytesRead === 16 && buf.toString('latin1') === SQLITE_MAGIC;
  } finally {
    await fh.close();
  }
}

let sqlJs: Promise<SqlJsStatic> | undefined;

/** sql.js, loaded on first use: ~1 MB of inlined WebAssembly that only a .db import needs. */
function loadSqlJs(): Promise<SqlJsStatic> {
  sqlJs ??= import('sql.js/dist/sql-wasm-inline.js').then((m) => {
    // A CommonJS module: its exports object is the default export, itself carrying `default`.
    const init = (m.default as unknown as { default?: typeof m.default }).default ?? m.default;
    // sql.js sets its CommonJS `module` to undefined and then, on Node, runs
    // `typeof module !== "undefined" && (module.exports = …)`; the bundler (webpack, inside ncc)
    // folds that typeof to "object", so the bundled copy assigns to undefined and throws. Its Node
    // branch is skipped when `process.type` is "renderer" (Electron's flag), and nothing in it is
    // needed here: the WebAssembly is inlined (no file to read), randomness comes from the global
    // crypto. The flag is set only while initSqlJs's synchronous part runs (where sql.js reads
    // it once), the same way in tests and bundles.
    const proc = process as { type?: unknown };
    const had = Object.hasOwn(proc, 'type');
    const before = proc.type;
    proc.type = 'renderer';
    try {
      return init();
    } finally {
      if (had) proc.type = before;
      else delete proc.type;
    }
  });
  sqlJs.catch(() => {
    sqlJs = undefined;
  });
  return sqlJs;
}

function sqliteProblem(e: unknown): boolean {
  return e instanceof Error && /not a database|malformed|corrupt|disk I\/O error/i.test(e.message);
}

async function openStore(file: string): Promise<Database> {
  const st = await stat(file).catch(() => undefined);
  if (!st?.isFile()) {
    throw new InputError('MLflow SQLite store not found', { location: { file }, hint: 'check the path of mlflow.db (relative paths start at the working directory)' });
  }
  if (st.size > MAX_BYTES) {
    throw new InputError(`MLflow SQLite store is ${st.size} bytes; the in-memory reader takes at most 2 GiB`, {
      location: { file },
      hint: 'delete old runs and traces with "mlflow gc", then "sqlite3 mlflow.db VACUUM" (on a copy), or log the metrics to a file the importer reads',
    });
  }
  const bytes = await readFile(file);
  if (bytes.length < 100 || bytes.toString('latin1', 0, 16) !== SQLITE_MAGIC) {
    throw new InputError('not a SQLite database (the file does not start with "SQLite format 3")', {
      location: { file },
      hint: 'point at the mlflow.db that "mlflow server --backend-store-uri sqlite:///mlflow.db" or MLflow\'s default tracking URI writes',
    });
  }
  const wal = await stat(`${file}-wal`).catch(() => undefined);
  if (wal?.isFile() && wal.size > 0) {
    throw new InputError(`${path.basename(file)}-wal is beside it and not empty: the newest writes are in the write-ahead log, which a read-only import cannot merge`, {
      location: { file },
      hint: `stop the MLflow server or process writing to it (SQLite then folds the log into the file), or run sqlite3 ${path.basename(file)} "PRAGMA wal_checkpoint(TRUNCATE)"`,
    });
  }
  // Header bytes 18-19 say 2 for a WAL-mode file (and the log is empty, checked above). The in-memory
  // copy reads it as a rollback-journal file, which is the same content; the file itself is untouched.
  if (bytes[18] === 2 || bytes[19] === 2) {
    bytes[18] = 1;
    bytes[19] = 1;
  }
  const SQL = await loadSqlJs();
  try {
    const db = new SQL.Database(bytes);
    db.exec('PRAGMA query_only = ON');
    db.exec('SELECT count(*) FROM sqlite_master');
    return db;
  } catch (e) {
    if (!sqliteProblem(e)) throw e;
    throw new InputError(`SQLite cannot read this file: ${shortened((e as Error).message, 120)}`, {
      location: { file },
      hint: 'the database is damaged or was copied while being written; copy it again with sqlite3 mlflow.db ".backup copy.db"',
      cause: e,
    });
  }
}

function rows(db: Database, sql: string, params: SqlValue[] = []): SqlValue[][] {
  const st = db.prepare(sql);
  try {
    st.bind(params);
    const out: SqlValue[][] = [];
    while (st.step()) out.push(st.get());
    return out;
  } finally {
    st.free();
  }
}

const text = (v: SqlValue | undefined): string => (v === null || v === undefined ? '' : v instanceof Uint8Array ? Buffer.from(v).toString('utf8') : String(v));
const num = (v: SqlValue | undefined): number | null => (typeof v === 'number' ? v : typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v) ? Number(v) : null);

function tableColumns(db: Database, table: string): Set<string> {
  return new Set(rows(db, 'SELECT name FROM pragma_table_info(?)', [table]).map((r) => text(r[0])));
}

interface Schema {
  revision: string;
  tested: boolean;
  /** `runs.name` exists (added in 2022; older stores keep the name in the mlflow.runName tag). */
  runName: boolean;
}

function checkColumns(db: Database, file: string, revision: string, needed: Readonly<Record<string, readonly string[]>>, what: string): void {
  const missing: string[] = [];
  for (const [table, columns] of Object.entries(needed)) {
    const have = tableColumns(db, table);
    if (have.size === 0) missing.push(`table "${table}"`);
    else for (const c of columns) if (!have.has(c)) missing.push(`column "${table}.${c}"`);
  }
  if (missing.length === 0) return;
  const known = Object.hasOwn(TESTED_MLFLOW_REVISIONS, revision);
  throw new InputError(
    `MLflow store schema revision "${shortened(revision)}"${known ? '' : ' (not one we have tested)'} lacks what ${what} reads: ${shortList(missing)}`,
    {
      location: { file },
      hint: `upgrade a copy with "mlflow db upgrade sqlite:///copy.db" using a current MLflow, then import the copy; tested revisions: ${Object.keys(TESTED_MLFLOW_REVISIONS).join(', ')}`,
    },
  );
}

function readSchema(db: Database, file: string): Schema {
  const tables = new Set(rows(db, "SELECT name FROM sqlite_master WHERE type = 'table'").map((r) => text(r[0])));
  if (!tables.has('alembic_version')) {
    const mlflowish = ['experiments', 'runs', 'metrics'].filter((t) => tables.has(t));
    throw new InputError(
      mlflowish.length > 0
        ? `no alembic_version table, so the MLflow schema revision is unknown (the file has tables ${shortList(mlflowish)})`
        : `not an MLflow tracking store: no alembic_version, experiments or runs table${tables.size ? ` (tables: ${shortList([...tables].sort())})` : ' (no tables)'}`,
      { location: { file }, hint: 'point at the mlflow.db that MLflow wrote (its tracking URI, e.g. sqlite:///mlflow.db)' },
    );
  }
  const versions = rows(db, 'SELECT version_num FROM alembic_version').map((r) => text(r[0]));
  const revision = versions.length === 1 ? versions[0] : versions.length === 0 ? '(empty alembic_version)' : versions.join('+');
  checkColumns(db, file, revision, TRACKING_COLUMNS, 'the importer');
  return { revision, tested: Object.hasOwn(TESTED_MLFLOW_REVISIONS, revision), runName: tableColumns(db, 'runs').has('name') };
}

interface Experiment {
  id: string;
  name: string;
  active: boolean;
}

function listExperiments(db: Database): Experiment[] {
  return rows(db, 'SELECT CAST(experiment_id AS TEXT), name, lifecycle_stage FROM experiments ORDER BY experiment_id').map((r) => ({
    id: text(r[0]),
    name: text(r[1]),
    active: text(r[2]) !== 'deleted',
  }));
}

function pickExperiment(experiments: Experiment[], wanted: string, file: string): Experiment {
  const w = wanted.trim();
  const byId = experiments.find((e) => e.id === w);
  const byName = experiments.find((e) => e.name === w);
  if (byId && byName && byId !== byName) {
    throw new UsageError(`MLflow experiment "${shortened(w)}" is both the id of "${shortened(byId.name)}" and the name of experiment ${byName.id}`, {
      hint: `give the other one's id (${byName.id}) to mean the experiment named "${shortened(w)}"`,
    });
  }
  const exp = byId ?? byName;
  const list = shortList(experiments.filter((e) => e.active).map((e) => `${e.id} (${e.name})`));
  if (!exp) throw new InputError(`no MLflow experiment with id or name "${shortened(w)}"`, { location: { file }, hint: `active experiments: ${list || 'none'}` });
  if (!exp.active) {
    throw new InputError(`MLflow experiment ${exp.id} ("${shortened(exp.name)}") is deleted; its runs are not imported`, {
      location: { file },
      hint: `restore it with "mlflow experiments restore --experiment-id ${exp.id}", or pick an active one: ${list || 'none'}`,
    });
  }
  return exp;
}

interface RunRow extends MlflowSqliteRunInfo {
  experimentActive: boolean;
}

function listRuns(db: Database, schema: Schema, experiments: Experiment[]): RunRow[] {
  const byId = new Map(experiments.map((e) => [e.id, e]));
  const sql = `SELECT r.run_uuid, CAST(r.experiment_id AS TEXT), ${schema.runName ? 'r.name' : 'NULL'}, r.status, r.start_time, r.end_time, r.lifecycle_stage,
      (SELECT t.value FROM tags t WHERE t.run_uuid = r.run_uuid AND t.key = 'mlflow.runName'),
      (SELECT t.value FROM tags t WHERE t.run_uuid = r.run_uuid AND t.key = 'mlflow.parentRunId')
    FROM runs r`;
  return rows(db, sql).map((r) => {
    const exp = byId.get(text(r[1]));
    const info: RunRow = {
      runId: text(r[0]),
      experimentId: text(r[1]),
      experimentName: exp?.name ?? '',
      runName: text(r[2]) || text(r[7]),
      startTime: num(r[4]),
      endTime: num(r[5]),
      status: text(r[3]),
      lifecycleStage: text(r[6]) || 'active',
      experimentActive: exp?.active ?? false,
    };
    if (text(r[8])) info.parentRunId = text(r[8]);
    return info;
  });
}

interface Point {
  value: number;
  timestamp: number;
  step: number;
  isNan: boolean;
}

/** MLflow's "latest" order: (step, timestamp, stored value), the stored value of NaN being 0. */
const later = (a: Point, b: Point): boolean => a.step > b.step || (a.step === b.step && (a.timestamp > b.timestamp || (a.timestamp === b.timestamp && a.value > b.value)));

function toPoint(r: SqlValue[], at: number): Point {
  return { value: num(r[at]) ?? NaN, timestamp: num(r[at + 1]) ?? 0, step: num(r[at + 2]) ?? 0, isNan: r[at + 3] === 1 || r[at + 3] === '1' };
}

const finite = (p: Point): boolean => !p.isNan && Number.isFinite(p.value) && Math.abs(p.value) !== MLFLOW_INFINITY;

function readRun(db: Database, info: MlflowSqliteRunInfo, schema: Schema, atStep?: number): MlflowSqliteRun {
  const latest = new Map<string, Point>();
  for (const r of rows(db, 'SELECT key, value, timestamp, step, is_nan FROM metrics WHERE run_uuid = ?', [info.runId])) {
    const key = text(r[0]);
    const p = toPoint(r, 1);
    if (atStep !== undefined && p.step !== atStep) continue;
    const best = latest.get(key);
    if (!best || later(p, best)) latest.set(key, p);
  }
  const metrics: Record<string, number> = Object.create(null); // user names as keys: "__proto__" must stay data
  const steps: Record<string, number> = Object.create(null); // user names as keys: "__proto__" must stay data
  const nonFinite: string[] = [];
  for (const [key, p] of [...latest].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (finite(p)) {
      metrics[key] = p.value;
      steps[key] = p.step;
    } else nonFinite.push(key);
  }
  const keyed = (table: 'params' | 'tags'): Record<string, string> => {
    const out: Record<string, string> = Object.create(null); // user names as keys: "__proto__" must stay data
    for (const r of rows(db, `SELECT key, value FROM ${table} WHERE run_uuid = ? ORDER BY key`, [info.runId])) out[text(r[0])] = text(r[1]);
    return out;
  };
  return { info, metrics, steps, nonFinite, params: keyed('params'), tags: keyed('tags'), schema: { revision: schema.revision, tested: schema.tested } };
}

const byStartDesc = (a: MlflowSqliteRunInfo, b: MlflowSqliteRunInfo): number =>
  (b.startTime ?? -Infinity) - (a.startTime ?? -Infinity) || (a.runId < b.runId ? -1 : a.runId > b.runId ? 1 : 0);

const publicInfo = ({ experimentActive: _e, ...info }: RunRow): MlflowSqliteRunInfo => info;

/** Why a run that exists is not a candidate, or undefined when it is one. */
function whyNot(run: RunRow, scope: Experiment | undefined): string | undefined {
  if (run.lifecycleStage === 'deleted') return `is deleted (experiment ${run.experimentId}, lifecycle_stage deleted); deleted runs are not imported`;
  if (!run.experimentActive) return `belongs to experiment ${run.experimentId}, which is deleted; its runs are not imported`;
  if (scope && run.experimentId !== scope.id) return `belongs to experiment ${run.experimentId} ("${shortened(run.experimentName)}"), not to the experiment asked for (${scope.id}, "${shortened(scope.name)}")`;
  return undefined;
}

function resolveModel(db: Database, file: string, revision: string, sel: MlflowModelSelector): MlflowModelVersionInfo {
  checkColumns(db, file, revision, REGISTRY_COLUMNS, 'a model selector');
  if (sel.kind === 'alias') checkColumns(db, file, revision, ALIAS_COLUMNS, 'an alias selector');
  const models = rows(db, 'SELECT name FROM registered_models ORDER BY name').map((r) => text(r[0]));
  if (!models.includes(sel.name)) {
    throw new InputError(`no registered MLflow model "${shortened(sel.name)}"`, { location: { file }, hint: `registered models: ${models.length ? shortList(models) : 'none'}` });
  }
  const live = "(current_stage IS NULL OR current_stage != 'Deleted_Internal')";
  const hasAliases = tableColumns(db, 'registered_model_aliases').size > 0;
  const aliasesOf = (version: number): string[] =>
    hasAliases ? rows(db, 'SELECT alias FROM registered_model_aliases WHERE name = ? AND version = ? ORDER BY alias', [sel.name, version]).map((r) => text(r[0])) : [];
  let version: number;
  if (sel.kind === 'alias') {
    const hit = rows(db, 'SELECT version FROM registered_model_aliases WHERE name = ? AND alias = ?', [sel.name, sel.alias]);
    if (hit.length === 0) {
      const all = rows(db, 'SELECT alias, version FROM registered_model_aliases WHERE name = ? ORDER BY alias', [sel.name]).map((r) => `@${text(r[0])} → ${text(r[1])}`);
      throw new InputError(`registered MLflow model "${shortened(sel.name)}" has no alias "${shortened(sel.alias)}"`, {
        location: { file },
        hint: all.length ? `its aliases: ${shortList(all)}` : `it has no aliases; select a version with ${shortened(sel.name)}/VERSION`,
      });
    }
    version = num(hit[0][0]) ?? NaN;
  } else if (sel.kind === 'latest') {
    const hit = rows(db, `SELECT max(version) FROM model_versions WHERE name = ? AND ${live}`, [sel.name]);
    const v = num(hit[0]?.[0] ?? null);
    if (v === null) throw new InputError(`registered MLflow model "${shortened(sel.name)}" has no versions`, { location: { file }, hint: 'register a version from a run first' });
    version = v;
  } else version = sel.version;
  const row = rows(db, 'SELECT run_id, current_stage FROM model_versions WHERE name = ? AND version = ?', [sel.name, version])[0];
  const named = `version ${version} of MLflow model "${shortened(sel.name)}"${sel.kind === 'alias' ? ` (alias @${shortened(sel.alias)})` : ''}`;
  if (!row || text(row[1]) === 'Deleted_Internal') {
    const versions = rows(db, `SELECT version FROM model_versions WHERE name = ? AND ${live} ORDER BY version`, [sel.name]).map((r) => text(r[0]));
    throw new InputError(`${named} ${row ? 'is deleted' : 'does not exist'}`, { location: { file }, hint: `its versions: ${versions.length ? shortList(versions) : 'none'}` });
  }
  const runId = text(row[0]);
  if (!runId) {
    throw new InputError(`${named} was registered without a run (model_versions.run_id is empty), so there are no run metrics behind it`, {
      location: { file },
      hint: 'register the model from a run (mlflow.register_model("runs:/RUN_ID/model", …)) or select the run with its id',
    });
  }
  const stage = row[1] === null ? null : text(row[1]);
  return { name: sel.name, version, ...(sel.kind === 'alias' ? { alias: sel.alias } : {}), aliases: aliasesOf(version), stage, runId };
}

export async function importMlflowSqlite(file: string, options: MlflowSqliteOptions = {}): Promise<MlflowSqliteRun> {
  const sel = typeof options.run === 'string' ? parseMlflowRunSelector(options.run) : (options.run ?? { kind: 'latest' as const });
  const modelSel = options.model === undefined ? undefined : parseMlflowModelSelector(options.model);
  if (modelSel && sel.kind !== 'latest') {
    throw new UsageError((o) => `give either ${o.option('mlflow-model')} or ${o.option('mlflow-run')}, not both: the model version names its run`);
  }
  const db = await openStore(file);
  try {
    return select(db, file, sel, modelSel, options.experiment, options.step);
  } catch (e) {
    if (!sqliteProblem(e)) throw e;
    throw new InputError(`SQLite cannot read this file: ${shortened((e as Error).message, 120)}`, {
      location: { file },
      hint: 'the database is damaged or was copied while being written; copy it again with sqlite3 mlflow.db ".backup copy.db"',
      cause: e,
    });
  } finally {
    db.close();
  }
}

function select(db: Database, file: string, sel: MlflowRunSelector, modelSel: MlflowModelSelector | undefined, experiment: string | undefined, atStep?: number): MlflowSqliteRun {
  const schema = readSchema(db, file);
  const experiments = listExperiments(db);
  const scope = experiment === undefined || experiment.trim() === '' ? undefined : pickExperiment(experiments, experiment, file);
  const all = listRuns(db, schema, experiments);
  const runs = all.filter((r) => whyNot(r, scope) === undefined).sort(byStartDesc);
  const where = scope ? ` in experiment ${scope.id} ("${shortened(scope.name)}")` : '';
  const activeHint = (): string => `active runs${where}: ${runs.length ? shortList(runs.map((r) => r.runId)) : 'none'}`;

  let run: MlflowSqliteRun;
  let model: MlflowModelVersionInfo | undefined;
  if (modelSel) {
    model = resolveModel(db, file, schema.revision, modelSel);
    const behind = all.find((r) => r.runId === model!.runId);
    const named = `version ${model.version} of MLflow model "${shortened(model.name)}"`;
    if (!behind) throw new InputError(`${named} comes from run ${model.runId}, which is not in this store`, { location: { file }, hint: 'the run was logged to another tracking store; import that one' });
    const why = whyNot(behind, scope);
    if (why) throw new InputError(`${named} comes from run ${model.runId}, which ${why}`, { location: { file }, hint: activeHint() });
    run = readRun(db, publicInfo(behind), schema);
  } else {
    if (runs.length === 0) {
      throw new InputError(`no active MLflow runs${where} (deleted runs and runs of deleted experiments are ignored)`, {
        location: { file },
        hint: scope ? 'pick another experiment, or none to read them all' : 'log a run to this store first',
      });
    }
    if (sel.kind === 'id') {
      const matches = runs.filter((r) => r.runId.startsWith(sel.id));
      const exact = matches.find((r) => r.runId === sel.id);
      if (!exact && matches.length !== 1) {
        const prefixed = all.filter((r) => r.runId.startsWith(sel.id));
        const other = matches.length > 0 ? undefined : (prefixed.find((r) => r.runId === sel.id) ?? (prefixed.length === 1 ? prefixed[0] : undefined));
        const why = other ? whyNot(other, scope) : undefined;
        throw new InputError(
          why
            ? `MLflow run "${other!.runId}" ${why}`
            : matches.length === 0
              ? `no active MLflow run "${shortened(sel.id)}"${where} (deleted runs and runs of deleted experiments are ignored)`
              : `run id prefix "${shortened(sel.id)}" matches ${matches.length} runs`,
          { location: { file }, hint: activeHint() },
        );
      }
      run = readRun(db, publicInfo(exact ?? matches[0]), schema);
    } else if (sel.kind === 'latest') {
      run = readRun(db, publicInfo(runs[0]), schema);
    } else {
      run = best(db, file, runs, sel, schema, where);
    }
  }
  if (atStep !== undefined) run = readRun(db, run.info, schema, atStep);
  if (model) run.model = model;
  if (atStep !== undefined && Object.keys(run.metrics).length === 0) {
    throw new InputError(`MLflow run ${run.info.runId} has no finite metric logged at step ${atStep}`, { location: { file }, hint: 'pick a step the run logged (the metrics table\'s step column), or leave the step out for each metric\'s latest value' });
  }
  if (Object.keys(run.metrics).length === 0) {
    const name = run.info.runName ? ` (${shortened(run.info.runName)})` : '';
    const why = model ? `, behind version ${model.version} of model "${shortened(model.name)}",` : sel.kind === 'latest' ? ', the latest by start_time,' : '';
    throw new InputError(`MLflow run ${run.info.runId}${name}${why} has no metrics${run.nonFinite.length ? ` (only non-finite ones: ${shortList(run.nonFinite)})` : ''}`, {
      location: { file },
      hint: run.info.parentRunId
        ? `it is a nested run of ${run.info.parentRunId}; select that run by id or use best:<metric>:max|min`
        : 'select another run by id or use best:<metric>:max|min',
    });
  }
  return run;
}

/** `best:<metric>:max|min` among `runs` (start_time descending, so a strict comparison keeps the latest on ties). */
function best(db: Database, file: string, runs: RunRow[], sel: { metric: string; goal: 'max' | 'min' }, schema: Schema, where: string): MlflowSqliteRun {
  const latest = new Map<string, Point>();
  for (const r of rows(db, 'SELECT run_uuid, value, timestamp, step, is_nan FROM metrics WHERE key = ?', [sel.metric])) {
    const id = text(r[0]);
    const p = toPoint(r, 1);
    const prev = latest.get(id);
    if (!prev || later(p, prev)) latest.set(id, p);
  }
  let winner: RunRow | undefined;
  let value = NaN;
  for (const run of runs) {
    const p = latest.get(run.runId);
    if (!p || !finite(p)) continue;
    if (!winner || (sel.goal === 'max' ? p.value > value : p.value < value)) {
      winner = run;
      value = p.value;
    }
  }
  if (!winner) {
    throw new InputError(`no active MLflow run${where} has a finite metric "${shortened(sel.metric)}"`, { location: { file }, hint: 'check the metric name (keys are case-sensitive)' });
  }
  return readRun(db, publicInfo(winner), schema);
}
