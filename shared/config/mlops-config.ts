/**
 * `mlops.yaml`: the team's settings for every step, in the repository root. Defined once here with
 * zod, exported as JSON Schema for editors (scripts/gen-config-schema.ts →
 * schemas/mlops-config.schema.json), documented in docs/compare.md (gate rules).
 *
 * Strict within what exists: a misspelt key is an error at file:line:col with "did you mean", never
 * a silently ignored gate. Sections that later steps will read (`registry`; keys of `promote` and
 * `release` other than theirs) are reserved now and accepted as they are, so a config written for
 * a newer version does not break this one;
 * any other top-level key is an error. `drift` is defined in shared/drift/drift-config.ts.
 *
 *   version: 1
 *   models:
 *     churn:
 *       task: binary
 *       metrics:
 *         roc_auc: { threshold: 0.8, max_regression: 0.005 }
 *         log_loss: { max_regression: 0.01, severity: warn }
 *       slices:
 *         region: { min_size: 100, metrics: { recall: { threshold: 0.6 } } }
 *       first_run: pass
 *       significance: { resamples: 200, confidence: 0.95, alpha: 0.05 }
 *       fairness:
 *         race: { equalized_odds_difference: { max: 0.10, max_regression: 0.02 }, disparate_impact_ratio: { min: 0.8 } }
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import { ContractError } from '../runtime/errors.js';
import { METRIC_NAMES } from '../model/metrics/index.js';
import { SUMMARY_DIRECTION } from '../model/fairness-rates.js';
import { defaultDirection } from './metric-direction.js';
import { driftSectionSchema } from '../drift/drift-config.js';
import { closestMatch, formatKeyPath, loadYamlFile, parseYamlText, type YamlProblem, type YamlSchemaOptions } from '../runtime/yaml-source.js';

export { defaultDirection };

export const CONFIG_VERSION = 1;
export const CONFIG_FILE = 'mlops.yaml';

const nonNegative = (description: string) => z.number().min(0).describe(description);

export const metricRuleSchema = z
  .strictObject({
    direction: z
      .enum(['higher', 'lower'])
      .describe('Which way is better; default from the metric registry for standard names, also with a dataset part (roc_auc.test); required for other names'),
    threshold: z.number().describe('Absolute bound (inclusive): head >= threshold when higher is better, head <= threshold when lower is better'),
    min_absolute_change: nonNegative('The head must beat the baseline by at least this much: head >= baseline + value (higher is better)'),
    min_relative_change: z
      .number()
      .min(0)
      .max(1)
      .describe('The head must beat the baseline by at least this fraction of |baseline|: head >= baseline + value * |baseline| (higher is better); a zero baseline counts as 1e-20'),
    max_regression: nonNegative('The head may be worse than the baseline by at most this much: head >= baseline - value (higher is better)'),
    severity: z.enum(['error', 'warn']).describe('error (default) fails the gate; warn only reports'),
  })
  .partial();

export const sliceRuleSchema = z
  .strictObject({
    min_size: z.number().int().min(0).describe('Slices with fewer head rows than this are reported but not gated; default 0'),
    metrics: z.record(z.string().min(1), metricRuleSchema).describe('Rules applied to every value of the slice column'),
  })
  .partial();

export const significanceSchema = z
  .strictObject({
    resamples: z.number().int().min(0).max(100_000).describe('Paired bootstrap resamples for CIs of the deltas; 0 turns significance off; default 200 (evaluate CIs: 1000)'),
    confidence: z.number().gt(0).lt(1).describe('Two-sided confidence of the delta CIs; default 0.95'),
    alpha: z.number().gt(0).lt(1).describe("Significance level reported with McNemar's and DeLong's p-values; default 0.05"),
    seed: z.number().int().describe('PRNG seed of the paired bootstrap; default 20240101'),
  })
  .partial();

/**
 * A rule on one fairness summary: the metric rules' keys, plus `max` and `min`, plain bounds whatever
 * the direction (issue 15's syntax, and drift-check's `fairness.rules`): `max: 0.10` on a difference,
 * `min: 0.8` on a ratio (the four-fifths rule). `threshold` keeps working as the bound on the worse
 * side (a difference's max, a ratio's min); giving it beside that bound is an error
 * (fairnessRuleProblems).
 */
