/** __NAME__: inputs -> checkMetric() -> outputs and job summary. The logic is in step.ts. */
import { appendSummary, failStep, readInputs, runAction, setOutputs, z } from 'mlops-actions/runtime';
import { checkMetric } from './step.js';

// One key per input of action.yml, with the same defaults. An empty input is undefined.
const inputs = z.object({
  evaluation: z.string().default('mlops-out/evaluation.json'),
  metric: z.string(),
  threshold: z.coerce.number().finite().optional(),
  direction: z.enum(['higher', 'lower']).optional(),
});

// runAction turns a thrown InputError into an error annotation at its file and exit code 2.
await runAction(async () => {
  const input = readInputs(inputs);
  const result = await checkMetric(input);
  setOutputs({ value: result.value, passed: result.passed });
  await appendSummary(result.summary);
  // After the outputs and the summary, so a failed check still reports its numbers.
  if (!result.passed) failStep(`${input.metric} is ${result.value}, worse than the threshold ${input.threshold} (${result.direction} is better)`);
});
