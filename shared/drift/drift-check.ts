/**
 * checkDrift: the drift-check step's core, one operation for the action, `mlops drift` and the
 * tests. Reference (shared/drift/reference.ts) and current data (the sources) in; per-column
 * tests (Evidently's defaults, or the configured test and threshold), the column alarms
 * (column-alarm.ts), the dataset decision, the metric rules, the fairness bounds on labelled
 * production rows (fairness-check.ts), and one `mlops-actions/drift@1` report out, written
 * atomically.
 *
 * Broken evidence never becomes a decision: a source that fails, data with none of the rows, or a
 * column the reference has and production lacks stops the step with a clear error before any
 * report (and so before any retraining PR) exists.
 */
import { writeJsonAtomic } from '../runtime/atomic-write.js';
import { InputError } from '../runtime/errors.js';
import type { Profile } from '../formats/profile-format.js';
import { columnAlarms, DEFAULT_ALARM_RULES, type ColumnAlarmRules } from './column-alarm.js';
import { datasetDrift, testColumn } from './column-test.js';
import { categoricalFromCounts, categoricalFromProfile, distributionFromProfile, numericFromValues, type Distribution } from './distribution.js';
import type { DriftModelConfig } from './drift-config.js';
import { DRIFT_SCHEMA, driftReportSchema, type ColumnDrift, type DriftReport } from '../formats/drift-format.js';
import { checkMetricRules } from './metric-rules.js';
import { columnKindOf, resolveReference, type Reference, type ReferenceSpec } from './reference.js';
import type { CollectedColumn, WantedColumn } from './sources/collect-columns.js';
import { readCurrentData } from './sources/read-sources.js';
import type { SourceConfig } from './sources/source-config.js';
import { explanationSchema, EXPLANATION_SCHEMA, type Explanation } from '../formats/explanation-format.js';
import { readJsonAs } from '../registry/release-files.js';

/** A feature ranked this high by the model's importance is a "top feature": its drift gets a reason of its own. */
export const TOP_FEATURES = 3;

export interface DriftCheckOptions {
  model: string | null;
  reference: ReferenceSpec;
  sources: SourceConfig[];
  /** The model's drift settings (columns, share, metrics); defaults when absent. */
  config?: Partial<Pick<DriftModelConfig, 'columns' | 'share' | 'metrics' | 'alarms' | 'fail_on' | 'fairness'>>;
  /** Where the report goes (atomically). */
  out: string;
  /**
   * The model's explanation (explain's mlops-actions/explanation@1) by which drifted columns are
   * ordered; default: the reference release's own explanation.json, when it was published with one.
   */
  explanation?: string;
  env?: Record<string, string | undefined>;
  now?: () => Date;
  log?: (message: string) => void;
}

export interface DriftCheckResult {
  report: DriftReport;
  path: string;
}

/** The columns to test: the reference's, less ignored ones and date/time columns (drift by construction). */
export function columnsToTest(profile: Profile, config: DriftCheckOptions['config']): { wanted: WantedColumn[]; skipped: DriftReport['data']['skipped'] } {
  const wanted: WantedColumn[] = [];
  const skipped: DriftReport['data']['skipped'] = [];
  for (const name of profile.column_order) {
    const column = profile.columns[name]!;
    if (config?.columns?.[name]?.ignore) {
      skipped.push({ column: name, reason: 'ignored (drift.models.<model>.columns)' });
      continue;
    }
    const kind = columnKindOf(column);
    if (kind === 'time') {
      skipped.push({ column: name, reason: `${column.type} column: time moves on, so it drifts by construction (set columns.${name}.ignore: true to silence this)` });
      continue;
    }
    if (column.count - column.nan - column.inf === 0) {
      skipped.push({ column: name, reason: 'no values in the reference' });
      continue;
    }
    wanted.push({ name, kind });
  }
  for (const name of Object.keys(config?.columns ?? {})) {
    if (!(name in profile.columns)) throw new InputError(`drift settings name column "${name}", which the reference does not have`, { hint: `columns: ${profile.column_order.slice(0, 20).join(', ')}` });
  }
  return { wanted, skipped };
}

