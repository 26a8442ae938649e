/** `mlops evaluate`: the evaluate step on the command line. */
import type { EvaluateOptions } from '../../steps/evaluate.js';
import type { TensorboardSelect } from '../../model/import/tensorboard.js';
import { choiceOption, CommandUsageError, parseCommandArgs, parseDelimiter, requireOption, type CliIo, type Command } from '../../runtime/cli.js';
import { EXIT_OK, UsageError } from '../../runtime/errors.js';
import { splitList } from '../../runtime/list-input.js';
import { parseTensorboardSelect } from '../../model/import/tensorboard.js';
import { parseMlflowStep } from '../../model/import/mlflow-step.js';

const usage = `Usage: mlops evaluate --predictions FILE --task binary|multiclass|regression --label COL
                      (--prediction COL | --score COL...) [options] --out FILE
       mlops evaluate --import PATH --out FILE [--tensorboard-select S] [--mlflow-run R]
                      [--mlflow-experiment E] [--mlflow-model NAME@ALIAS]

Compute scikit-learn metrics with bootstrap confidence intervals and per-slice metrics from a
predictions file, or turn metrics another tool wrote into an evaluation report
(mlops-actions/evaluation@1). Evaluate never gates: compare does.

Options:
  --predictions FILE      CSV, TSV, JSON Lines or Parquet (.gz for text formats)
  --task T                binary, multiclass or regression
  --label COL             the true label (target) column
  --prediction COL        predicted label (classification) or value (regression)
  --score COL             probability column, repeatable: binary one column = P(positive)
                          (or two, one per class); multiclass one per class
  --classes A,B,...       the class of each --score column, in order (default: the column
                          names without their common prefix: p_rain,p_sun -> rain,sun)
  --pos-label V           binary positive class (default 1, the greater number, or true)
  --threshold X           binary: predicted positive iff score > X (default 0.5)
  --slice COL             per-value metrics for this column, repeatable
  --min-slice-size N      smaller slices are listed as skipped (default 30)
  --sensitive COL         group fairness by this column's values, repeatable: per-group
                          rates and Fairlearn's parity summaries with CIs (docs/evaluate.md)
  --min-group-size N      smaller groups are listed and left out of the fairness
                          summaries (default 30)
  --id COL                column pairing rows across reports (default: the row index)
  --resamples N           bootstrap resamples for CIs, 0 = none (default 1000)
  --confidence X          CI level (default 0.95)
  --seed N                bootstrap seed (default 20240101)
  --model FILE            model file whose SHA-256 goes in the report, repeatable
  --out FILE              the report JSON, written atomically (required); per-example data
                          goes to <out without .json>.examples.jsonl.gz
  --no-examples           do not write the per-example file
  --delimiter C           CSV delimiter (default "," and tab for .tsv; "tab" for a tab)
  --import PATH           metrics file or folder of another tool (JSON, YAML, CSV, DVC,
                          TensorBoard, MLflow mlruns/ or mlflow.db, sqlite:///mlflow.db);
                          see docs/importers.md
  --tensorboard-select S  last (default), min, max or step:N
  --mlflow-run R          run id, latest (default) or best:METRIC:max|min
  --mlflow-experiment E   only runs of this MLflow experiment (id or name)
  --mlflow-model M        the run behind a registered model version (mlflow.db only):
                          NAME@ALIAS, NAME/VERSION or NAME/latest
  --mlflow-step N         each MLflow metric's value at step N instead of its latest
  --format text|json      output on stdout (default text; json prints the report)
  -h, --help              show this help

Exit codes: 0 ok, 2 bad usage or bad input.
`;

const options = {
  predictions: { type: 'string' },
  import: { type: 'string' },
  task: { type: 'string' },
  label: { type: 'string' },
  prediction: { type: 'string' },
  score: { type: 'string', multiple: true },
  classes: { type: 'string' },
  'pos-label': { type: 'string' },
  threshold: { type: 'string' },
  slice: { type: 'string', multiple: true },
  'min-slice-size': { type: 'string' },
  sensitive: { type: 'string', multiple: true },
  'min-group-size': { type: 'string' },
  id: { type: 'string' },
  resamples: { type: 'string' },
  confidence: { type: 'string' },
  seed: { type: 'string' },
  model: { type: 'string', multiple: true },
  out: { type: 'string', short: 'o' },
  'no-examples': { type: 'boolean' },
  delimiter: { type: 'string' },
  'tensorboard-select': { type: 'string' },
  'mlflow-run': { type: 'string' },
  'mlflow-experiment': { type: 'string' },
  'mlflow-model': { type: 'string' },
  'mlflow-step': { type: 'string' },
  format: { type: 'string' },
} as const;

/** A number option: undefined when absent, a usage error when not a number. */
export function numberOption(value: string | undefined, flag: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const x = Number(value);
  if (!Number.isFinite(x)) throw new UsageError(`--${flag} must be a number (got ${JSON.stringify(value)})`);
  return x;
}

export const evaluateCommand: Command = {
  name: 'evaluate',
  summary: 'Compute metrics, slices and CIs from predictions (or import logged metrics)',
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs(argv, options, usage);
    const out = requireOption(values.out, 'out', usage);
    const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', usage);
    if (values.import === undefined && values.predictions === undefined) throw new CommandUsageError('give --predictions FILE or --import PATH', usage);
    const task = values.task === undefined ? undefined : choiceOption(values.task, 'task', ['binary', 'multiclass', 'regression'] as const, 'binary', usage);
    const opts: EvaluateOptions = {
      predictions: values.predictions,
      importPath: values.import,
      task,
      label: values.label,
      prediction: values.prediction,
      score: values.score,
      classes: values.classes === undefined ? undefined : splitList(values.classes),
      slices: values.slice,
      id: values.id,
      posLabel: values['pos-label'],
      threshold: numberOption(values.threshold, 'threshold'),
      resamples: numberOption(values.resamples, 'resamples'),
      confidence: numberOption(values.confidence, 'confidence'),
      seed: numberOption(values.seed, 'seed'),
      minSliceSize: numberOption(values['min-slice-size'], 'min-slice-size'),
      sensitive: values.sensitive,
      minGroupSize: numberOption(values['min-group-size'], 'min-group-size'),
      models: values.model,
      out,
      examples: !values['no-examples'],
      delimiter: parseDelimiter(values.delimiter),
      tensorboardSelect: parseTensorboardSelect(values['tensorboard-select']),
      mlflowRun: values['mlflow-run'],
      mlflowExperiment: values['mlflow-experiment'],
      mlflowModel: values['mlflow-model'],
      mlflowStep: parseMlflowStep(values['mlflow-step']),
    };
    // Loaded on demand: other commands should not pay for the metrics code at start-up.
    const { evaluate } = await import('../../steps/evaluate.js');
    const { renderEvaluationText } = await import('../../report/evaluation-summary.js');
    const result = await evaluate(opts);
    if (format === 'json') io.stdout(`${JSON.stringify(result.report, null, 2)}\n`);
    else {
      io.stdout(renderEvaluationText(result.report));
      if (result.reportPath) io.stdout(`wrote report: ${result.reportPath}\n`);
      if (result.examplesPath) io.stdout(`wrote examples: ${result.examplesPath}\n`);
    }
    return EXIT_OK;
  },
};
