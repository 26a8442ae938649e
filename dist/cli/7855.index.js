export const id = 7855;
export const ids = [7855,3874,1576];
export const modules = {

/***/ 7855:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  CONFIG_FILE: () => (/* binding */ CONFIG_FILE),
  CONFIG_VERSION: () => (/* binding */ CONFIG_VERSION),
  DEFAULT_ALIASES: () => (/* binding */ DEFAULT_ALIASES),
  declaredAliases: () => (/* binding */ declaredAliases),
  defaultDirection: () => (/* reexport */ defaultDirection),
  fairnessRuleSchema: () => (/* binding */ fairnessRuleSchema),
  fairnessRulesSchema: () => (/* binding */ fairnessRulesSchema),
  gateRulesOf: () => (/* binding */ gateRulesOf),
  loadConfig: () => (/* binding */ loadConfig),
  loadDeclaredAliases: () => (/* binding */ loadDeclaredAliases),
  loadModelRules: () => (/* binding */ loadModelRules),
  metricRuleSchema: () => (/* binding */ metricRuleSchema),
  mlopsConfigSchema: () => (/* binding */ mlopsConfigSchema),
  modelConfigOf: () => (/* binding */ modelConfigOf),
  modelConfigSchema: () => (/* binding */ modelConfigSchema),
  parseConfig: () => (/* binding */ parseConfig),
  parseModelConfig: () => (/* binding */ parseModelConfig),
  parseModelRulesText: () => (/* binding */ parseModelRulesText),
  promoteSchema: () => (/* binding */ promoteSchema),
  releaseModelSchema: () => (/* binding */ releaseModelSchema),
  releaseSchema: () => (/* binding */ releaseSchema),
  significanceSchema: () => (/* binding */ significanceSchema),
  sliceRuleSchema: () => (/* binding */ sliceRuleSchema)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ../../../zod/v4/classic/schemas.js + 17 modules
var schemas = __webpack_require__(1100);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/model/metrics/index.ts + 4 modules
var metrics = __webpack_require__(3868);
// EXTERNAL MODULE: ../../../../shared/model/fairness-rates.ts
var fairness_rates = __webpack_require__(7131);
;// CONCATENATED MODULE: ../../../../shared/config/metric-direction.ts
/**
 * Which way is better for a metric nobody configured a direction for. Compare gates and charts by
 * it; a name it does not know needs `direction:` in the rule (compare will not guess `loss_v2`).
 *
 * Known: the metric registry's names (`roc_auc`), the names other tools log for the same metrics
 * (below, each with the tool that writes it), any of those with a dataset part split off by `.`,
 * `/` or `:` (`roc_auc.test`, `test/log_loss`: DVC, TensorBoard and MLflow), or after a split
 * prefix joined by `_` (`val_loss`, `eval_loss`, `training_roc_auc`: Keras, Hugging Face's
 * Trainer, MLflow autolog), in any letter case (`RMSE`).
 */

/** Names other tools give our metrics (or metrics whose direction is as plain). */
const METRIC_ALIASES = new Map([
    // ROC AUC: Keras' AUC metric, XGBoost's and LightGBM's `auc`.
    ['auc', 'higher'],
    // Average precision: DVC's example-get-started (`avg_prec`), XGBoost's `aucpr`.
    ['avg_prec', 'higher'],
    ['aucpr', 'higher'],
    ['pr_auc', 'higher'],
    // The training objective: Keras, PyTorch Lightning, Hugging Face (`loss`); XGBoost, LightGBM.
    ['loss', 'lower'],
    ['logloss', 'lower'],
    ['binary_logloss', 'lower'],
    ['multi_logloss', 'lower'],
    // Regression errors under scikit-learn's and Keras' long names (MLflow autolog logs these).
    ['mean_absolute_error', 'lower'],
    ['mean_squared_error', 'lower'],
    ['root_mean_squared_error', 'lower'],
    ['r2_score', 'higher'],
    // MLflow autolog's classifier names.
    ['accuracy_score', 'higher'],
    ['f1_score', 'higher'],
    ['precision_score', 'higher'],
    ['recall_score', 'higher'],
    ['roc_auc_score', 'higher'],
]);
const KNOWN = new Map([...Object.values(metrics/* METRICS */.Cb).map((m) => [m.name, m.direction]), ...METRIC_ALIASES]);
/** A split's name before `_` (Keras `val_`, Hugging Face `eval_`, MLflow `training_`, TensorBoard `epoch_`). */
const SPLIT_PREFIX = /^(?:train|training|val|valid|validation|test|eval|epoch)_/;
function known(part) {
    const p = part.toLowerCase();
    return KNOWN.get(p) ?? KNOWN.get(p.replace(SPLIT_PREFIX, ''));
}
/** The direction for a standard or aliased metric name; undefined when it is not known (or the parts disagree). */
function defaultDirection(name) {
    const exact = known(name);
    if (exact)
        return exact;
    const hits = new Set(name.split(/[./:]/).map(known).filter((d) => d !== undefined));
    return hits.size === 1 ? [...hits][0] : undefined;
}

// EXTERNAL MODULE: ../../../../shared/drift/column-alarm.ts
var column_alarm = __webpack_require__(4500);
// EXTERNAL MODULE: ../../../../shared/formats/drift-format.ts
var drift_format = __webpack_require__(5830);
// EXTERNAL MODULE: ../../../../shared/drift/sources/source-config.ts
var source_config = __webpack_require__(1331);
;// CONCATENATED MODULE: ../../../../shared/drift/drift-config.ts
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





const columnOverrideSchema = schemas/* strictObject */.rej({
    test: schemas/* enum */.k5n(drift_format/* DRIFT_TESTS */.qx).describe('The test instead of the default: ks, chisquare, z (p-values), wasserstein (normed by the reference std), jensenshannon (natural log), psi'),
    threshold: schemas/* number */.aig().positive().describe('p-value tests: drift when p < threshold (default 0.05); distances: drift when the statistic >= threshold (wasserstein and jensenshannon 0.1, psi 0.1)'),
    ignore: schemas/* boolean */.zMY().describe('Leave the column out (ids, labels production data does not have, timestamps)'),
})
    .partial();
const metricRuleConfigSchema = schemas/* strictObject */.rej({
    min: schemas/* number */.aig().describe('The production value must be >= min'),
    max: schemas/* number */.aig().describe('The production value must be <= max (e.g. a p95 latency in the unit the source reports)'),
    max_drop: schemas/* number */.aig().min(0).describe("At most this much below the released model's own evaluation value of the metric (reference: production)"),
})
    .partial();
const retrainPullRequestSchema = schemas/* strictObject */.rej({
    labels: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('Labels on the retraining PR (default [mlops:retrain])'),
    reviewers: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('Users asked to review it'),
    team_reviewers: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('Teams (slugs) asked to review it'),
    on_recovery: schemas/* enum */.k5n(['comment', 'close', 'none']).describe('When the drift is gone and the PR is still open: comment on it (default), close it, or leave it'),
    base: schemas/* string */.YjP().min(1).describe("The PR's base branch (default: the repository's default branch)"),
})
    .partial();
const columnAlarmRulesSchema = schemas/* strictObject */.rej({
    p_value: schemas/* number */.aig()
        .min(0)
        .lt(1)
        .describe(`A drifted column of a p-value test (ks, chisquare, z) alarms when p < this (default ${column_alarm/* DEFAULT_ALARM_RULES */.A9.p_value.toExponential()}; 0 turns it off)`),
    distance_ratio: schemas/* number */.aig()
        .min(1)
        .describe(`A drifted column of a distance (wasserstein, jensenshannon, psi) alarms when the statistic >= this × its threshold (default ${column_alarm/* DEFAULT_ALARM_RULES */.A9.distance_ratio})`),
})
    .partial()
    .describe('Column alarms: one column moved so far that it is reported (and, with fail_on: column, decides) whatever the share');
const fairnessBoundSchema = schemas/* strictObject */.rej({
    min: schemas/* number */.aig().describe('The production value must be >= min (ratios: e.g. disparate_impact_ratio min 0.8, the four-fifths rule)'),
    max: schemas/* number */.aig().describe('The production value must be <= max (differences: e.g. equal_opportunity_difference max 0.1)'),
})
    .partial();
const FAIRNESS_SUMMARIES = [...fairness_rates/* CLASSIFICATION_SUMMARIES */.Gx, ...fairness_rates/* REGRESSION_SUMMARIES */.dD];
/** Per summary (the names evaluate --sensitive writes, as compare's fairness rules): a bound. */
const driftFairnessRulesSchema = schemas/* strictObject */.rej(Object.fromEntries(FAIRNESS_SUMMARIES.map((name) => [name, fairnessBoundSchema])))
    .partial()
    .describe('Bounds on the fairness summaries of this sensitive column; a breach makes the decision degradation');
const driftFairnessSchema = schemas/* strictObject */.rej({
    task: schemas/* enum */.k5n(['binary', 'multiclass', 'regression'])
        .default('binary')
        .describe('binary (default): a label and a predicted class or score; multiclass: a label and a predicted class, each class one-vs-rest as evaluate; regression: a numeric target and prediction (group MAE, RMSE and mean error gaps)'),
    label: schemas/* string */.YjP().min(1).describe('The column with the observed outcome (the delayed label); rows without one are left out and counted'),
    prediction: schemas/* string */.YjP().min(1).optional().describe("The column with the model's predicted class (regression: the predicted value)"),
    score: schemas/* string */.YjP().min(1).optional().describe('The column with P(positive class); predicted positive when score > threshold (unless prediction is given)'),
    threshold: schemas/* number */.aig().min(0).max(1).optional().describe('With score and no prediction: predicted positive when score > threshold (default 0.5, as evaluate)'),
    positive: schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]).optional().describe('The positive class (default as evaluate infers it: 1 of 0/1, the larger number, true)'),
    sensitive: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).min(1).describe('The sensitive columns whose groups are compared'),
    min_group_size: schemas/* number */.aig().int().min(1).optional().describe('Groups with fewer labelled rows are listed and left out of the summaries (default 30, as evaluate)'),
    resamples: schemas/* number */.aig().int().min(0).max(100_000).optional().describe('Bootstrap resamples for the CIs of the summaries (default 200; 0 turns them off)'),
    rules: schemas/* record */.g1P(schemas/* string */.YjP().min(1), driftFairnessRulesSchema).optional().describe('Per sensitive column: bounds on its summaries'),
})
    .superRefine((f, ctx) => {
    const regression = f.task === 'regression';
    if (regression) {
        if (f.prediction === undefined)
            ctx.addIssue({ code: 'custom', message: 'task regression needs prediction (the predicted value column)', path: ['prediction'] });
        for (const key of ['score', 'threshold', 'positive']) {
            if (f[key] !== undefined)
                ctx.addIssue({ code: 'custom', message: `${key} is for task binary; a regression model has a prediction column only`, path: [key] });
        }
    }
    else if (f.task === 'multiclass') {
        if (f.prediction === undefined)
            ctx.addIssue({ code: 'custom', message: 'task multiclass needs prediction (the predicted class column)', path: ['prediction'] });
        for (const key of ['score', 'threshold', 'positive']) {
            if (f[key] !== undefined)
                ctx.addIssue({ code: 'custom', message: `${key} is for task binary; task multiclass reads the predicted class, every class one-vs-rest`, path: [key] });
        }
    }
    else if (f.prediction === undefined && f.score === undefined) {
        ctx.addIssue({ code: 'custom', message: 'give prediction (the predicted class column) or score (the P(positive) column)', path: ['prediction'] });
    }
    const allowed = regression ? fairness_rates/* REGRESSION_SUMMARIES */.dD : fairness_rates/* CLASSIFICATION_SUMMARIES */.Gx;
    for (const [column, rules] of Object.entries(f.rules ?? {})) {
        if (!f.sensitive.includes(column))
            ctx.addIssue({ code: 'custom', message: `rules name "${column}", which is not one of the sensitive columns (${f.sensitive.join(', ')})`, path: ['rules', column] });
        for (const name of Object.keys(rules)) {
            if (!allowed.includes(name))
                ctx.addIssue({ code: 'custom', message: `${name} is not a summary of task ${f.task} (its summaries: ${allowed.join(', ')})`, path: ['rules', column, name] });
        }
    }
})
    .describe('Group fairness on production rows whose outcome has arrived: the summaries evaluate --sensitive computes, with bounds that open the retraining PR');