function referenceDistribution(reference: Reference, name: string, kind: WantedColumn['kind']): Distribution {
  const raw = reference.raw?.get(name);
  if (raw) return currentDistribution(raw);
  const column = reference.profile.columns[name]!;
  // The profile's exact std and frequent items come along (low-cardinality numerics, Wasserstein's scale).
  return kind === 'numeric' ? distributionFromProfile(column) : categoricalFromProfile(column);
}

function currentDistribution(c: CollectedColumn): Distribution {
  return c.kind === 'numeric' ? numericFromValues(c.values) : categoricalFromCounts(c.counts);
}

/** The report's importance section: the explanation given, else the reference release's; none without either. */
async function importanceOf(file: string | undefined, reference: Reference, columns: readonly ColumnDrift[]): Promise<DriftReport['importance']> {
  let found: { source: string; explanation: Explanation } | undefined = reference.explanation;
  if (file !== undefined) {
    found = { source: file, explanation: await readJsonAs(file, explanationSchema, `${EXPLANATION_SCHEMA} explanation`, 'point at the explanation.json explain wrote') };
  }
  if (!found) return undefined;
  const x = found.explanation;
  const drifted = new Set(columns.filter((c) => c.drifted).map((c) => c.column));
  const features = x.features.map((f) => ({ feature: f.feature, rank: f.rank, importance_mean: f.importance_mean }));
  return {
    source: found.source,
    metric: x.metric.name,
    top: TOP_FEATURES,
    features,
    top_drifted: features.filter((f) => f.rank <= TOP_FEATURES && drifted.has(f.feature)).map((f) => f.feature),
  };
}

