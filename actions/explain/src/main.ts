/** explain: inputs -> explain() -> outputs and job summary (the importance table). */
import { z } from 'zod';
import { splitCommandWords } from '../../../shared/model/predict-command.js';
import { parseTimeoutMinutes } from '../../../shared/model/train/timeout.js';
import { appendSummary, logInfo, readInputs, runAction, setOutputs } from '../../../shared/runtime/action.js';
import { parseDelimiter } from '../../../shared/runtime/cli.js';
import { splitList } from '../../../shared/runtime/list-input.js';

const int = z.coerce.number().int();
const inputs = z.object({
  data: z.string(),
  label: z.string(),
  predict: z.string(),
  task: z.enum(['binary', 'multiclass', 'regression']).optional(),
  metric: z.string().optional(),
  repeats: int.positive().default(5),
  seed: int.default(20240101),
  features: z.string().optional(),
  'max-rows': int.positive().optional(),
  'max-batch-rows': int.positive().default(500_000),
  'pos-label': z.string().optional(),
  threshold: z.coerce.number().finite().default(0.5),
  'timeout-minutes': z.string().optional(),
  out: z.string().default('mlops-out/explanation.json'),
  delimiter: z.string().optional(),
});

/** The step (actions/typescript-action's convention): src/index.ts runs it; @github/local-action imports it. */
export const run = (): Promise<void> =>
  runAction(async () => {
    const input = readInputs(inputs, { untrimmed: ['delimiter'] });
    // Loaded once the inputs are known good: a run that fails at its inputs pays for none of it (issue 18).
    const { explain } = await import('../../../shared/steps/explain.js');
    const { renderExplanationSummary } = await import('../../../shared/report/explanation-summary.js');
    const features = splitList(input.features);
    const result = await explain(
      {
        data: input.data,
        label: input.label,
        predict: splitCommandWords(input.predict, 'input "predict"'),
        task: input.task,
        metric: input.metric,
        repeats: input.repeats,
        seed: input.seed,
        features: features.length > 0 ? features : undefined,
        maxRows: input['max-rows'],
        maxBatchRows: input['max-batch-rows'],
        posLabel: input['pos-label'],
        threshold: input.threshold,
        timeoutMs: input['timeout-minutes'] === undefined ? undefined : parseTimeoutMinutes(input['timeout-minutes']),
        out: input.out,
        delimiter: parseDelimiter(input.delimiter),
      },
      { stdout: (c) => process.stdout.write(c), stderr: (c) => process.stderr.write(c), log: logInfo },
    );
    const e = result.explanation;
    setOutputs({
      'explanation-path': result.path,
      features: JSON.stringify(e.features.map((f) => ({ feature: f.feature, mean: f.importance_mean, std: f.importance_std }))),
      metric: e.metric.name,
      baseline: e.metric.baseline,
      calls: e.predict.calls,
    });
    await appendSummary(renderExplanationSummary(e));
  });