export const fairnessRuleSchema = metricRuleSchema
  .extend({
    max: z.number().describe('Upper bound (inclusive): head <= max; for the differences and gaps (lower is better), e.g. equalized_odds_difference max 0.10'),
    min: z.number().describe('Lower bound (inclusive): head >= min; for the ratios (higher is better), e.g. disparate_impact_ratio min 0.8 (the four-fifths rule)'),
  })
  .partial();

/**
 * Rules on the fairness summaries of one sensitive column (evaluate --sensitive): the metric rules'
 * keys and semantics, each summary's direction known (differences and gaps lower, ratios higher).
 * Only the summaries evaluate writes, so a misspelt name is an error, not a gate that never runs.
 */
export const fairnessRulesSchema = z
  .strictObject({
    demographic_parity_difference: fairnessRuleSchema,
    demographic_parity_ratio: fairnessRuleSchema,
    equalized_odds_difference: fairnessRuleSchema,
    equalized_odds_ratio: fairnessRuleSchema,
    equal_opportunity_difference: fairnessRuleSchema,
    disparate_impact_ratio: fairnessRuleSchema,
    mae_max_gap: fairnessRuleSchema,
    rmse_max_gap: fairnessRuleSchema,
    mean_error_max_gap: fairnessRuleSchema,
  })
  .partial()
  .describe('Gate rules per fairness summary of this sensitive column; multiclass: applied to every class (one-vs-rest)');

export const modelConfigSchema = z.strictObject({
  task: z.enum(['binary', 'multiclass', 'regression']).optional().describe("The model's task; when set, compare checks the reports against it"),
  metrics: z.record(z.string().min(1), metricRuleSchema).optional().describe('Gate rules per metric (keyed by metric name as the report writes it)'),
  slices: z.record(z.string().min(1), sliceRuleSchema).optional().describe('Gate rules per slice column'),
  fairness: z.record(z.string().min(1), fairnessRulesSchema).optional().describe('Gate rules on the fairness summaries, per sensitive column (evaluate --sensitive)'),
  first_run: z
    .enum(['pass', 'fail'])
    .default('pass')
    .describe('What a change rule does when there is no baseline value to compare with: pass (default) or fail'),
  significance: significanceSchema.optional(),
});

/** What the model card says about a model beyond its numbers (publish-model). */
export const releaseModelSchema = z
  .strictObject({
    intended_use: z.string().describe('What the model is for and who should use it (model card: Intended use)'),
    limitations: z.string().describe('Known limitations, out-of-scope uses and caveats (model card: Limitations)'),
    owners: z.array(z.string().min(1)).describe('People or teams responsible for the model (model card: Owners)'),
  })
  .partial();

/** Open at its top level like the other reserved sections (later publish settings); strict per model. */
export const releaseSchema = z
  .looseObject({
    models: z.record(z.string().min(1), releaseModelSchema).optional().describe('Per model: the model card text'),
  })
  .describe('publish-model settings (keys other than models are reserved)');

/**
 * The aliases promote may create. Names as the registry takes them (shared/registry/tag.ts: NAME_RE,
 * at most 64 characters; `latest` is a version word). Open at its top level like `release`.
 */
export const promoteSchema = z
  .looseObject({
    aliases: z
      .array(
        z
          .string()
          .max(64)
          .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens, starting with a letter')
          .refine((a) => a !== 'latest', '"latest" means the highest version, not an alias'),
      )
      .min(1)
      .describe('The aliases mlops promote and promote-model may create (an alias a model already has may always move); another is refused unless created on purpose (--create-alias, create-alias: true). Default: staging, production'),
  })
  .partial()
  .describe('promote-model settings (keys other than aliases are reserved)');

/** What promote takes for declared when mlops.yaml says nothing: the two aliases the starter workflows use. */
export const DEFAULT_ALIASES: readonly string[] = ['staging', 'production'];

/** The aliases a config declares (promote.aliases), else the defaults. */
export function declaredAliases(config: MlopsConfig | undefined): readonly string[] {
  return config?.promote?.aliases ?? DEFAULT_ALIASES;
}

/**
 * The aliases promote may move: those `file` declares, else ./mlops.yaml's when it exists, else
 * the defaults (a job that did not check out the repository has no mlops.yaml).
 */
export async function loadDeclaredAliases(file?: string): Promise<readonly string[]> {
  const configFile = file ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined);
  return declaredAliases(configFile === undefined ? undefined : await loadConfig(configFile));
}