const driftModelSchema = schemas/* strictObject */.rej({
    reference: schemas/* string */.YjP()
        .min(1)
        .default('production')
        .describe('production: the training data profile published with the version the alias points to; else a profile (.json) or data file'),
    alias: schemas/* string */.YjP().min(1).default('production').describe('With reference production: the registry alias whose version is the reference'),
    sources: source_config/* sourcesSchema */.eJ.optional(),
    columns: schemas/* record */.g1P(schemas/* string */.YjP().min(1), columnOverrideSchema).optional().describe('Per column: another test or threshold, or ignore'),
    share: schemas/* number */.aig().gt(0).max(1).default(0.5).describe('Dataset drift when the share of drifted columns is >= this (Evidently: 0.5)'),
    alarms: columnAlarmRulesSchema.optional(),
    fail_on: schemas/* enum */.k5n(column_alarm/* FAIL_ON */.d$)
        .default('dataset')
        .describe('What makes the decision drift (and opens the retraining PR): dataset (the share rule, default) or column (also any column alarm)'),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), metricRuleConfigSchema).optional().describe('Rules on production metrics from the sources'),
    fairness: driftFairnessSchema.optional(),
    pull_request: retrainPullRequestSchema.optional(),
});
const driftSectionSchema = schemas/* looseObject */._H3({
    models: schemas/* record */.g1P(schemas/* string */.YjP().min(1), driftModelSchema).optional().describe('Per model: drift-check settings'),
})
    .describe('drift-check settings (keys other than models are reserved)');

// EXTERNAL MODULE: ../../../../shared/runtime/yaml-source.ts
var yaml_source = __webpack_require__(1576);
;// CONCATENATED MODULE: ../../../../shared/config/mlops-config.ts
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









const CONFIG_VERSION = 1;
const CONFIG_FILE = 'mlops.yaml';
const nonNegative = (description) => schemas/* number */.aig().min(0).describe(description);
const metricRuleSchema = schemas/* strictObject */.rej({
    direction: schemas/* enum */.k5n(['higher', 'lower'])
        .describe('Which way is better; default from the metric registry for standard names, also with a dataset part (roc_auc.test); required for other names'),
    threshold: schemas/* number */.aig().describe('Absolute bound (inclusive): head >= threshold when higher is better, head <= threshold when lower is better'),
    min_absolute_change: nonNegative('The head must beat the baseline by at least this much: head >= baseline + value (higher is better)'),
    min_relative_change: schemas/* number */.aig()
        .min(0)
        .max(1)
        .describe('The head must beat the baseline by at least this fraction of |baseline|: head >= baseline + value * |baseline| (higher is better); a zero baseline counts as 1e-20'),
    max_regression: nonNegative('The head may be worse than the baseline by at most this much: head >= baseline - value (higher is better)'),
    severity: schemas/* enum */.k5n(['error', 'warn']).describe('error (default) fails the gate; warn only reports'),
})
    .partial();
const sliceRuleSchema = schemas/* strictObject */.rej({
    min_size: schemas/* number */.aig().int().min(0).describe('Slices with fewer head rows than this are reported but not gated; default 0'),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), metricRuleSchema).describe('Rules applied to every value of the slice column'),
})
    .partial();
const significanceSchema = schemas/* strictObject */.rej({
    resamples: schemas/* number */.aig().int().min(0).max(100_000).describe('Paired bootstrap resamples for CIs of the deltas; 0 turns significance off; default 200 (evaluate CIs: 1000)'),
    confidence: schemas/* number */.aig().gt(0).lt(1).describe('Two-sided confidence of the delta CIs; default 0.95'),
    alpha: schemas/* number */.aig().gt(0).lt(1).describe("Significance level reported with McNemar's and DeLong's p-values; default 0.05"),
    seed: schemas/* number */.aig().int().describe('PRNG seed of the paired bootstrap; default 20240101'),
})
    .partial();
/**
 * A rule on one fairness summary: the metric rules' keys, plus `max` and `min`, plain bounds whatever
 * the direction (issue 15's syntax, and drift-check's `fairness.rules`): `max: 0.10` on a difference,
 * `min: 0.8` on a ratio (the four-fifths rule). `threshold` keeps working as the bound on the worse
 * side (a difference's max, a ratio's min); giving it beside that bound is an error
 * (fairnessRuleProblems).
 */
const fairnessRuleSchema = metricRuleSchema
    .extend({
    max: schemas/* number */.aig().describe('Upper bound (inclusive): head <= max; for the differences and gaps (lower is better), e.g. equalized_odds_difference max 0.10'),
    min: schemas/* number */.aig().describe('Lower bound (inclusive): head >= min; for the ratios (higher is better), e.g. disparate_impact_ratio min 0.8 (the four-fifths rule)'),
})
    .partial();
/**
 * Rules on the fairness summaries of one sensitive column (evaluate --sensitive): the metric rules'
 * keys and semantics, each summary's direction known (differences and gaps lower, ratios higher).
 * Only the summaries evaluate writes, so a misspelt name is an error, not a gate that never runs.
 */
