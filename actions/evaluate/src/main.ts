/** evaluate: inputs -> evaluate() -> outputs and job summary. Evaluate never gates; compare does. */
import { z } from 'zod';
import { parseMlflowStep } from '../../../shared/model/import/mlflow-step.js';
import { splitList } from '../../../shared/runtime/list-input.js';
import { appendSummary, readInputs, runAction, setOutputs } from '../../../shared/runtime/action.js';
import { parseDelimiter } from '../../../shared/runtime/cli.js';
import { UsageError } from '../../../shared/runtime/errors.js';

const num = z.coerce.number().finite();
const inputs = z.object({
  predictions: z.string().optional(),
  import: z.string().optional(),
  task: z.enum(['binary', 'multiclass', 'regression']).optional(),
  label: z.string().optional(),
  prediction: z.string().optional(),
  score: z.string().optional(),
  classes: z.string().optional(),
  'pos-label': z.string().optional(),
  threshold: num.default(0.5),
  slice: z.string().optional(),
  'min-slice-size': z.coerce.number().int().nonnegative().default(30),
  sensitive: z.string().optional(),
  'min-group-size': z.coerce.number().int().positive().default(30),
  id: z.string().optional(),
  resamples: z.coerce.number().int().nonnegative().default(200),
  confidence: num.default(0.95),
  seed: z.coerce.number().int().default(20240101),
  model: z.string().optional(),
  out: z.string().default('mlops-out/evaluation.json'),
  examples: z.enum(['true', 'false']).default('true'),
  delimiter: z.string().optional(),
  'tensorboard-select': z.string().default('last'),
  'mlflow-run': z.string().default('latest'),
  'mlflow-experiment': z.string().optional(),
  'mlflow-model': z.string().optional(),
  'mlflow-step': z.string().optional(),
});

/** The step (actions/typescript-action's convention): src/index.ts runs it; @github/local-action imports it. */
export const run = (): Promise<void> =>
  runAction(async () => {
  const input = readInputs(inputs, { untrimmed: ['delimiter'] });
  // evaluate() says the same; said here too so that a step without either input stops before loading it.
  if (input.predictions === undefined && input.import === undefined) throw new UsageError((o) => `give ${o.option('predictions', 'FILE')} (or ${o.option('import', 'PATH')})`);
  // Loaded once the inputs are known good: a run that fails at its inputs pays for none of it (issue 18).
  const { parseTensorboardSelect } = await import('../../../shared/model/import/tensorboard.js');
  const { evaluate } = await import('../../../shared/steps/evaluate.js');
  const { metricValuesJson, renderEvaluationSummary } = await import('../../../shared/report/evaluation-summary.js');
  const result = await evaluate({
    predictions: input.predictions,
    importPath: input.import,
    task: input.task,
    label: input.label,
    prediction: input.prediction,
    score: splitList(input.score),
    classes: input.classes === undefined ? undefined : splitList(input.classes),
    slices: splitList(input.slice),
    id: input.id,
    posLabel: input['pos-label'],
    threshold: input.threshold,
    minSliceSize: input['min-slice-size'],
    sensitive: splitList(input.sensitive),
    minGroupSize: input['min-group-size'],
    resamples: input.resamples,
    confidence: input.confidence,
    seed: input.seed,
    models: splitList(input.model),
    out: input.out,
    examples: input.examples === 'true',
    delimiter: parseDelimiter(input.delimiter),
    tensorboardSelect: parseTensorboardSelect(input['tensorboard-select']),
    mlflowRun: input['mlflow-run'],
    mlflowExperiment: input['mlflow-experiment'],
    mlflowModel: input['mlflow-model'],
    mlflowStep: parseMlflowStep(input['mlflow-step']),
  });
  const { report } = result;
  setOutputs({
    'report-path': result.reportPath,
    'examples-path': result.examplesPath ?? '',
    metrics: metricValuesJson(report),
    rows: report.rows ?? '',
    task: report.task ?? '',
  });
  await appendSummary(renderEvaluationSummary(report));
});