const reserved = (step: string) => z.unknown().optional().describe(`Reserved for the ${step} step (not read by this version)`);

export const mlopsConfigSchema = z
  .strictObject({
    version: z.literal(CONFIG_VERSION).describe('Config format version: 1'),
    models: z.record(z.string().min(1), modelConfigSchema).optional().describe('Per model: compare gate rules and settings'),
    release: releaseSchema.optional(),
    promote: promoteSchema.optional(),
    drift: driftSectionSchema.optional(),
    registry: reserved('registry'),
  })
  .describe('mlops-actions configuration (mlops.yaml)');

export type MlopsConfig = z.infer<typeof mlopsConfigSchema>;
export type ModelConfig = z.infer<typeof modelConfigSchema>;
export type ReleaseModelConfig = z.infer<typeof releaseModelSchema>;
/** A model's config as written by hand (first_run optional): what compare's inputs give. */
export type ModelConfigInput = z.input<typeof modelConfigSchema>;
export type MetricRule = z.infer<typeof metricRuleSchema>;
export type SliceRule = z.infer<typeof sliceRuleSchema>;
export type FairnessRules = z.infer<typeof fairnessRulesSchema>;
export type FairnessRule = z.infer<typeof fairnessRuleSchema>;
export type SignificanceConfig = z.infer<typeof significanceSchema>;

function ruleProblems(rules: Record<string, MetricRule> | undefined, base: PropertyKey[]): YamlProblem[] {
  const out: YamlProblem[] = [];
  for (const [name, rule] of Object.entries(rules ?? {})) {
    if (rule.direction !== undefined || defaultDirection(name) !== undefined) continue;
    const close = closestMatch(name, METRIC_NAMES);
    out.push({
      path: [...base, name],
      what: `${formatKeyPath([...base, name])}: "${name}" is not a standard metric, so compare cannot tell which way is better`,
      hint: `${close ? `did you mean "${close}"? ` : ''}add direction: higher or direction: lower`,
    });
  }
  return out;
}

/**
 * `threshold` on a fairness summary is the bound on its worse side, so beside `max` (a difference)
 * or `min` (a ratio) it would be a second value for one bound; and min above max admits nothing.
 */
function fairnessRuleProblems(rules: Record<string, FairnessRules> | undefined, base: PropertyKey[]): YamlProblem[] {
  const out: YamlProblem[] = [];
  for (const [column, perSummary] of Object.entries(rules ?? {})) {
    for (const [name, rule] of Object.entries(perSummary as Record<string, FairnessRule | undefined>)) {
      if (!rule) continue;
      const path = [...base, column, name];
      const alias = (rule.direction ?? SUMMARY_DIRECTION[name as keyof typeof SUMMARY_DIRECTION]) === 'higher' ? 'min' : 'max';
      if (rule.threshold !== undefined && rule[alias] !== undefined) {
        out.push({ path, what: `${formatKeyPath(path)}: threshold and ${alias} are one bound here (threshold is the older name of ${alias} for ${name})`, hint: `keep ${alias}: ${rule[alias]} and remove threshold` });
      }
      if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
        out.push({ path, what: `${formatKeyPath(path)}: min ${rule.min} is above max ${rule.max}, so no value passes`, hint: 'swap or fix the bounds' });
      }
    }
  }
  return out;
}

function semanticProblems(c: MlopsConfig): YamlProblem[] {
  const out: YamlProblem[] = [];
  for (const [model, m] of Object.entries(c.models ?? {})) {
    out.push(...ruleProblems(m.metrics, ['models', model, 'metrics']));
    for (const [column, s] of Object.entries(m.slices ?? {})) out.push(...ruleProblems(s.metrics, ['models', model, 'slices', column, 'metrics']));
    out.push(...fairnessRuleProblems(m.fairness, ['models', model, 'fairness']));
  }
  return out;
}

const OPTIONS: YamlSchemaOptions<MlopsConfig> = {
  error: (what, options) => new ContractError(what, options),
  empty: { what: 'the file is empty', hint: 'start with "version: 1" and a models: mapping (see docs/compare.md)' },
  versionHint: 'add "version: 1" at the top',
  semantic: semanticProblems,
};

/** Parses mlops.yaml text; `file` names it in messages. Throws ContractError (exit code 2). */
export function parseConfig(text: string, file: string): MlopsConfig {
  return parseYamlText(text, file, mlopsConfigSchema, OPTIONS);
}

