/**
 * The `drift:` section of mlops.yaml: per model, where production data and metrics come from, how
 * each column is tested, the metric rules, and what the retraining PR looks like. Every key has a
 * default, so `drift: { models: { churn: { sources: [{ files: [prod/*.csv] }] } } }` is a whole
 * configuration.
 *
 *   drift:
 *     models:
 *       churn:
 *         reference: production            # the profile in the production release (default), or a file
 *         sources:
 *           - files: ["prod/*.parquet"]
 *           - prometheus: { url: "http://prometheus:9090", metrics: { accuracy: "avg_over_time(churn_accuracy[1d])" } }
 *         columns:
 *           tenure: { test: psi, threshold: 0.2 }
 *           customer_id: { ignore: true }
 *         share: 0.5                       # dataset drift when >= half the columns drifted
 *         alarms: { p_value: 1e-6, distance_ratio: 3 }   # column alarms (column-alarm.ts says why)
 *         fail_on: dataset                 # or column: a column alarm also means drift
 *         metrics:
 *           accuracy: { min: 0.85, max_drop: 0.03 }
 *         fairness:                        # on rows whose delayed outcome has arrived (fairness-check.ts)
 *           label: churned
 *           prediction: predicted_churn        # or score: p_churn (+ threshold, default 0.5)
 *           sensitive: [gender, age_band]
 *           rules:                         # task: multiclass (prediction only) checks each class one-vs-rest
 *             gender: { disparate_impact_ratio: { min: 0.8 }, equal_opportunity_difference: { max: 0.1 } }
 *         pull_request: { labels: [mlops:retrain], reviewers: [ml-oncall], on_recovery: comment }
 */
import { z } from 'zod';
import { DEFAULT_ALARM_RULES, FAIL_ON } from './column-alarm.js';
import { DRIFT_TESTS } from '../formats/drift-format.js';
import { sourcesSchema } from './sources/source-config.js';
import { CLASSIFICATION_SUMMARIES, REGRESSION_SUMMARIES } from '../model/fairness-rates.js';

export const columnOverrideSchema = z
  .strictObject({
    test: z.enum(DRIFT_TESTS).describe('The test instead of the default: ks, chisquare, z (p-values), wasserstein (normed by the reference std), jensenshannon (natural log), psi'),
    threshold: z.number().positive().describe('p-value tests: drift when p < threshold (default 0.05); distances: drift when the statistic >= threshold (wasserstein and jensenshannon 0.1, psi 0.1)'),
    ignore: z.boolean().describe('Leave the column out (ids, labels production data does not have, timestamps)'),
  })
  .partial();

export const metricRuleConfigSchema = z
  .strictObject({
    min: z.number().describe('The production value must be >= min'),
    max: z.number().describe('The production value must be <= max (e.g. a p95 latency in the unit the source reports)'),
    max_drop: z.number().min(0).describe("At most this much below the released model's own evaluation value of the metric (reference: production)"),
  })
  .partial();

export const retrainPullRequestSchema = z
  .strictObject({
    labels: z.array(z.string().min(1)).describe('Labels on the retraining PR (default [mlops:retrain])'),
    reviewers: z.array(z.string().min(1)).describe('Users asked to review it'),
    team_reviewers: z.array(z.string().min(1)).describe('Teams (slugs) asked to review it'),
    on_recovery: z.enum(['comment', 'close', 'none']).describe('When the drift is gone and the PR is still open: comment on it (default), close it, or leave it'),
    base: z.string().min(1).describe("The PR's base branch (default: the repository's default branch)"),
  })
  .partial();

export const columnAlarmRulesSchema = z
  .strictObject({
    p_value: z
      .number()
      .min(0)
      .lt(1)
      .describe(`A drifted column of a p-value test (ks, chisquare, z) alarms when p < this (default ${DEFAULT_ALARM_RULES.p_value.toExponential()}; 0 turns it off)`),
    distance_ratio: z
      .number()
      .min(1)
      .describe(`A drifted column of a distance (wasserstein, jensenshannon, psi) alarms when the statistic >= this × its threshold (default ${DEFAULT_ALARM_RULES.distance_ratio})`),
  })
  .partial()
  .describe('Column alarms: one column moved so far that it is reported (and, with fail_on: column, decides) whatever the share');

export const fairnessBoundSchema = z
  .strictObject({
    min: z.number().describe('The production value must be >= min (ratios: e.g. disparate_impact_ratio min 0.8, the four-fifths rule)'),
    max: z.number().describe('The production value must be <= max (differences: e.g. equal_opportunity_difference max 0.1)'),
  })
  .partial();

const FAIRNESS_SUMMARIES = [...CLASSIFICATION_SUMMARIES, ...REGRESSION_SUMMARIES] as const;

/** Per summary (the names evaluate --sensitive writes, as compare's fairness rules): a bound. */
export const driftFairnessRulesSchema = z
  .strictObject(Object.fromEntries(FAIRNESS_SUMMARIES.map((name) => [name, fairnessBoundSchema])) as Record<(typeof FAIRNESS_SUMMARIES)[number], typeof fairnessBoundSchema>)
  .partial()
  .describe('Bounds on the fairness summaries of this sensitive column; a breach makes the decision degradation');