export async function checkDrift(o: DriftCheckOptions): Promise<DriftCheckResult> {
  const now = o.now ?? (() => new Date());
  const log = o.log ?? (() => {});
  const reference = await resolveReference(o.reference, (profile) => columnsToTest(profile, o.config).wanted);
  const plan = columnsToTest(reference.profile, o.config);
  const skipped = plan.skipped;
  log(`reference: ${reference.info.kind}${reference.info.tag ? ` ${reference.info.tag}` : reference.info.file ? ` ${reference.info.file}` : ''}, ${reference.info.rows} rows, ${plan.wanted.length} columns to test`);

  // Fairness (when configured) sees the table sources' rows as they stream; loaded only then.
  const fairnessModule = o.config?.fairness ? await import('./fairness-check.js') : undefined;
  const fairnessRows = fairnessModule && o.config?.fairness ? new fairnessModule.FairnessRows(o.config.fairness) : undefined;

  // Throws on broken evidence (a failing source, no rows, a missing column): no report, no PR.
  const current = await readCurrentData(o.sources, plan.wanted, { env: o.env ?? process.env, now: now(), rowTap: fairnessRows });
  log(`current: ${current.rows} rows from ${current.sources.map((s) => `${s.kind} ${s.name}`).join(', ') || 'no data source'}`);
  if (fairnessRows && fairnessRows.tableSources === 0) {
    throw new InputError('the fairness check needs production rows, and no source gives any', {
      hint: 'add a files source (or an http source with rows) whose rows carry the label, the prediction or score and the sensitive columns',
    });
  }
  const fairness = fairnessModule && fairnessRows ? fairnessModule.fairnessCheck(fairnessRows, o.model ?? '<model>') : undefined;
  if (fairness) {
    const late = fairness.missing_label > 0 ? `, ${fairness.missing_label} without a label yet (left out)` : '';
    const unpredicted = fairness.missing_prediction > 0 ? `, ${fairness.missing_prediction} without a prediction (left out)` : '';
    log(`fairness: ${fairness.used} labelled rows of ${fairness.rows}${late}${unpredicted}; ${fairness.rules.length} rules`);
  }

  const columns: ColumnDrift[] = [];
  for (const { name, kind } of plan.wanted) {
    const cur = current.columns.get(name);
    if (!cur) continue;
    const ref = referenceDistribution(reference, name, kind);
    const curDist = currentDistribution(cur);
    if (ref.n === 0 || curDist.n === 0) {
      skipped.push({ column: name, reason: curDist.n === 0 ? 'no values in the current data (all missing)' : 'no values in the reference' });
      continue;
    }
    columns.push(testColumn(name, ref, curDist, o.config?.columns?.[name]));
  }
  const share = o.config?.share ?? 0.5;
  const dataset = datasetDrift(columns, share);
  const metrics = checkMetricRules(o.config?.metrics ?? {}, current.metrics, (name) => reference.metrics[name]);

  const alarmRules: ColumnAlarmRules = { ...DEFAULT_ALARM_RULES, ...o.config?.alarms };
  const alarms = columnAlarms(columns, alarmRules);
  const failOn = o.config?.fail_on ?? 'dataset';

  const failed = metrics.filter((m) => !m.passed);
  const breached = fairness?.rules.filter((r) => r.passed === false) ?? [];
  const degraded = failed.length > 0 || breached.length > 0;
  const importance = await importanceOf(o.explanation, reference, columns);
  // Evidently's share decides by default; with fail_on: column one alarmed column is drift too.
  const dataDrift = dataset.dataset_drift || (failOn === 'column' && alarms.length > 0);
  const decision = dataDrift ? (degraded ? 'drift_and_degradation' : 'drift') : degraded ? 'degradation' : 'ok';
  const reasons: string[] = [];
  const drifted = columns.filter((c) => c.drifted);
  if (alarms.length) {
    const names = alarms.slice(0, 10).map((a) => a.column).join(', ') + (alarms.length > 10 ? `, and ${alarms.length - 10} more` : '');
    const effect = failOn === 'column' ? ': drift (fail-on column)' : dataset.dataset_drift ? '' : ': a warning (fail-on dataset; fail-on column makes it drift)';
    reasons.push(`column alarm: ${alarms.length} column${alarms.length === 1 ? '' : 's'} far past ${alarms.length === 1 ? 'its threshold' : 'their thresholds'} (${names})${effect}`);
  }
  if (dataset.dataset_drift) reasons.push(`dataset drift: ${drifted.length} of ${columns.length} columns drifted (share ${dataset.share.toFixed(3)} >= ${share})`);
  else if (drifted.length) reasons.push(`${drifted.length} of ${columns.length} columns drifted (share ${dataset.share.toFixed(3)} < ${share}): no dataset drift`);
  if (importance && importance.top_drifted.length > 0) {
    const ranks = new Map(importance.features.map((f) => [f.feature, f.rank]));
    const names = importance.top_drifted.map((n) => `${n} (#${ranks.get(n)})`).join(', ');
    reasons.push(`top feature${importance.top_drifted.length === 1 ? '' : 's'} drifted: ${names} of the model's ${importance.features.length} by ${importance.metric} importance`);
  }
  for (const m of failed) reasons.push(`degradation: ${m.message}`);
  for (const r of breached) reasons.push(`fairness degradation: ${r.message}, on ${fairness!.used} labelled production rows`);
  const unchecked = fairness?.rules.filter((r) => r.passed === null) ?? [];
  if (unchecked.length) {
    const shown = unchecked.slice(0, 5).map((r) => r.message).join('; ');
    reasons.push(`fairness not checked (does not decide): ${shown}${unchecked.length > 5 ? `; and ${unchecked.length - 5} more` : ''}`);
  }
  if (!reasons.length) {
    const passed = fairness?.rules.filter((r) => r.passed === true).length ?? 0;
    reasons.push(`no drift: ${columns.length} columns tested${metrics.length ? `, ${metrics.length} metric rules passed` : ''}${passed ? `, ${passed} fairness rules passed` : ''}`);
  }

  const report: DriftReport = driftReportSchema.parse({
    schema: DRIFT_SCHEMA,
    model: o.model,
    created_at: now().toISOString(),
    reference: reference.info,
    current: { rows: current.rows, sources: current.sources, window: current.window },
    data: {
      dataset_drift: dataset.dataset_drift,
      share: dataset.share,
      share_threshold: share,
      tested: columns.length,
      drifted: drifted.length,
      columns,
      skipped,
      alarms,
      alarm_rules: alarmRules,
      fail_on: failOn,
    },
    metrics,
    decision,
    reasons,
    ...(importance ? { importance } : {}),
    ...(fairness ? { fairness } : {}),
  });
  await writeJsonAtomic(o.out, report);
  return { report, path: o.out };
}
