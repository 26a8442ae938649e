/**
 * rankCandidates(): several candidate models' evaluation reports (a matrix of training runs, one
 * per parameter set) ranked under one model's gate rules. Pure given parsed reports; shared/steps/rank-candidates.ts
 * reads the files, posts the ranking and is what the action and `mlops rank` call.
 *
 * Each candidate is gated exactly as `compare` gates a PR's model (compareReports against the
 * same baseline, the same rules; paired significance is left to the winner's own compare). The
 * order, each key deciding only ties of the ones before it:
 *   1. candidates the gate passes (verdict pass, or report-only when no rules are configured)
 *      before those it fails;
 *   2. the primary metric, better first in its direction (a candidate without it last);
 *   3. fewer failed error rules, then fewer warned rules;
 *   4. the name, by UTF-16 code units: a deterministic order that does not depend on the order
 *      the matrix jobs finished or their artifacts were listed.
 * The winner is the first candidate when the gate passes it and it has the primary metric; else
 * there is none, and the reason says why.
 *
 * The primary metric: the one asked for, else the first metric the model's rules name in
 * mlops.yaml (the team's headline metric), else by task: roc_auc (binary), accuracy (multiclass),
 * rmse (regression).
 */
import type { ModelConfigInput } from '../config/mlops-config.js';
import type { EvaluationReport } from '../formats/evaluation-format.js';
import { InputError, UsageError } from '../runtime/errors.js';
import { compareReports } from './compare.js';
import { requireDirection } from './rules.js';
import { RANKING_SCHEMA, type RankedCandidate, type Ranking } from '../formats/ranking-format.js';

export const TASK_DEFAULT_METRIC = { binary: 'roc_auc', multiclass: 'accuracy', regression: 'rmse' } as const;

export interface Candidate {
  name: string;
  report: EvaluationReport;
  file?: string | null;
}

export interface RankOptions {
  baseline?: EvaluationReport;
  baselineFile?: string | null;
  /** The model's gate rules (mlops.yaml's models.<model>); none: every candidate is report-only. */
  config?: ModelConfigInput;
  model?: string | null;
  /** The primary metric (default: see the module comment). */
  metric?: string;
}

/** The primary metric's name and where it came from. */
export function primaryMetricOf(candidates: readonly Candidate[], options: Pick<RankOptions, 'config' | 'metric'>): { name: string; source: 'option' | 'config' | 'task' } {
  if (options.metric) return { name: options.metric, source: 'option' };
  const configured = Object.keys(options.config?.metrics ?? {})[0];
  if (configured) return { name: configured, source: 'config' };
  const task = options.config?.task ?? candidates.find((c) => c.report.task)?.report.task;
  if (task) return { name: TASK_DEFAULT_METRIC[task], source: 'task' };
  throw new UsageError('cannot tell which metric ranks the candidates: no metric given, no rules in mlops.yaml and no task in the reports', {
    hint: (o) => `pass ${o.option('metric', 'NAME')}`,
  });
}

/** Ranks the candidates (see the module comment for the order). */
export function rankCandidates(candidates: readonly Candidate[], options: RankOptions = {}): Ranking {
  if (candidates.length === 0) throw new UsageError('no candidates to rank', { hint: 'give each candidate as NAME=evaluation.json' });
  const names = new Set<string>();
  for (const c of candidates) {
    if (names.has(c.name)) throw new UsageError(`candidate "${c.name}" is given twice`, { hint: 'give every candidate a name of its own' });
    names.add(c.name);
  }
  const tasks = new Set(candidates.map((c) => c.report.task).filter((t) => t !== null));
  if (tasks.size > 1) {
    throw new InputError(`the candidates are evaluations of different tasks (${[...tasks].join(', ')})`, { hint: 'rank candidates of one model, evaluated the same way' });
  }
  const metric = primaryMetricOf(candidates, options);
  const holder = candidates.find((c) => c.report.metrics[metric.name] !== undefined);
  if (!holder) {
    const some = Object.keys(candidates[0].report.metrics).slice(0, 12).join(', ');
    throw new InputError(`no candidate's report has the metric ${metric.name}`, {
      location: candidates[0].file ? { file: candidates[0].file } : undefined,
      hint: (o) => `rank by a metric the reports have (${some}) with ${o.option('metric')}`,
    });
  }
  const rule = options.config?.metrics?.[metric.name];
  const direction = requireDirection(metric.name, `ranking metric ${metric.name}`, rule?.direction, holder.report.metrics[metric.name]?.direction);
  const better = direction === 'higher' ? -1 : 1;
  const baseValue = options.baseline?.metrics[metric.name]?.value ?? null;

  const rows = candidates.map((c) => {
    const comparison = compareReports(c.report, options.baseline, options.config, { model: options.model ?? null, headFile: c.file ?? null, baselineFile: options.baselineFile ?? null });
    const primary = c.report.metrics[metric.name]?.value ?? null;
    const metrics: Record<string, number> = {};
    for (const [k, v] of Object.entries(c.report.metrics)) metrics[k] = v.value;
    return {
      name: c.name,
      file: c.file ?? null,
      verdict: comparison.verdict,
      gate: { failed: comparison.gate.failed, warned: comparison.gate.warned, failures: comparison.gate.failures },
      primary,
      baseline: baseValue,
      delta: primary !== null && baseValue !== null ? primary - baseValue : null,
      metrics,
      configured: comparison.gate.configured,
    };
  });
  rows.sort((a, b) => {
    const pa = a.verdict === 'fail' ? 1 : 0;
    const pb = b.verdict === 'fail' ? 1 : 0;
    if (pa !== pb) return pa - pb;
    if (a.primary !== b.primary) {
      if (a.primary === null) return 1;
      if (b.primary === null) return -1;
      if (a.primary !== b.primary) return better * (a.primary - b.primary);
    }
    if (a.gate.failed !== b.gate.failed) return a.gate.failed - b.gate.failed;
    if (a.gate.warned !== b.gate.warned) return a.gate.warned - b.gate.warned;
    return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
  });
  const ranked: RankedCandidate[] = rows.map(({ configured: _, ...r }, i) => ({ rank: i + 1, ...r }));
  const gated = rows[0].configured;
  const top = ranked[0];
  let winner: string | null = null;
  let reason: string;
  if (top.verdict === 'fail') reason = `no candidate passes the gate (${ranked.length} ranked)`;
  else if (top.primary === null) reason = `no candidate that passes the gate has ${metric.name}`;
  else {
    winner = top.name;
    const second = ranked[1];
    const tie = second && second.verdict !== 'fail' && second.primary === top.primary;
    reason = `${gated ? 'passes the gate with' : 'has'} the ${direction === 'higher' ? 'highest' : 'lowest'} ${metric.name}${tie ? ` (tied with ${second.name}; ${tieBreak(top, second)})` : ''}`;
  }
  return {
    schema: RANKING_SCHEMA,
    model: options.model ?? null,
    metric: { name: metric.name, direction, source: metric.source },
    baseline: options.baseline ? { file: options.baselineFile ?? null } : null,
    gated,
    winner,
    reason,
    candidates: ranked,
  };
}

function tieBreak(a: RankedCandidate, b: RankedCandidate): string {
  if (a.gate.failed !== b.gate.failed) return 'fewer failed rules';
  if (a.gate.warned !== b.gate.warned) return 'fewer warnings';
  return 'first by name';
}