export const driftFairnessSchema = z
  .strictObject({
    task: z
      .enum(['binary', 'multiclass', 'regression'])
      .default('binary')
      .describe('binary (default): a label and a predicted class or score; multiclass: a label and a predicted class, each class one-vs-rest as evaluate; regression: a numeric target and prediction (group MAE, RMSE and mean error gaps)'),
    label: z.string().min(1).describe('The column with the observed outcome (the delayed label); rows without one are left out and counted'),
    prediction: z.string().min(1).optional().describe("The column with the model's predicted class (regression: the predicted value)"),
    score: z.string().min(1).optional().describe('The column with P(positive class); predicted positive when score > threshold (unless prediction is given)'),
    threshold: z.number().min(0).max(1).optional().describe('With score and no prediction: predicted positive when score > threshold (default 0.5, as evaluate)'),
    positive: z.union([z.string(), z.number(), z.boolean()]).optional().describe('The positive class (default as evaluate infers it: 1 of 0/1, the larger number, true)'),
    sensitive: z.array(z.string().min(1)).min(1).describe('The sensitive columns whose groups are compared'),
    min_group_size: z.number().int().min(1).optional().describe('Groups with fewer labelled rows are listed and left out of the summaries (default 30, as evaluate)'),
    resamples: z.number().int().min(0).max(100_000).optional().describe('Bootstrap resamples for the CIs of the summaries (default 200; 0 turns them off)'),
    rules: z.record(z.string().min(1), driftFairnessRulesSchema).optional().describe('Per sensitive column: bounds on its summaries'),
  })
  .superRefine((f, ctx) => {
    const regression = f.task === 'regression';
    if (regression) {
      if (f.prediction === undefined) ctx.addIssue({ code: 'custom', message: 'task regression needs prediction (the predicted value column)', path: ['prediction'] });
      for (const key of ['score', 'threshold', 'positive'] as const) {
        if (f[key] !== undefined) ctx.addIssue({ code: 'custom', message: `${key} is for task binary; a regression model has a prediction column only`, path: [key] });
      }
    } else if (f.task === 'multiclass') {
      if (f.prediction === undefined) ctx.addIssue({ code: 'custom', message: 'task multiclass needs prediction (the predicted class column)', path: ['prediction'] });
      for (const key of ['score', 'threshold', 'positive'] as const) {
        if (f[key] !== undefined) ctx.addIssue({ code: 'custom', message: `${key} is for task binary; task multiclass reads the predicted class, every class one-vs-rest`, path: [key] });
      }
    } else if (f.prediction === undefined && f.score === undefined) {
      ctx.addIssue({ code: 'custom', message: 'give prediction (the predicted class column) or score (the P(positive) column)', path: ['prediction'] });
    }
    const allowed: readonly string[] = regression ? REGRESSION_SUMMARIES : CLASSIFICATION_SUMMARIES;
    for (const [column, rules] of Object.entries(f.rules ?? {})) {
      if (!f.sensitive.includes(column)) ctx.addIssue({ code: 'custom', message: `rules name "${column}", which is not one of the sensitive columns (${f.sensitive.join(', ')})`, path: ['rules', column] });
      for (const name of Object.keys(rules)) {
        if (!allowed.includes(name)) ctx.addIssue({ code: 'custom', message: `${name} is not a summary of task ${f.task} (its summaries: ${allowed.join(', ')})`, path: ['rules', column, name] });
      }
    }
  })
  .describe('Group fairness on production rows whose outcome has arrived: the summaries evaluate --sensitive computes, with bounds that open the retraining PR');

export const driftModelSchema = z.strictObject({
  reference: z
    .string()
    .min(1)
    .default('production')
    .describe('production: the training data profile published with the version the alias points to; else a profile (.json) or data file'),
  alias: z.string().min(1).default('production').describe('With reference production: the registry alias whose version is the reference'),
  sources: sourcesSchema.optional(),
  columns: z.record(z.string().min(1), columnOverrideSchema).optional().describe('Per column: another test or threshold, or ignore'),
  share: z.number().gt(0).max(1).default(0.5).describe('Dataset drift when the share of drifted columns is >= this (Evidently: 0.5)'),
  alarms: columnAlarmRulesSchema.optional(),
  fail_on: z
    .enum(FAIL_ON)
    .default('dataset')
    .describe('What makes the decision drift (and opens the retraining PR): dataset (the share rule, default) or column (also any column alarm)'),
  metrics: z.record(z.string().min(1), metricRuleConfigSchema).optional().describe('Rules on production metrics from the sources'),
  fairness: driftFairnessSchema.optional(),
  pull_request: retrainPullRequestSchema.optional(),
});

export const driftSectionSchema = z
  .looseObject({
    models: z.record(z.string().min(1), driftModelSchema).optional().describe('Per model: drift-check settings'),
  })
  .describe('drift-check settings (keys other than models are reserved)');

export type DriftModelConfig = z.infer<typeof driftModelSchema>;
export type DriftModelConfigInput = z.input<typeof driftModelSchema>;
export type ColumnOverride = z.infer<typeof columnOverrideSchema>;
export type RetrainPullRequestConfig = z.infer<typeof retrainPullRequestSchema>;
export type DriftFairnessConfig = z.infer<typeof driftFairnessSchema>;
export type ColumnAlarmRulesConfig = z.infer<typeof columnAlarmRulesSchema>;
