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
 *         pull_request: { labels: [mlops:retrain], reviewers: [ml-oncall], on_recovery: comment }
 */
import { z } from 'zod';
import { DEFAULT_ALARM_RULES, FAIL_ON } from './column-alarm.js';
import { DRIFT_TESTS } from '../formats/drift-format.js';
import { sourcesSchema } from './sources/source-config.js';

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
export type ColumnAlarmRulesConfig = z.infer<typeof columnAlarmRulesSchema>;
