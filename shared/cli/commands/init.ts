/** `mlops init`: mlops.yaml, a data contract and the starter workflows, written into a repository. */
import { join } from 'node:path';
import { choiceOption, parseCommandArgs, requireOption, type CliIo, type Command } from '../../runtime/cli.js';
import { formatCoordinates, publishedCoordinates } from '../../runtime/published-coordinates.js';

const DEFAULT_USES = formatCoordinates(publishedCoordinates());

const usage = `Usage: mlops init --model NAME --data FILE --train "CMD" --task TASK --label COL
                  (--score COL and/or --prediction COL) [options]

Set up a repository for mlops-actions: write mlops.yaml (gate rules, model card, drift check), a
data contract inferred from the training data, and the starter workflows in .github/workflows/
(pr-report, pr-comment, release, promote, drift-check), pinned to ${DEFAULT_USES}.
Nothing that exists is overwritten without --force; when any file would be, nothing at all is
written. init asks no questions: every value comes from a flag, and a missing one is an error
naming it.

Paths are relative to the repository root (--dir), as the workflows will see them. The columns
--label, --score, --prediction and --slice are the predictions file's, the one training writes and
the evaluate step reads; --target is the training data's.

Options:
  --model NAME          the model's name: lowercase letters, digits, hyphens    (required)
  --data FILE           the training data (CSV, TSV, JSON Lines, Parquet)       (required)
  --train "CMD"         the training command, e.g. "python train.py -e 3"       (required)
                        split into words like sh, but run without a shell: quote
                        $, *, |, && and the like, or put them in a script
  --task TASK           binary, multiclass or regression                        (required)
  --label COL           the label column of the predictions file                (required)
  --score COL           its score (probability) column(s), comma-separated      (--score and/or
  --prediction COL      its predicted-label (or, for regression, value) column   --prediction)
  --slice COL           its column(s) to report metrics per value of
  --predictions FILE    the predictions file training writes (default out/predictions.csv)
  --target COL          the training data's target column, which the drift check leaves out
                        (production data has no label yet); default --label when the data has
                        a column of that name
  --model-files PATH    the model's files, a folder ending in / (repeatable; default the
                        predictions file's folder)
  --params FILE         the hyper-parameter file (YAML or JSON)
  --contract FILE       where to write the contract (default contracts/<data file's name>.yaml)
  --requirements FILE   what the runner pip-installs before training: a requirements file or
                        pyproject.toml (default: requirements.txt or pyproject.toml when found)
  --python-version VER  the runner's Python (actions/setup-python; default 3.12 with pip files)
  --setup "CMD"         a shell command the runner runs before training (default with
                        environment.yml: a conda environment from it)
  --predict "CMD"       the predict command for the explain step (What the model relies on),
                        with {input} and {output} as whole arguments, e.g.
                        "python predict.py out/model.pkl {input} {output}"; with --explain-data
  --explain-data FILE   the rows explain permutes: features and the label (e.g. a hold-out set);
                        its label column is --target when given, else --label
  --uses OWNER/REPO@REF where the workflows get mlops-actions (default ${DEFAULT_USES})
  --dir DIR             the repository's root (default the current folder)
  --force               overwrite files that exist
  --dry-run             check everything and list the files, write nothing
  -h, --help            show this help

Exit codes: 0 written (or, with --dry-run, would be), 2 bad usage or input, or files exist
without --force (nothing written).
`;

const options = {
  model: { type: 'string' },
  data: { type: 'string' },
  train: { type: 'string' },
  task: { type: 'string' },
  label: { type: 'string' },
  score: { type: 'string' },
  prediction: { type: 'string' },
  slice: { type: 'string' },
  predictions: { type: 'string' },
  'model-files': { type: 'string', multiple: true },
  params: { type: 'string' },
  contract: { type: 'string' },
  target: { type: 'string' },
  requirements: { type: 'string' },
  'python-version': { type: 'string' },
  setup: { type: 'string' },
  predict: { type: 'string' },
  'explain-data': { type: 'string' },
  uses: { type: 'string' },
  dir: { type: 'string' },
  force: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
} as const;

/** `text` wrapped at 100 columns, the first line after `first`, the others after `rest`. */
function wrap(text: string, first: string, rest: string): string {
  const lines: string[] = [];
  let line = first;
  for (const word of text.split(' ')) {
    if (line.trim() !== '' && line.length + 1 + word.length > 100) {
      lines.push(line);
      line = rest + word;
    } else line += (line.trim() === '' ? '' : ' ') + word;
  }
  lines.push(line);
  return lines.map((l) => `${l}\n`).join('');
}

export const initCommand: Command = {
  name: 'init',
  summary: 'Write mlops.yaml, a data contract and the starter workflows into a repository',
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs(argv, options, usage);
    const model = requireOption(values.model, 'model', usage);
    const data = requireOption(values.data, 'data', usage);
    const train = requireOption(values.train, 'train', usage);
    // Loaded on demand: init's values bring the yaml library, which other commands should not pay for at start-up.
    const { TASKS } = await import('../../init/init-values.js');
    const task = choiceOption(requireOption(values.task, 'task', usage), 'task', TASKS, 'binary', usage);
    const label = requireOption(values.label, 'label', usage);
    const dir = values.dir ?? '.';
    const dryRun = values['dry-run'] === true;
    const { initProject } = await import('../../init/init-project.js');
    const result = await initProject({
      dir,
      model,
      data,
      train,
      task,
      label,
      score: values.score,
      prediction: values.prediction,
      slice: values.slice,
      predictions: values.predictions,
      modelFiles: values['model-files'],
      params: values.params,
      contract: values.contract,
      target: values.target,
      requirements: values.requirements,
      pythonVersion: values['python-version'],
      setup: values.setup,
      predict: values.predict,
      explainData: values['explain-data'],
      uses: values.uses,
      force: values.force === true,
      dryRun,
    });
    const shown = (p: string) => (dir === '.' ? p : join(dir, p));
    for (const f of result.files) {
      const verb = dryRun ? (f.status === 'new' ? 'would write' : 'would overwrite') : f.status === 'new' ? 'wrote' : 'overwrote';
      io.stdout(`${verb} ${shown(f.path)}\n`);
    }
    io.stdout(`\n(the contract describes ${result.rows} rows of ${data})\n`);
    for (const note of result.notes) io.stdout(`\n${wrap(note, '', '').trimEnd()}\n`);
    io.stdout(`\nNext steps:\n${result.nextSteps.map((s, i) => wrap(`${i + 1}. ${s}`, '  ', '     ')).join('')}`);
    if (dryRun) io.stdout('\nNothing was written (--dry-run).\n');
    return 0;
  },
};