const fairnessRulesSchema = schemas/* strictObject */.rej({
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
const modelConfigSchema = schemas/* strictObject */.rej({
    task: schemas/* enum */.k5n(['binary', 'multiclass', 'regression']).optional().describe("The model's task; when set, compare checks the reports against it"),
    metrics: schemas/* record */.g1P(schemas/* string */.YjP().min(1), metricRuleSchema).optional().describe('Gate rules per metric (keyed by metric name as the report writes it)'),
    slices: schemas/* record */.g1P(schemas/* string */.YjP().min(1), sliceRuleSchema).optional().describe('Gate rules per slice column'),
    fairness: schemas/* record */.g1P(schemas/* string */.YjP().min(1), fairnessRulesSchema).optional().describe('Gate rules on the fairness summaries, per sensitive column (evaluate --sensitive)'),
    first_run: schemas/* enum */.k5n(['pass', 'fail'])
        .default('pass')
        .describe('What a change rule does when there is no baseline value to compare with: pass (default) or fail'),
    significance: significanceSchema.optional(),
});
/** What the model card says about a model beyond its numbers (publish-model). */
const releaseModelSchema = schemas/* strictObject */.rej({
    intended_use: schemas/* string */.YjP().describe('What the model is for and who should use it (model card: Intended use)'),
    limitations: schemas/* string */.YjP().describe('Known limitations, out-of-scope uses and caveats (model card: Limitations)'),
    owners: schemas/* array */.YOg(schemas/* string */.YjP().min(1)).describe('People or teams responsible for the model (model card: Owners)'),
})
    .partial();
/** Open at its top level like the other reserved sections (later publish settings); strict per model. */
const releaseSchema = schemas/* looseObject */._H3({
    models: schemas/* record */.g1P(schemas/* string */.YjP().min(1), releaseModelSchema).optional().describe('Per model: the model card text'),
})
    .describe('publish-model settings (keys other than models are reserved)');
/**
 * The aliases promote may create. Names as the registry takes them (shared/registry/tag.ts: NAME_RE,
 * at most 64 characters; `latest` is a version word). Open at its top level like `release`.
 */
const promoteSchema = schemas/* looseObject */._H3({
    aliases: schemas/* array */.YOg(schemas/* string */.YjP()
        .max(64)
        .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and single hyphens, starting with a letter')
        .refine((a) => a !== 'latest', '"latest" means the highest version, not an alias'))
        .min(1)
        .describe('The aliases mlops promote and promote-model may create (an alias a model already has may always move); another is refused unless created on purpose (--create-alias, create-alias: true). Default: staging, production'),
})
    .partial()
    .describe('promote-model settings (keys other than aliases are reserved)');
/** What promote takes for declared when mlops.yaml says nothing: the two aliases the starter workflows use. */
const DEFAULT_ALIASES = ['staging', 'production'];
/** The aliases a config declares (promote.aliases), else the defaults. */
function declaredAliases(config) {
    return config?.promote?.aliases ?? DEFAULT_ALIASES;
}
/**
 * The aliases promote may move: those `file` declares, else ./mlops.yaml's when it exists, else
 * the defaults (a job that did not check out the repository has no mlops.yaml).
 */
async function loadDeclaredAliases(file) {
    const configFile = file ?? ((0,external_node_fs_.existsSync)(CONFIG_FILE) ? CONFIG_FILE : undefined);
    return declaredAliases(configFile === undefined ? undefined : await loadConfig(configFile));
}
const reserved = (step) => schemas/* unknown */.L5J().optional().describe(`Reserved for the ${step} step (not read by this version)`);
const mlopsConfigSchema = schemas/* strictObject */.rej({
    version: schemas/* literal */.euz(CONFIG_VERSION).describe('Config format version: 1'),
    models: schemas/* record */.g1P(schemas/* string */.YjP().min(1), modelConfigSchema).optional().describe('Per model: compare gate rules and settings'),
    release: releaseSchema.optional(),
    promote: promoteSchema.optional(),
    drift: driftSectionSchema.optional(),
    registry: reserved('registry'),
})
    .describe('mlops-actions configuration (mlops.yaml)');
function ruleProblems(rules, base) {
    const out = [];
    for (const [name, rule] of Object.entries(rules ?? {})) {
        if (rule.direction !== undefined || defaultDirection(name) !== undefined)
            continue;
        const close = (0,yaml_source/* closestMatch */.h0)(name, metrics/* METRIC_NAMES */.Uw);
        out.push({
            path: [...base, name],
            what: `${(0,yaml_source/* formatKeyPath */.K7)([...base, name])}: "${name}" is not a standard metric, so compare cannot tell which way is better`,
            hint: `${close ? `did you mean "${close}"? ` : ''}add direction: higher or direction: lower`,
        });
    }
    return out;
}
/**
 * `threshold` on a fairness summary is the bound on its worse side, so beside `max` (a difference)
 * or `min` (a ratio) it would be a second value for one bound; and min above max admits nothing.
 */
function fairnessRuleProblems(rules, base) {
    const out = [];
    for (const [column, perSummary] of Object.entries(rules ?? {})) {
        for (const [name, rule] of Object.entries(perSummary)) {
            if (!rule)
                continue;
            const path = [...base, column, name];
            const alias = (rule.direction ?? fairness_rates/* SUMMARY_DIRECTION */.nJ[name]) === 'higher' ? 'min' : 'max';
            if (rule.threshold !== undefined && rule[alias] !== undefined) {
                out.push({ path, what: `${(0,yaml_source/* formatKeyPath */.K7)(path)}: threshold and ${alias} are one bound here (threshold is the older name of ${alias} for ${name})`, hint: `keep ${alias}: ${rule[alias]} and remove threshold` });
            }
            if (rule.min !== undefined && rule.max !== undefined && rule.min > rule.max) {
                out.push({ path, what: `${(0,yaml_source/* formatKeyPath */.K7)(path)}: min ${rule.min} is above max ${rule.max}, so no value passes`, hint: 'swap or fix the bounds' });
            }
        }
    }
    return out;
}
function semanticProblems(c) {
    const out = [];
    for (const [model, m] of Object.entries(c.models ?? {})) {
        out.push(...ruleProblems(m.metrics, ['models', model, 'metrics']));
        for (const [column, s] of Object.entries(m.slices ?? {}))
            out.push(...ruleProblems(s.metrics, ['models', model, 'slices', column, 'metrics']));
        out.push(...fairnessRuleProblems(m.fairness, ['models', model, 'fairness']));
    }
    return out;
}
const OPTIONS = {
    error: (what, options) => new errors/* ContractError */.Vl(what, options),
    empty: { what: 'the file is empty', hint: 'start with "version: 1" and a models: mapping (see docs/compare.md)' },
    versionHint: 'add "version: 1" at the top',
    semantic: semanticProblems,
};
/** Parses mlops.yaml text; `file` names it in messages. Throws ContractError (exit code 2). */
function parseConfig(text, file) {
    return (0,yaml_source/* parseYamlText */.cd)(text, file, mlopsConfigSchema, OPTIONS);
}
/** Reads and checks an mlops.yaml file. Throws ContractError (exit code 2) at file:line:col. */
async function loadConfig(file) {
    return (0,yaml_source/* loadYamlFile */.Y3)(file, mlopsConfigSchema, {
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
function modelConfigOf(config, model, file = CONFIG_FILE) {
    const models = config?.models ?? {};
    const names = Object.keys(models);
    if (model === undefined) {
        if (names.length <= 1)
            return names.length ? models[names[0]] : undefined;
        throw new errors/* ContractError */.Vl(`${file} configures ${names.length} models (${names.join(', ')}); say which one to compare`, { location: { file }, hint: 'pass --model NAME (action input: model)' });
    }
    // Own keys only: a model named "toString" is not configured just because objects have one.
    const m = Object.hasOwn(models, model) ? models[model] : undefined;
    if (!m && names.length > 0) {
        const close = (0,yaml_source/* closestMatch */.h0)(model, names);
        throw new errors/* ContractError */.Vl(`model "${model}" is not configured under models`, { location: { file }, hint: `${close ? `did you mean "${close}"? ` : ''}configured: ${names.join(', ')}` });
    }
    return m;
}
/**
 * The gate rules a step uses and the model they belong to: rules given directly win; else the
 * model's section of the config file (the only model when none is named, which also names it).
 */
async function gateRulesOf(o) {
    if (o.rules || !o.config)
        return { rules: o.rules, model: o.model };
    const config = await loadConfig(o.config);
    const rules = modelConfigOf(config, o.model, o.config);
    return { rules, model: rules && o.model === undefined ? Object.keys(config.models ?? {})[0] : o.model };
}
function modelRuleProblems(m) {
    const out = ruleProblems(m.metrics, ['metrics']);
    for (const [column, s] of Object.entries(m.slices ?? {}))
        out.push(...ruleProblems(s.metrics, ['slices', column, 'metrics']));
    out.push(...fairnessRuleProblems(m.fairness, ['fairness']));
    return out;
}
const RULES_OPTIONS = {
    error: (what, options) => new errors/* ContractError */.Vl(what, options),
    empty: { what: 'the rules are empty', hint: 'write one model\'s section of mlops.yaml, e.g. metrics: { roc_auc: { threshold: 0.8 } }' },
    semantic: modelRuleProblems,
};
/**
 * One model's rules written as YAML (compare's `rules` input, `mlops compare --rules FILE`): the
 * same checks and messages as mlops.yaml (line:col, alias bombs and reserved names refused).
 */
function parseModelRulesText(text, where) {
    return (0,yaml_source/* parseYamlText */.cd)(text, where, modelConfigSchema, RULES_OPTIONS);
}
/** parseModelRulesText of a file. */
async function loadModelRules(file) {
    return (0,yaml_source/* loadYamlFile */.Y3)(file, modelConfigSchema, { ...RULES_OPTIONS, notFound: 'rules file not found', cannotRead: 'cannot read the rules file', missingHint: 'check the path' });
}
/** Checks a model config given as an action input or option (not from a file). */
function parseModelConfig(value, where) {
    const parsed = modelConfigSchema.safeParse(value);
    if (!parsed.success) {
        const i = parsed.error.issues[0];
        throw new errors/* ContractError */.Vl(`${where}: ${(0,yaml_source/* formatKeyPath */.K7)(i.path)}: ${i.message}`);
    }
    const problems = [...ruleProblems(parsed.data.metrics, ['metrics'])];
    for (const [column, s] of Object.entries(parsed.data.slices ?? {}))
        problems.push(...ruleProblems(s.metrics, ['slices', column, 'metrics']));
    problems.push(...fairnessRuleProblems(parsed.data.fairness, ['fairness']));
    if (problems.length > 0)
        throw new errors/* ContractError */.Vl(`${where}: ${problems[0].what}`, { hint: problems[0].hint });
    return parsed.data;
}


/***/ }),

/***/ 4500:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A9: () => (/* binding */ DEFAULT_ALARM_RULES),
/* harmony export */   bP: () => (/* binding */ columnAlarms),
/* harmony export */   d$: () => (/* binding */ FAIL_ON)
/* harmony export */ });
/* unused harmony export columnAlarm */
/* harmony import */ var _formats_drift_format_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5830);
/* harmony import */ var _formats_drift_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3874);
/**
 * Column alarms: a column that moved so far that one column alone is worth a person's attention,
 * whatever the dataset-drift share says. Evidently's share rule (drifted / tested >= 0.5) stays the
 * default decision; on a wide table it stays "ok" while three columns sit at KS p = 1e-19. An alarm
 * is a drifted column with
 *
 * - a p-value test (ks, chisquare, z): p < `p_value` (default 1e-6). With no drift, p is uniform,
 *   so one column passes the floor once in a million checks: 31 columns checked daily, once in ~88
 *   years;
 * - a distance (wasserstein, jensenshannon, psi): statistic >= `distance_ratio` × the column's
 *   threshold (default 3, so 0.3 for the 0.1 defaults). Measured on real data (random 1096/365
 *   splits of Seattle's 2012-2015 weather, the example project's shape, 500 each, SciPy): the largest
 *   no-drift values were normed Wasserstein 0.234 (precipitation), PSI 0.230 (wind), Jensen-Shannon
 *   0.103 (weather), so 2× (0.2) is crossed by noise and 3× is the smallest whole factor no split
 *   reached. Seattle 2015 against 2012-2014 peaks at 1.8× (temp_max); New York against Seattle
 *   alarms on temp_max (4.8×), temp_min (8.8×) and wind (10.9×). PSI 0.3 is also past the 0.25
 *   that practitioners read as a major shift.
 *
 * Pure: column results in, alarms out. The sentences here are the ones the PR body, the job
 * summary, the action's warning annotations and the CLI's stderr show.
 */