/** Reads and checks an mlops.yaml file. Throws ContractError (exit code 2) at file:line:col. */
export async function loadConfig(file: string): Promise<MlopsConfig> {
  return loadYamlFile(file, mlopsConfigSchema, {
    ...OPTIONS,
    notFound: 'config file not found',
    cannotRead: 'cannot read the config file',
    missingHint: 'check the path, or run `mlops init` to write a starter mlops.yaml',
  });
}

/**
 * The settings of one model. Without a name, the only model in the file (none configured →
 * undefined: compare then reports only). A name the file does not list is an error.
 */
export function modelConfigOf(config: MlopsConfig | undefined, model?: string, file = CONFIG_FILE): ModelConfig | undefined {
  const models = config?.models ?? {};
  const names = Object.keys(models);
  if (model === undefined) {
    if (names.length <= 1) return names.length ? models[names[0]!] : undefined;
    throw new ContractError(`${file} configures ${names.length} models (${names.join(', ')}); say which one to compare`, { location: { file }, hint: 'pass --model NAME (action input: model)' });
  }
  // Own keys only: a model named "toString" is not configured just because objects have one.
  const m = Object.hasOwn(models, model) ? models[model] : undefined;
  if (!m && names.length > 0) {
    const close = closestMatch(model, names);
    throw new ContractError(`model "${model}" is not configured under models`, { location: { file }, hint: `${close ? `did you mean "${close}"? ` : ''}configured: ${names.join(', ')}` });
  }
  return m;
}

/**
 * The gate rules a step uses and the model they belong to: rules given directly win; else the
 * model's section of the config file (the only model when none is named, which also names it).
 */
export async function gateRulesOf(o: { rules?: ModelConfigInput; model?: string; config?: string }): Promise<{ rules?: ModelConfigInput; model?: string }> {
  if (o.rules || !o.config) return { rules: o.rules, model: o.model };
  const config = await loadConfig(o.config);
  const rules = modelConfigOf(config, o.model, o.config);
  return { rules, model: rules && o.model === undefined ? Object.keys(config.models ?? {})[0] : o.model };
}

function modelRuleProblems(m: ModelConfig): YamlProblem[] {
  const out = ruleProblems(m.metrics, ['metrics']);
  for (const [column, s] of Object.entries(m.slices ?? {})) out.push(...ruleProblems(s.metrics, ['slices', column, 'metrics']));
  out.push(...fairnessRuleProblems(m.fairness, ['fairness']));
  return out;
}

const RULES_OPTIONS: YamlSchemaOptions<ModelConfig> = {
  error: (what, options) => new ContractError(what, options),
  empty: { what: 'the rules are empty', hint: 'write one model\'s section of mlops.yaml, e.g. metrics: { roc_auc: { threshold: 0.8 } }' },
  semantic: modelRuleProblems,
};

/**
 * One model's rules written as YAML (compare's `rules` input, `mlops compare --rules FILE`): the
 * same checks and messages as mlops.yaml (line:col, alias bombs and reserved names refused).
 */
export function parseModelRulesText(text: string, where: string): ModelConfig {
  return parseYamlText(text, where, modelConfigSchema, RULES_OPTIONS);
}

/** parseModelRulesText of a file. */
export async function loadModelRules(file: string): Promise<ModelConfig> {
  return loadYamlFile(file, modelConfigSchema, { ...RULES_OPTIONS, notFound: 'rules file not found', cannotRead: 'cannot read the rules file', missingHint: 'check the path' });
}

/** Checks a model config given as an action input or option (not from a file). */
export function parseModelConfig(value: unknown, where: string): ModelConfig {
  const parsed = modelConfigSchema.safeParse(value);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new ContractError(`${where}: ${formatKeyPath(i.path as PropertyKey[])}: ${i.message}`);
  }
  const problems = [...ruleProblems(parsed.data.metrics, ['metrics'])];
  for (const [column, s] of Object.entries(parsed.data.slices ?? {})) problems.push(...ruleProblems(s.metrics, ['slices', column, 'metrics']));
  problems.push(...fairnessRuleProblems(parsed.data.fairness, ['fairness']));
  if (problems.length > 0) throw new ContractError(`${where}: ${problems[0]!.what}`, { hint: problems[0]!.hint });
  return parsed.data;
}
