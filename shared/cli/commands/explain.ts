/** `mlops explain`: the explain step on the command line. */
import { choiceOption, parseCommandArgs, parseDelimiter, requireOption, type CliIo, type Command } from '../../runtime/cli.js';
import { EXIT_OK, UsageError } from '../../runtime/errors.js';
import { splitList } from '../../runtime/list-input.js';

const usage = `Usage: mlops explain --data FILE --label COL --predict "COMMAND {input} {output}" [options]

Permutation feature importance of any model, through your own predict command (scikit-learn's
permutation_importance semantics): for each feature and repeat, the feature's values are shuffled
across rows and the model is scored again; importance = baseline score − permuted score (a loss:
permuted − baseline), mean and std over the repeats. Every permuted copy goes into one input
file, so the command runs once (or once per --max-batch-rows rows). Writes
mlops-actions/explanation@1.

The command runs without a shell. It gets {input}, a CSV of every column but the label, and
writes {output}, a CSV with one row per input row, in order: "score" (binary P(positive); a
regressor's value), or "score_<class>" per class, and/or "prediction".

Options:
  --data FILE             rows to explain on: CSV, TSV, JSON Lines or Parquet (.gz for text)
  --label COL             the true label (target) column
  --predict COMMAND       e.g. "python predict.py model.pkl {input} {output}"; {input} and
                          {output} are replaced as whole arguments
  --task T                binary, multiclass or regression (default: from the label, as
                          scikit-learn's type_of_target, and the command's output)
  --metric NAME           any metric evaluate computes (default roc_auc, accuracy or rmse by
                          task; accuracy for binary without a score column)
  --repeats N             permutations per feature (default 5)
  --seed N                seed of the permutations and the sample (default 20240101)
  --features A,B,...      the columns to permute, repeatable (default: all but the label);
                          the command always gets every column but the label
  --max-rows N            explain on a seeded sample of N rows (default: all)
  --max-batch-rows N      rows per call of the command at most, in whole copies of the data
                          (default 500000)
  --pos-label V           binary positive class (default 1, the greater number, or true)
  --threshold X           binary: predicted positive iff score > X (default 0.5)
  --timeout D             time limit of each call, e.g. 90s, 30m, 2h (default none)
  --out FILE              the explanation JSON (default mlops-out/explanation.json)
  --delimiter C           CSV delimiter of --data (default "," and tab for .tsv)
  --format text|json      output on stdout (default text; json prints the explanation)
  -h, --help              show this help

The command's own output goes to stderr. Exit codes: 0 ok, 2 bad usage or bad input (including
a predict command that fails or writes the wrong rows).
`;

const options = {
  data: { type: 'string' },
  label: { type: 'string' },
  predict: { type: 'string' },
  task: { type: 'string' },
  metric: { type: 'string' },
  repeats: { type: 'string' },
  seed: { type: 'string' },
  features: { type: 'string', multiple: true },
  'max-rows': { type: 'string' },
  'max-batch-rows': { type: 'string' },
  'pos-label': { type: 'string' },
  threshold: { type: 'string' },
  timeout: { type: 'string' },
  out: { type: 'string', short: 'o' },
  delimiter: { type: 'string' },
  format: { type: 'string' },
} as const;

function numberOption(value: string | undefined, flag: string): number | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const x = Number(value);
  if (!Number.isFinite(x)) throw new UsageError(`--${flag} must be a number (got ${JSON.stringify(value)})`);
  return x;
}

export const explainCommand: Command = {
  name: 'explain',
  summary: 'Permutation feature importance through your own predict command',
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs(argv, options, usage);
    const data = requireOption(values.data, 'data', usage);
    const label = requireOption(values.label, 'label', usage);
    const predictLine = requireOption(values.predict, 'predict', usage);
    const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', usage);
    const task = values.task === undefined ? undefined : choiceOption(values.task, 'task', ['binary', 'multiclass', 'regression'] as const, 'binary', usage);
    // Loaded on demand: other commands should not pay for the metrics code at start-up.
    const { splitCommandWords } = await import('../../model/predict-command.js');
    const { parseTimeoutDuration } = await import('../../model/train/timeout.js');
    const { explain } = await import('../../steps/explain.js');
    const { renderExplanationText } = await import('../../report/explanation-summary.js');
    const toStderr = (chunk: Buffer) => io.stderr(chunk.toString('utf8'));
    const result = await explain(
      {
        data,
        label,
        predict: splitCommandWords(predictLine, '--predict'),
        task,
        metric: values.metric,
        repeats: numberOption(values.repeats, 'repeats'),
        seed: numberOption(values.seed, 'seed'),
        features: values.features?.flatMap((f) => splitList(f)),
        maxRows: numberOption(values['max-rows'], 'max-rows'),
        maxBatchRows: numberOption(values['max-batch-rows'], 'max-batch-rows'),
        posLabel: values['pos-label'],
        threshold: numberOption(values.threshold, 'threshold'),
        timeoutMs: values.timeout === undefined ? undefined : parseTimeoutDuration(values.timeout),
        out: values.out ?? 'mlops-out/explanation.json',
        delimiter: parseDelimiter(values.delimiter),
        env: io.env,
      },
      { stdout: toStderr, stderr: toStderr, log: (line) => io.stderr(`${line}\n`) },
    );
    if (format === 'json') io.stdout(`${JSON.stringify(result.explanation, null, 2)}\n`);
    else {
      io.stdout(renderExplanationText(result.explanation));
      if (result.path) io.stdout(`wrote explanation: ${result.path}\n`);
    }
    return EXIT_OK;
  },
};