const DEFAULT_ALARM_RULES = { p_value: 1e-6, distance_ratio: 3 };
/** What decides the step: Evidently's dataset share only, or also any column alarm. */
const FAIL_ON = ['dataset', 'column'];
/** The alarm of one column, or null: only a drifted column can alarm. */
function columnAlarm(c, rules = DEFAULT_ALARM_RULES) {
    if (!c.drifted)
        return null;
    let rule;
    let limit;
    if (_formats_drift_format_js__WEBPACK_IMPORTED_MODULE_0__/* .P_VALUE_TESTS */ .Dw.has(c.test)) {
        if (c.p_value === null || !(c.p_value < rules.p_value))
            return null;
        rule = 'p_value';
        limit = rules.p_value;
    }
    else {
        // 3 × 0.1 is 0.30000000000000004 in binary: the limit is kept to 12 digits (0.3), and a PSI of
        // 0.3 is 3× its 0.1, so the comparison has a relative hair of slack.
        limit = Number((rules.distance_ratio * c.threshold).toPrecision(12));
        if (!(c.statistic >= limit * (1 - 1e-12)))
            return null;
        rule = 'distance';
    }
    const alarm = { column: c.column, test: c.test, statistic: c.statistic, p_value: c.p_value, threshold: c.threshold, rule, limit };
    return { ...alarm, message: `${(0,_formats_drift_text_js__WEBPACK_IMPORTED_MODULE_1__/* .describeColumnDrift */ .Zm)(c)}: ${(0,_formats_drift_text_js__WEBPACK_IMPORTED_MODULE_1__/* .alarmReason */ .Mo)(alarm)}` };
}
/**
 * The alarms of a check, strongest first by the PR body's drift score (threshold ÷ p-value, or
 * distance ÷ threshold: how many times past the column's own threshold), then by name.
 */
function columnAlarms(columns, rules = DEFAULT_ALARM_RULES) {
    const strength = (a) => a.p_value !== null ? (a.p_value > 0 ? a.threshold / a.p_value : Number.MAX_VALUE) : a.threshold > 0 ? a.statistic / a.threshold : Number.MAX_VALUE;
    return columns
        .map((c) => columnAlarm(c, rules))
        .filter((a) => a !== null)
        .sort((a, b) => strength(b) - strength(a) || (a.column < b.column ? -1 : a.column > b.column ? 1 : 0));
}


/***/ }),

/***/ 1331:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Np: () => (/* binding */ sourceKindOf),
/* harmony export */   eJ: () => (/* binding */ sourcesSchema)
/* harmony export */ });
/* unused harmony exports DURATION_PATTERN, TIME_PATTERN, httpSourceSchema, prometheusRangeSchema, prometheusSourceSchema, metricsFileSourceSchema, sourceSchema, parseSources, parseSourcesText */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1100);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1576);
/**
 * Where drift-check reads the current production data and metrics from: `drift.models.<model>.sources`
 * in mlops.yaml (a list), and the same list as the action's / CLI's `sources` input (YAML or JSON).
 * Each entry is one of four kinds, chosen by its key; entries combine (data rows from every entry
 * are pooled, metrics are collected from every entry):
 *
 *   sources:
 *     - files: ["prod/2025-*.csv.gz", prod/extra.parquet]   # globs; CSV/TSV/JSONL (.gz too), Parquet
 *     - name: prediction log API
 *       http:
 *         url: https://ml.example.com/api/predictions?days=7
 *         secret_env: PROD_API_TOKEN      # the env var holding the token; sent only in the header
 *         scheme: Bearer                  # header value "Bearer <token>"
 *         rows: /data                     # JSON pointer to the rows
 *         metrics: { accuracy: /summary/accuracy }
 *     - prometheus:
 *         url: http://prometheus.monitoring:9090
 *         range: { start: -7d, end: now, step: 1h }
 *         metrics:                         # instant queries (at range.end): one number each
 *           accuracy: avg_over_time(model_accuracy{model="weather"}[$__range])
 *         columns:                         # range queries: one value per step, a numeric column
 *           latency_p95: histogram_quantile(0.95, sum by (le) (rate(request_duration_seconds_bucket[5m])))
 *     - metrics_file:                       # a JSON, YAML or CSV file a batch job wrote (newest match of a glob)
 *         path: "reports/metrics-*.json"
 *         metrics: { accuracy: summary.accuracy }   # name -> the metric as evaluate --import names it
 *
 * One strict mapping with one key per kind (rather than a union of three mappings), so a misspelt
 * key gets "did you mean" against every key and a missing kind says which keys are possible.
 * docs/drift.md ("Sources") is the user's reference; keep it in step with this file.
 */



/** Prometheus duration: one or more `<int><unit>` parts, units ms, s, m, h, d, w, y ("1h30m"). */
const DURATION_PATTERN = /^(?:\d+(?:ms|s|m|h|d|w|y))+$/;
/** A time: `now`, `now` minus a duration (`-7d`, `now-7d`), or ISO 8601 (no offset = UTC). */
const TIME_PATTERN = /^(?:now|(?:now)?-(?:\d+(?:ms|s|m|h|d|w|y))+|\d{4}-\d{2}-\d{2}(?:[T ].+)?)$/;
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** RFC 6901: empty (the whole document) or "/" followed by reference tokens. */
const JSON_POINTER = /^(?:\/(?:[^~]|~[01])*)*$/;
const httpUrl = (what) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .min(1)
    .refine((u) => /^https?:\/\/[^\s]+$/i.test(u) && URL.canParse(u), { message: 'must be an http:// or https:// URL' })
    .describe(what);
const timeSpec = (what) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(TIME_PATTERN, { message: 'must be now, a duration ago (-7d, -12h) or an ISO 8601 time' }).describe(what);
const duration = (what) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(DURATION_PATTERN, { message: 'must be a duration like 30s, 5m, 1h, 1d or 1h30m' }).describe(what);
const pointer = (what) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(JSON_POINTER, { message: 'must be a JSON pointer (RFC 6901) like /data or /metrics/accuracy, or "" for the whole response' }).describe(what);
/** The auth of an HTTP or Prometheus source: a header whose value comes from an environment variable. */
const authShape = {
    header: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(HEADER_NAME, { message: 'must be an HTTP header name like Authorization or X-Api-Key' })
        .describe('Header that carries the secret; default Authorization (needs secret_env)'),
    secret_env: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(ENV_NAME, { message: 'must be an environment variable name like PROD_API_TOKEN' })
        .describe('Environment variable holding the header value (pass a secret in with env:); never logged'),
    scheme: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .regex(/^[A-Za-z][A-Za-z0-9._~+/-]*$/, { message: 'must be one word like Bearer or Token' })
        .describe('Put before the secret with a space: "Bearer" sends "Authorization: Bearer <secret>"'),
    timeout_ms: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().max(3_600_000).describe('Give up on a request after this many milliseconds; default 30000'),
};
const httpSourceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    url: httpUrl('URL answering GET with JSON'),
    ...authShape,
    rows: pointer('JSON pointer to the data: an array of row objects, or an object of equal-length column arrays'),
    metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), pointer('JSON pointer to a number')).describe('Metric name -> JSON pointer to its value in the response'),
})
    .partial({ header: true, secret_env: true, scheme: true, timeout_ms: true, rows: true, metrics: true });
const prometheusRangeSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    start: timeSpec('Start of the window: -7d (relative to now), or an ISO 8601 time'),
    end: timeSpec('End of the window: now (default), -1d, or an ISO 8601 time').optional(),
    step: duration('Resolution of the range queries (columns): 1h gives one value per hour'),
});
const prometheusSourceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    url: httpUrl('Base URL of the Prometheus HTTP API (the part before /api/v1), e.g. http://prometheus:9090'),
    ...authShape,
    metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('PromQL; $__range is replaced by the range length'))
        .describe('Metric name -> PromQL instant query that returns one number (one series or a scalar)'),
    columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('PromQL; one series over the range'))
        .describe('Column name -> PromQL range query; its values over the range become a numeric column (needs range)'),
    range: prometheusRangeSchema.describe('The window: range queries cover it, instant queries are evaluated at its end'),
    time: timeSpec('When instant queries are evaluated; default range.end, else now'),
})
    .partial({ header: true, secret_env: true, scheme: true, timeout_ms: true, metrics: true, columns: true, range: true, time: true });
const metricsFileSourceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    path: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('The metrics file (JSON, YAML, or CSV as evaluate --import reads it), or a glob whose newest match by name is read (dated names: reports/metrics-*.json)'),
    metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('The metric in the file as evaluate --import names it: nested keys joined with dots'))
        .describe('Metric name -> the metric in the file; default every metric in the file under its own name'),
})
    .partial({ metrics: true });
const KINDS = ['files', 'http', 'prometheus', 'metrics_file'];
const sourceSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1).describe('Name shown in the report and in messages; default the pattern(s) or URL'),
    files: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1)).min(1)])
        .describe('Data files or glob patterns (CSV, TSV, JSON Lines, Parquet; .gz for text), relative to the working directory'),
    delimiter: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().length(1, { message: 'must be one character' }).describe('files: CSV delimiter; default "," ("\\t" for .tsv)'),
    format: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['csv', 'jsonl', 'parquet']).describe('files: format for every file, when the extension does not tell'),
    http: httpSourceSchema.describe('An HTTP(S) endpoint answering with JSON: rows and/or metrics'),
    prometheus: prometheusSourceSchema.describe('A Prometheus server (or a compatible API): instant queries as metrics, range queries as columns'),
    metrics_file: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().min(1), metricsFileSourceSchema])
        .describe('Production metrics from a file a batch job wrote: a path (or glob), or { path, metrics }'),
})
    .partial()
    .superRefine((s, ctx) => {
    // Cross-key rules only once the keys themselves are right: a misspelt key is the one problem to show.
    if (ctx.issues.length > 0)
        return;
    const kinds = KINDS.filter((k) => s[k] !== undefined);
    if (kinds.length !== 1) {
        ctx.addIssue({
            code: 'custom',
            message: kinds.length === 0 ? 'needs one of the keys files, http, prometheus or metrics_file' : `has ${kinds.join(' and ')}: one source per list item`,
        });
        return;
    }
    if (kinds[0] !== 'files') {
        for (const k of ['delimiter', 'format']) {
            if (s[k] !== undefined)
                ctx.addIssue({ code: 'custom', path: [k], message: `only applies to files sources, not to ${kinds[0]}` });
        }
    }
    const auth = s.http ?? s.prometheus;
    if (auth && (auth.header !== undefined || auth.scheme !== undefined) && auth.secret_env === undefined) {
        ctx.addIssue({ code: 'custom', path: [kinds[0], auth.header !== undefined ? 'header' : 'scheme'], message: 'needs secret_env, the environment variable that holds the header value' });
    }
    if (s.http && s.http.rows === undefined && s.http.metrics === undefined) {
        ctx.addIssue({ code: 'custom', path: ['http'], message: 'needs rows (a JSON pointer to the data), metrics, or both' });
    }
    const p = s.prometheus;
    if (p) {
        const metrics = Object.keys(p.metrics ?? {}).length;
        const columns = Object.keys(p.columns ?? {}).length;
        if (metrics + columns === 0)
            ctx.addIssue({ code: 'custom', path: ['prometheus'], message: 'needs metrics (instant queries), columns (range queries), or both' });
        if (columns > 0 && p.range === undefined)
            ctx.addIssue({ code: 'custom', path: ['prometheus', 'range'], message: 'is needed by columns: add range: { start: -7d, step: 1h }' });
        const usesRange = Object.values(p.metrics ?? {}).some((q) => q.includes('$__range'));
        if (usesRange && p.range === undefined)
            ctx.addIssue({ code: 'custom', path: ['prometheus', 'metrics'], message: 'a query uses $__range: add range: { start: -7d, step: 1h }' });
    }
});
const sourcesSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(sourceSchema).min(1).describe('Where the current production data and metrics come from (combined)');
/** The kind of a source that passed sourceSchema. */
function sourceKindOf(s) {
    return s.files !== undefined ? 'file' : s.http !== undefined ? 'http' : s.metrics_file !== undefined ? 'metrics_file' : 'prometheus';
}
/**
 * Checks a sources list given as a value (already parsed); `where` names it in the message.
 * mlops.yaml's list is checked with the rest of the file; text inputs go through parseSourcesText.
 */
function parseSources(value, where) {
    const parsed = sourcesSchema.safeParse(value);
    if (parsed.success)
        return parsed.data;
    const issue = parsed.error.issues[0];
    const path = formatKeyPath(['sources', ...issue.path]);
    throw new ContractError(`${where}: ${path}: ${issue.message}`, { hint: 'see docs/drift.md (Sources) for the keys of files, http, prometheus and metrics_file sources' });
}
/**
 * Parses and checks a sources list written as YAML (or JSON) text: the action's `sources` input,
 * the CLI's --sources. Problems are reported at `where`:line:col with "did you mean" for
 * misspelt keys, like mlops.yaml's.
 */
function parseSourcesText(text, where) {
    return parseYamlText(text, where, sourcesSchema, {
        error: (what, options) => new ContractError(what, options),
        empty: { what: 'no sources given', hint: 'give a YAML list, e.g. - files: prod/*.csv.gz (docs/drift.md, Sources)' },
    });
}


/***/ }),

/***/ 5830:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Dw: () => (/* binding */ P_VALUE_TESTS),
/* harmony export */   dW: () => (/* binding */ driftReportSchema),
/* harmony export */   qx: () => (/* binding */ DRIFT_TESTS),
/* harmony export */   wW: () => (/* binding */ DRIFT_SCHEMA),
/* harmony export */   zb: () => (/* binding */ columnDriftSchema)
/* harmony export */ });
/* unused harmony exports skippedColumnSchema, columnAlarmSchema, metricCheckSchema, fairnessRuleCheckSchema, driftFairnessSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/* harmony import */ var _evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9729);
/**
 * `mlops-actions/drift@1`: what drift-check (`mlops drift`, actions/drift-check) writes. Defined once
 * here (zod) and documented in docs/formats.md. The retraining PR's body, the job summary and the
 * local forge's files are rendered from it.
 */



const DRIFT_SCHEMA = 'mlops-actions/drift@1';
/** Statistical tests and distances, by the names Evidently uses. */
const DRIFT_TESTS = ['ks', 'chisquare', 'z', 'wasserstein', 'jensenshannon', 'psi'];
/** p-value tests drift when p < threshold; distances drift when statistic >= threshold. */
const P_VALUE_TESTS = new Set(['ks', 'chisquare', 'z']);
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const columnDriftSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** How the column was compared: numeric (distribution of numbers) or categorical (counts of values). */
        kind: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['numeric', 'categorical']),
        test: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(DRIFT_TESTS),
        /** KS D, chi-square X², Z, normed Wasserstein distance, Jensen-Shannon distance, PSI. */
        statistic: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        /** For p-value tests (ks, chisquare, z); null for distances. */
        p_value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        /** p-value tests: drift when p_value < threshold; distances: drift when statistic >= threshold. */
        threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        drifted: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        /** exact: both sides' raw values; sketch: the reference (or current) side came from a profile's sketches. */
        method: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['exact', 'sketch']),
        /** Why this test: "default: numeric, 1095 reference rows > 1000, 380 values > 5" or "configured". */
        reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        reference_rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        current_rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
    });
    const skippedColumnSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), reason: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() });
    /** A drifted column far past its threshold (shared/drift/column-alarm.ts). */
    const columnAlarmSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        test: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(DRIFT_TESTS),
        statistic: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        p_value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        /** p_value: p below the floor; distance: statistic at or above distance_ratio × threshold. */
        rule: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['p_value', 'distance']),
        /** The floor (p_value) or the distance that raised the alarm (distance_ratio × threshold). */
        limit: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        /** One sentence: "temp_max: Wasserstein distance 0.476 (threshold 0.1): 4.76× the threshold, alarm at 3×". */
        message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    });
    const metricCheckSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** The metric's name as configured (e.g. accuracy, latency_p95). */
        name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** Where the value came from: "prometheus: <query>", "http: <url>", "metrics_file: <file> <name>", "evaluation of current data". */
        source: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        /** min: value >= threshold; max: value <= threshold; max_drop: baseline - value <= threshold. */
        rule: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['min', 'max', 'max_drop']),
        threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        /** max_drop: the released model's evaluation value it is measured against. */
        baseline: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        passed: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
        message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    });
    /** One bound on one fairness summary of one sensitive column (drift.models.<model>.fairness.rules). */
    const fairnessRuleCheckSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        column: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** Added within @1: task multiclass, the class seen one-vs-rest (a rule is checked on every class); absent otherwise. */
        positive_class: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]).optional(),
        /** The summary as evaluate names it: disparate_impact_ratio, equal_opportunity_difference, … */
        summary: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** min: value >= threshold; max: value <= threshold. */
        rule: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['min', 'max']),
        threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(),
        /** null when the summary could not be computed (too few labelled rows per group): not checked. */
        value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        ci: zod__WEBPACK_IMPORTED_MODULE_2__/* .tuple */ .PVZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()]).nullable(),
        /** null: not checked (does not decide). false: breached (decision degradation). */
        passed: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY().nullable(),
        message: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
    });
    /** Group fairness on the production rows whose outcome has arrived (shared/drift/fairness-check.ts). */
    const driftFairnessSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** binary: group rates of one positive class; multiclass (added within @1): of every class one-vs-rest; regression: group errors. */
        task: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['binary', 'multiclass', 'regression']),
        label: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        prediction: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        score: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        /** score > threshold is predicted positive; null when a prediction column gives the class (and for regression). */
        threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().nullable(),
        /** null when no row had a label yet, and for regression. */
        positive_class: zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()]).nullable(),
        /** Rows the table sources gave. */
        rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Rows in the summaries: labelled, with a prediction (or score). */
        used: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Rows left out because their outcome has not arrived (no label). */
        missing_label: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        /** Labelled rows left out because they have no prediction (or score). */
        missing_prediction: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        bootstrap: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ resamples: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(), confidence: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig(), seed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int() }).nullable(),
        /** evaluation@1's `fairness` object, as evaluate --sensitive computes it on these rows. */
        section: _evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__/* .fairnessSchema */ .N5,
        rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fairnessRuleCheckSchema),
    });
    const driftReportSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(DRIFT_SCHEMA),
        model: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        /** When the check ran (ISO 8601). */
        created_at: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        reference: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            /** production: the profile in the manifest of the model's alias; profile / data: a file given. */
            kind: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['production', 'profile', 'data']),
            file: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
            /** production: the version and tag the alias pointed to. */
            version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
            tag: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
            alias: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
            rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            sha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        }),
        current: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            // metrics_file: added within @1 (a source kind readers of older reports never see).
            sources: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ kind: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['file', 'http', 'prometheus', 'metrics_file']), name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().nullable() })),
            /** The data window the sources cover, when known (Prometheus ranges, configured windows). */
            window: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ from: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(), to: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable() }),
        }),
        data: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            /** share >= share_threshold (Evidently's dataset drift rule). */
            dataset_drift: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY(),
            /** Drifted columns / tested columns (0 when none were tested). */
            share: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1),
            share_threshold: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1),
            tested: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            drifted: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(columnDriftSchema),
            skipped: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(skippedColumnSchema),
            /**
             * Added within @1 (written by every check now; absent in older reports, read as no alarms and
             * fail_on dataset): the column alarms, strongest first, the rules that raised them, and whether
             * they decide (fail_on: column) or only warn (dataset).
             */
            alarms: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(columnAlarmSchema).optional(),
            alarm_rules: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ p_value: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0).max(1), distance_ratio: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().positive() }).optional(),
            fail_on: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['dataset', 'column']).optional(),
        }),
        metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(metricCheckSchema),
        /** ok; drift (dataset drift, or a column alarm with fail_on: column); degradation (a metric rule failed, or a fairness bound was breached); drift_and_degradation. */
        decision: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['ok', 'drift', 'degradation', 'drift_and_degradation']),
        /** One line per reason, for logs, the PR body and the request file. */
        reasons: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        /**
         * Added within @1 (absent in older reports and when the model has no explanation): the model's
         * permutation importances (explain's explanation.json, from the reference release or given),
         * by which drifted columns are ordered, and the top features among the drifted columns.
         */
        importance: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            /** Where the importances came from: the release's explanation asset (its tag) or a file. */
            source: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            metric: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            /** A feature ranked this high or higher is a top feature. */
            top: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(),
            features: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ feature: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), rank: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive(), importance_mean: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig() })),
            /** Drifted columns that are top features, by rank. */
            top_drifted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()),
        })
            .optional(),
        /**
         * Added within @1 (absent in older reports and when drift.models.<model>.fairness is not set):
         * the fairness summaries on production rows and the bounds checked on them.
         */
        fairness: driftFairnessSchema.optional(),
    });
    return { columnDriftSchema, skippedColumnSchema, columnAlarmSchema, metricCheckSchema, fairnessRuleCheckSchema, driftFairnessSchema, driftReportSchema };
});
const columnDriftSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().columnDriftSchema);
const skippedColumnSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().skippedColumnSchema);
const columnAlarmSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().columnAlarmSchema);
const metricCheckSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().metricCheckSchema);
const fairnessRuleCheckSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().fairnessRuleCheckSchema);
const driftFairnessSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().driftFairnessSchema);
const driftReportSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().driftReportSchema);


/***/ }),

/***/ 3874:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Mo: () => (/* binding */ alarmReason),
/* harmony export */   Og: () => (/* binding */ formatDriftNumber),
/* harmony export */   Zm: () => (/* binding */ describeColumnDrift),
/* harmony export */   oQ: () => (/* binding */ columnMovement)
/* harmony export */ });
const TEST_NAMES = {
    ks: 'KS',
    chisquare: 'chi-square',
    z: 'Z-test',
    wasserstein: 'Wasserstein distance',
    jensenshannon: 'Jensen-Shannon distance',
    psi: 'PSI',
};
/** Three significant digits; p-values and other tiny numbers in exponent form (2.13e-34). */
function formatDriftNumber(x) {
    if (x === 0 || !Number.isFinite(x))
        return String(x);
    if (Math.abs(x) < 1e-3)
        return x.toExponential(2).replace(/\.?0+e/, 'e');
    return String(Number(x.toPrecision(3)));
}
/** How far a column moved, without its name: "Wasserstein distance 0.476 (threshold 0.1)". */
function columnMovement(c) {
    const name = TEST_NAMES[c.test];
    if (c.p_value !== null)
        return `${name} p-value ${formatDriftNumber(c.p_value)} (threshold ${formatDriftNumber(c.threshold)}; statistic ${formatDriftNumber(c.statistic)})`;
    return `${name} ${formatDriftNumber(c.statistic)} (threshold ${formatDriftNumber(c.threshold)})`;
}
/**
 * How far a column moved, in one plain sentence:
 * "temp_max: Wasserstein distance 0.476 (threshold 0.1)" or
 * "wind: KS p-value 2.13e-34 (threshold 0.05; statistic 0.455)". The name is raw: renderers escape it.
 */
function describeColumnDrift(c) {
    return `${c.column}: ${columnMovement(c)}`;
}
/** Why an alarm was raised: "below the alarm floor 1e-6" or "4.76× the threshold, alarm at 3×". */
function alarmReason(a) {
    if (a.rule === 'p_value')
        return `below the alarm floor ${formatDriftNumber(a.limit)}`;
    if (!(a.threshold > 0))
        return `at or past ${formatDriftNumber(a.limit)}`;
    return `${formatDriftNumber(a.statistic / a.threshold)}× the threshold, alarm at ${formatDriftNumber(a.limit / a.threshold)}×`;
}


/***/ }),

/***/ 1234:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ formatKeyPath)
/* harmony export */ });
/* harmony import */ var _message_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1042);
/**
 * How a message names a place in a YAML or JSON document: `columns.age.min`, `table.unique[0]`,
 * `models["my model"].slices`.
 *
 * A module of its own, not part of yaml-source.ts, because the validate-data shard worker names
 * contract keys in its findings and must not load the yaml package (or zod) with yaml-source: the
 * worker gets the contract already parsed (issue 18).
 */

/** `columns.age.min`, `table.unique[0]`, `models["my model"].slices`. */
function formatKeyPath(path) {
    let s = '';
    for (const seg of path) {
        if (typeof seg === 'number')
            s += `[${seg}]`;
        else {
            // Keys are the user's text: cut, so a message stays one readable line.
            const k = (0,_message_text_js__WEBPACK_IMPORTED_MODULE_0__/* .shortened */ .v)(String(seg), 60);
            if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(k))
                s += s === '' ? k : `.${k}`;
            else
                s += `[${JSON.stringify(k)}]`;
        }
    }
    return s === '' ? '(top level)' : s;
}


/***/ }),

/***/ 1576:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $r: () => (/* binding */ childPair),
/* harmony export */   K7: () => (/* reexport safe */ _key_path_js__WEBPACK_IMPORTED_MODULE_2__.K),
/* harmony export */   O5: () => (/* binding */ rangeStart),
/* harmony export */   TF: () => (/* binding */ RESERVED_KEY),
/* harmony export */   Y3: () => (/* binding */ loadYamlFile),
/* harmony export */   bp: () => (/* binding */ describeValue),
/* harmony export */   cd: () => (/* binding */ parseYamlText),
/* harmony export */   h0: () => (/* reexport safe */ _closest_match_js__WEBPACK_IMPORTED_MODULE_3__.h)
/* harmony export */ });
/* unused harmony export MAX_YAML_BYTES */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1100);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9171);
/* harmony import */ var _closest_match_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6060);
/* harmony import */ var _key_path_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1234);
/* harmony import */ var _message_text_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1042);
/**
 * YAML files checked by a zod schema, with every problem reported at `file:LINE:COL`.
 *
 * The one implementation behind the data contract (shared/data/contract.ts) and mlops.yaml
 * (mlops-config.ts): parse keeping node ranges, check with a strict zod schema, then the caller's
 * semantic checks, and throw the first problem in file order as one error naming the key path and a
 * fix ("did you mean …"). Callers pass the schema, their error class (as a factory) and the few
 * words that are theirs (empty-file message, version hint, rule long form), so both files give the
 * same messages for the same mistakes.
 */






/** Lives in key-path.ts so code that names keys need not load the yaml package. */

/** Lives in runtime so the CLI's option parser (a lower layer) suggests with the same rule. */

// ---------------------------------------------------------------------------------------------
// Locating problems in the YAML source
/** A parsed YAML document that can tell where a key path is. */
class YamlSource {
    file;
    data;
    doc;
    lines;
    constructor(file, data, doc, lines) {
        this.file = file;
        this.data = data;
        this.doc = doc;
        this.lines = lines;
    }
    /** Parses `text`; YAML syntax errors and an empty file become one error at the right place. */
    static parse(text, file, error, empty) {
        const lines = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
        // logLevel error: the yaml package's warnings (a mapping used as a key) go to stderr past our one message.
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
        if (doc.errors.length > 0) {
            const err = doc.errors[0];
            const { line, col } = lines.linePos(err.pos[0]);
            const first = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
            throw error(`invalid YAML: ${(0,_message_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortened */ .v)(first, 200)}`, { location: { file, line, column: col }, hint: 'check indentation and quoting near this position' });
        }
        let data;
        try {
            data = doc.toJS({ maxAliasCount: 100 });
        }
        catch (e) {
            // The yaml package refuses an alias that expands too often (a "billion laughs" file).
            if (e instanceof ReferenceError || e instanceof RangeError) {
                throw error('the YAML expands its aliases (*name) too many times', { location: { file, line: 1, column: 1 }, hint: 'write the values out instead of nesting aliases of aliases', cause: e });
            }
            throw e;
        }
        if (data === null || data === undefined)
            throw error(empty.what, { location: { file, line: 1, column: 1 }, hint: empty.hint });
        const source = new YamlSource(file, data, doc, lines);
        source.throwReservedKey(error);
        return source;
    }
    /**
     * Every name in these files becomes a key of a plain object once zod has checked it, and zod (like
     * any `obj[key] = v`) turns a key `__proto__` into the object's prototype: the model, column or
     * metric would vanish without a word (a gate that never runs). A Map throughout is impractical
     * here (the schemas are zod records shared with the JSON Schema for editors), so the one name that
     * cannot survive is refused at its line. `constructor` and `prototype` survive as own keys; lookups
     * by name use Object.hasOwn.
     */
    throwReservedKey(error) {
        const found = findKeyPath(this.data, RESERVED_KEY, []);
        if (found === undefined)
            return;
        throw error(`"${RESERVED_KEY}" cannot be a name here (JavaScript reserves it for an object's prototype)`, {
            location: this.location(found.slice(0, -1), RESERVED_KEY),
            hint: 'rename it',
        });
    }
    /** Offset of the node at `path` (or its closest existing ancestor), or of the key `atKey` below it. */
    offset(path, atKey) {
        let node = this.doc.contents;
        let offset = rangeStart(node) ?? 0;
        for (const seg of path) {
            const next = childPair(node, seg);
            if (!next)
                break;
            node = next.value;
            offset = rangeStart(next.value) ?? rangeStart(next.key) ?? offset;
        }
        if (atKey !== undefined) {
            const pair = childPair(node, atKey);
            if (pair)
                offset = rangeStart(pair.key) ?? offset;
        }
        return offset;
    }
    location(path, atKey) {
        const { line, col } = this.lines.linePos(this.offset(path, atKey));
        return { file: this.file, line, column: col };
    }
    /** Throws the first problem in file order (with a count of the others); returns if there are none. */
    throwFirst(problems, error) {
        if (problems.length === 0)
            return;
        const sorted = [...problems].sort((a, b) => this.offset(a.path, a.atKey) - this.offset(b.path, b.atKey));
        const p = sorted[0];
        const more = sorted.length > 1 ? ` (and ${sorted.length - 1} more problem${sorted.length > 2 ? 's' : ''})` : '';
        throw error(`${p.what}${more}`, { location: this.location(p.path, p.atKey), hint: p.hint });
    }
}
/** The one object key that `obj[key] = value` cannot store as data. */
const RESERVED_KEY = '__proto__';
/** The key path of the first own key `key` in nested plain data (iterative: data may nest deeply). */
function findKeyPath(data, key, base) {
    const stack = [{ value: data, path: base }];
    while (stack.length > 0) {
        const { value, path } = stack.pop();
        if (value === null || typeof value !== 'object')
            continue;
        if (Array.isArray(value)) {
            for (let i = value.length - 1; i >= 0; i--)
                stack.push({ value: value[i], path: [...path, i] });
            continue;
        }
        if (Object.hasOwn(value, key))
            return [...path, key];
        const entries = Object.entries(value);
        for (let i = entries.length - 1; i >= 0; i--)
            stack.push({ value: entries[i][1], path: [...path, entries[i][0]] });
    }
    return undefined;
}
/** Where a YAML node starts in the source text (character offset), when the parser kept its range. */
function rangeStart(node) {
    const r = node?.range;
    return Array.isArray(r) ? r[0] : undefined;
}
/** The key and value of a mapping entry (or a sequence item) named `seg`, for locating a path. */
function childPair(node, seg) {
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isMap */ .jh)(node)) {
        for (const item of node.items) {
            if (!(0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isPair */ .tO)(item))
                continue;
            const k = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isScalar */ .jn)(item.key) ? item.key.value : item.key;
            if (String(k) === String(seg))
                return { key: item.key, value: item.value };
        }
        return undefined;
    }
    if ((0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .isSeq */ .oP)(node) && typeof seg === 'number') {
        const v = node.items[seg];
        return v === undefined ? undefined : { key: v, value: v };
    }
    return undefined;
}
function describeValue(v) {
    if (v === undefined)
        return 'nothing';
    if (v === null)
        return 'null';
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'object')
        return 'a mapping';
    if (typeof v === 'string')
        return `text ${JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}…` : v)}`;
    return `${typeof v} ${String(v)}`;
}
/** What a value is, without any of its content. */
function describeKind(v) {
    if (Array.isArray(v))
        return 'a list';
    if (typeof v === 'string')
        return 'text';
    return describeValue(v).split(' ')[0] === 'number' ? 'a number' : describeValue(v);
}
function valueAt(data, path) {
    let v = data;
    for (const seg of path) {
        if (v === null || typeof v !== 'object' || !Object.hasOwn(v, seg))
            return undefined;
        v = v[seg];
    }
    return v;
}
/**
 * The object keys a strict object at `path` accepts, found by walking the zod schema. Unions are
 * followed along the branches that fit what the user wrote (mapping vs scalar), so an unknown key
 * in a rule's long form lists the long form's keys.
 */
function allowedKeysAt(schema, path, data) {
    const keys = new Set();
    for (const t of descend(schema, path, data, 0))
        if (t instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodObject */ .bvH)
            for (const k of Object.keys(t.shape))
                keys.add(k);
    return [...keys];
}
function descend(schema, path, data, i) {
    const s = unwrap(schema);
    if (s instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodUnion */ .fZ7) {
        const value = valueAt(data, path.slice(0, i));
        const isObj = value !== null && typeof value === 'object' && !Array.isArray(value);
        return s.options.flatMap((o) => {
            const u = unwrap(o);
            if (isObj ? u instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodObject */ .bvH || u instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodRecord */ .b8S : !(u instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodObject */ .bvH))
                return descend(u, path, data, i);
            return [];
        });
    }
    if (i === path.length)
        return [s];
    const seg = path[i];
    if (s instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodObject */ .bvH) {
        const child = s.shape[String(seg)];
        return child ? descend(child, path, data, i + 1) : [];
    }
    if (s instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodRecord */ .b8S)
        return descend(s.valueType, path, data, i + 1);
    if (s instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodArray */ .naA)
        return descend(s.element, path, data, i + 1);
    return [];
}
function unwrap(s) {
    let cur = s;
    while (cur instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodOptional */ .IiU || cur instanceof zod__WEBPACK_IMPORTED_MODULE_5__/* .ZodDefault */ .XiL)
        cur = cur.unwrap();
    return cur;
}
const TYPE_NAMES = {
    number: 'a number',
    string: 'text',
    boolean: 'true or false',
    array: 'a list',
    object: 'a mapping',
    int: 'a whole number',
};
/** Picks, in a failed union, the branch that matches the shape the user wrote (scalar vs mapping). */
function resolveUnion(issue, base) {
    // Branches that failed only on the top-level type are the forms the user did not write.
    const deeper = issue.errors.filter((branch) => !branch.every((e) => e.code === 'invalid_type' && e.path.length === 0));
    if (deeper.length === 0)
        return undefined;
    // Prefer the branch with the fewest problems (the closest match), then the first.
    const best = deeper.reduce((a, b) => (b.length < a.length ? b : a));
    return best.map((e) => ({ ...e, path: [...base, ...e.path] }));
}
/** One zod issue as problems a person can act on. */
function issueProblems(issue, data, schema, wording = {}) {
    const path = issue.path;
    const where = (0,_key_path_js__WEBPACK_IMPORTED_MODULE_2__/* .formatKeyPath */ .K)(path);
    const value = valueAt(data, path);
    // zod reports a missing key as a wrong type (or value, for literals) of `undefined`: point at the parent.
    const missing = () => {
        const key = String(path[path.length - 1]);
        return [{ path: path.slice(0, -1), what: `${where} is missing`, hint: key === 'version' ? wording.versionHint : undefined }];
    };
    switch (issue.code) {
        case 'invalid_union': {
            const resolved = resolveUnion(issue, path);
            if (resolved)
                return resolved.flatMap((i) => issueProblems(i, data, schema, wording));
            const expected = new Set();
            for (const branch of issue.errors)
                for (const e of branch)
                    if (e.code === 'invalid_type')
                        expected.add(TYPE_NAMES[e.expected] ?? e.expected);
            const longForm = issue.errors.some((b) => b.some((e) => e.code === 'invalid_type' && e.expected === 'object'));
            // YAML 1.1 booleans are text in YAML 1.2, a common surprise.
            const yesNo = typeof value === 'string' && /^(yes|no|on|off|y|n)$/i.test(value) && expected.has(TYPE_NAMES.boolean);
            return [
                {
                    path,
                    what: `${where} must be ${[...expected].join(' or ')}, not ${describeValue(value)}`,
                    hint: yesNo ? 'write true or false (YAML 1.2 reads yes/no/on/off as text)' : longForm ? wording.longFormHint : undefined,
                },
            ];
        }
        case 'unrecognized_keys': {
            const allowed = allowedKeysAt(schema, path, data);
            return issue.keys.map((key) => {
                const close = (0,_closest_match_js__WEBPACK_IMPORTED_MODULE_3__/* .closestMatch */ .h)(key, allowed);
                return {
                    path,
                    atKey: key,
                    what: `unknown key "${(0,_message_text_js__WEBPACK_IMPORTED_MODULE_4__/* .shortened */ .v)(key, 60)}"${path.length ? ` in ${where}` : ''}`,
                    hint: `${close ? `did you mean "${close}"? ` : ''}allowed keys: ${allowed.join(', ')}`,
                };
            });
        }
        case 'invalid_type':
            if (value === undefined)
                return missing();
            // The whole file is not a mapping: it is not the expected kind of file, so show none of it.
            if (path.length === 0)
                return [{ path, what: `the file must be a YAML mapping (key: value lines), not ${describeKind(value)}` }];
            return [{ path, what: `${where} must be ${TYPE_NAMES[issue.expected] ?? issue.expected}, not ${describeValue(value)}` }];
        case 'invalid_value': {
            if (value === undefined)
                return missing();
            const options = issue.values.map((v) => String(v));
            // `version: "1"`: the right value in quotes; "did you mean "1"?" would not help.
            const quoted = typeof value === 'string' && issue.values.some((v) => typeof v !== 'string' && String(v) === value);
            if (quoted)
                return [{ path, what: `${where} must be the number ${value}, not the text "${value}"`, hint: `write ${value} without quotes` }];
            const close = typeof value === 'string' ? (0,_closest_match_js__WEBPACK_IMPORTED_MODULE_3__/* .closestMatch */ .h)(value, options) : undefined;
            const noun = wording.enumNoun?.(path) ?? (options.length === 1 ? JSON.stringify(issue.values[0]) : 'allowed');
            return [{ path, what: `${where}: ${describeValue(value)} is not ${noun}`, hint: `${close ? `did you mean "${close}"? ` : ''}use one of: ${options.join(', ')}` }];
        }
        case 'too_small':
        case 'too_big': {
            const bound = issue.code === 'too_small' ? issue.minimum : issue.maximum;
            // gt()/lt() bounds are exclusive: "less than 1", not "at most 1".
            const exclusive = issue.inclusive === false;
            const op = issue.code === 'too_small' ? (exclusive ? 'greater than' : 'at least') : exclusive ? 'less than' : 'at most';
            if (issue.origin === 'array')
                return [{ path, what: `${where} must have ${op} ${String(bound)} item${bound === 1 ? '' : 's'}` }];
            if (issue.origin === 'string')
                return [{ path, what: `${where} must not be empty` }];
            return [{ path, what: `${where} must be ${op} ${String(bound)}, not ${String(value)}` }];
        }
        default:
            return [{ path, what: `${where}: ${issue.message}` }];
    }
}
/**
 * Reads, parses and checks a YAML file: unreadable file, YAML syntax, schema problems and the
 * `semantic` checks all become one error from `error` at file:line:col.
 */
async function loadYamlFile(file, schema, options) {
    let text;
    try {
        text = await readBounded(file, MAX_YAML_BYTES);
    }
    catch (e) {
        if (e instanceof TooLargeError) {
            // /dev/zero, a log or a dataset given by mistake: say so without reading (or echoing) it.
            throw options.error(`the file is larger than ${MAX_YAML_BYTES / 1024 / 1024} MiB: not a config file`, { location: { file }, hint: 'check the path' });
        }
        const code = e.code;
        throw options.error(code === 'ENOENT' ? options.notFound : `${options.cannotRead}: ${e.message}`, {
            location: { file },
            hint: code === 'ENOENT' ? options.missingHint : undefined,
            cause: e,
        });
    }
    return parseYamlText(text, file, schema, options);
}
/** Config files are small; anything bigger was given by mistake. */
const MAX_YAML_BYTES = 16 * 1024 * 1024;
class TooLargeError extends Error {
}
/** The file's text, refusing more than `limit` bytes (a device like /dev/zero never ends). */
async function readBounded(file, limit) {
    const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(file, 'r');
    try {
        const chunks = [];
        let total = 0;
        for (;;) {
            const chunk = Buffer.alloc(Math.min(1024 * 1024, limit + 1 - total));
            const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
            if (bytesRead === 0)
                break;
            chunks.push(chunk.subarray(0, bytesRead));
            total += bytesRead;
            if (total > limit)
                throw new TooLargeError();
        }
        return Buffer.concat(chunks).toString('utf8');
    }
    finally {
        await handle.close();
    }
}
/** loadYamlFile without the file read: `text` is the file's content, `file` names it in messages. */
function parseYamlText(text, file, schema, options) {
    // A binary file (or /proc/self/environ given as a contract) is not shown back: its content may
    // be secrets, and its first bytes say nothing useful.
    if (text.includes('\u0000'))
        throw options.error('the file is not YAML text (it contains NUL bytes)', { location: { file }, hint: 'check the path' });
    const src = YamlSource.parse(text, file, options.error, options.empty);
    const parsed = schema.safeParse(src.data);
    if (!parsed.success)
        src.throwFirst(parsed.error.issues.flatMap((i) => issueProblems(i, src.data, schema, options)), options.error);
    const value = parsed.data;
    src.throwFirst(options.semantic?.(value) ?? [], options.error);
    return value;
}


/***/ })

};
