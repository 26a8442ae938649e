/**
 * From `mlops init`'s flags to the values of the templates' placeholders: paths made relative to
 * the repository (with `/`, as the workflows see them), the training command as the JSON argument
 * list the train step takes, and what follows from them (the files training reads and writes, the
 * paths a release is started by, the gate metric for the task). Every value a person typed is
 * checked here, with the flag's name in the message, before any template sees it.
 */
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { validateModelName } from '../registry/tag.js';
import { UsageError } from '../runtime/errors.js';
import { splitShellWords } from './shell-words.js';
import { checkPredictArgv, splitCommandWords } from '../model/predict-command.js';
import type { TemplateValues } from './render-template.js';
import { TextLines, unsafeValueReason } from './yaml-value.js';
import { TEMPLATE_COORDINATES, workflowTarget } from './starter-files.js';
import { parseCoordinates, type PublishedCoordinates } from '../runtime/published-coordinates.js';
import { runnerDependencies, type RunnerDependencies } from './runner-dependencies.js';

export const TASKS = ['binary', 'multiclass', 'regression'] as const;
export type InitTask = (typeof TASKS)[number];

export const DEFAULT_PREDICTIONS = 'out/predictions.csv';

export interface InitOptions {
  /** The repository's root; every path below is relative to it (or absolute inside it). */
  dir: string;
  model: string;
  /** The training data file (read to infer the contract). */
  data: string;
  /** The training command line, split like sh without expansions. */
  train: string;
  task: InitTask;
  /** The label column of the predictions file, as evaluate reads it. */
  label: string;
  /**
   * The training data's target column (default: --label, when the data has a column of that name):
   * checked against the data, and left out of the drift check, since production data has no label yet.
   */
  target?: string;
  score?: string;
  prediction?: string;
  slice?: string;
  /** The predictions file training writes (default out/predictions.csv). */
  predictions?: string;
  /** The model's files (files, or folders ending in /); default: the predictions' folder. */
  modelFiles?: string[];
  /** The hyper-parameter file (YAML or JSON). */
  params?: string;
  /** Where the contract goes (default contracts/<data file's stem>.yaml). */
  contract?: string;
  /** `OWNER/REPO@REF` of mlops-actions every file points at (default: package.json's repository at v<major>). */
  uses?: string;
  /** actions/setup-python's version (default 3.12 when a pip dependency file is used). */
  pythonVersion?: string;
  /** requirements file (pip install -r) or pyproject.toml (default: the one found in the repository). */
  requirements?: string;
  /** A shell command run on the runner before training (default: a conda environment from environment.yml). */
  setup?: string;
  /**
   * The predict command for the explain step, with {input} and {output} (docs/explain.md); with
   * explainData, never without. Neither: the PR report has no explain step.
   */
  predict?: string;
  /** The rows explain permutes: a data file in the repository with the features and the label. */
  explainData?: string;
}

/** What init looks up in the repository. */
export interface RepositoryFacts {
  /** Whether a repository-relative path is a file (the files the training command names are inputs). */
  isFile(repoPath: string): boolean;
}

export interface InitValues {
  /** Every placeholder's value but drift_columns, which comes from the data (init-project.ts). */
  values: TemplateValues;
  /** Where every `uses:` and schema URL points. */
  coordinates: PublishedCoordinates;
  /** The runner's dependencies, and the file they were found in. */
  dependencies: RunnerDependencies;
  /** The training data's target column, when given or when --label names a data column (checked by init-project.ts). */
  target?: { column: string; given: boolean };
  /** Repository-relative paths of the data and of the contract to write. */
  data: string;
  contract: string;
  /** The training command's arguments. */
  command: string[];
}

/** A column list as the evaluate step splits it (commas or line breaks). */
const columnList = (value: string) => value.split(/[,\n]/).map((s) => s.trim()).filter((s) => s !== '');

/**
 * The evaluate step reads the predictions file with --label and --score and/or --prediction; what
 * it would refuse at run time in CI is refused here, naming init's flag, with an example.
 */
function checkEvaluateColumns(task: InitTask, score: string, prediction: string): void {
  const scores = columnList(score);
  if (task === 'regression') {
    if (scores.length > 0) throw new UsageError('--score is for classification: a regression is evaluated on --prediction, the predicted value', { hint: 'drop --score and give --prediction COL, e.g. --prediction prediction' });
    if (prediction === '') throw new UsageError('missing --prediction: the evaluate step reads the predicted value of a regression from the predictions file', { hint: 'e.g. --prediction prediction (the column of the predictions file training writes)' });
    return;
  }
  if (scores.length === 0 && prediction === '') {
    throw new UsageError('missing --score or --prediction: the evaluate step reads the predictions file\'s score (probability) column and/or its predicted-label column', {
      hint: task === 'binary' ? 'e.g. --score score (P(positive class)) and/or --prediction prediction' : 'e.g. --prediction prediction, or one --score column per class: --score p_cat,p_dog,p_bird',
    });
  }
  if (task === 'multiclass' && scores.length === 1) throw new UsageError('--score: a multiclass evaluation needs one score column per class (comma-separated), or only --prediction', { hint: 'e.g. --score p_cat,p_dog,p_bird' });
  if (task === 'binary' && scores.length > 2) throw new UsageError(`--score: binary takes one score column (P(positive)) or two (one per class), got ${scores.length}`);
}

function checkText(flag: string, value: string): string {
  if (value === '') throw new UsageError(`--${flag} is empty`);
  const why = unsafeValueReason(value);
  if (why) throw new UsageError(`--${flag} ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)} ${why}`);
  return value;
}

/** `p` relative to the repository root with `/` separators; refuses paths outside it. */
export function repoPath(dir: string, p: string, flag: string): string {
  checkText(flag, p);
  if (/[\n\t]/.test(p)) throw new UsageError(`--${flag} ${JSON.stringify(p)} contains a tab or a line break`);
  const rel = relative(resolve(dir), resolve(dir, p));
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new UsageError(`--${flag} ${JSON.stringify(p)} is not a file inside the repository ${JSON.stringify(dir)}`, {
      hint: 'give a path relative to the repository root (--dir), as the workflows will see it',
    });
  }
  return rel.split(sep).join('/');
}

const folderOf = (p: string) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : '');
/** `data/train.csv.gz` → `.csv.gz`; no extension → ''. A leading dot (`.env`) is not an extension. */
function extensionOf(p: string): string {
  const base = p.slice(p.lastIndexOf('/') + 1);
  const dot = base.indexOf('.', 1);
  return dot < 0 ? '' : base.slice(dot);
}
function stemOf(p: string): string {
  const base = p.slice(p.lastIndexOf('/') + 1);
  const ext = extensionOf(p);
  return ext ? base.slice(0, -ext.length) : base;
}

/** Whether `glob` is one of `paths` or under one of them that ends in `/**` (GitHub's `paths:` filter). */
export function coveredBy(paths: readonly string[], glob: string): boolean {
  return paths.some((p) => p === glob || (p.endsWith('/**') && glob.startsWith(p.slice(0, -2))));
}

/** The gate rule's metric: one every report of the task has (roc_auc needs scores). */
function gateMetric(task: InitTask, score: string | undefined): string {
  if (task === 'regression') return 'r2';
  return task === 'binary' && score ? 'roc_auc' : 'accuracy';
}

/** The JSON argument list the train step takes, spaced as people write it: ["python", "train.py"]. */
export function commandJson(args: readonly string[]): string {
  return `[${args.map((a) => JSON.stringify(a)).join(', ')}]`;
}

export function initValues(o: InitOptions, facts: RepositoryFacts): InitValues {
  const model = validateModelName(o.model);
  const data = repoPath(o.dir, o.data, 'data');
  const ext = extensionOf(data);
  const contract = o.contract === undefined ? `contracts/${stemOf(data)}.yaml` : repoPath(o.dir, o.contract, 'contract');
  const predictions = repoPath(o.dir, o.predictions ?? DEFAULT_PREDICTIONS, 'predictions');
  const params = o.params === undefined ? undefined : repoPath(o.dir, o.params, 'params');
  const label = checkText('label', o.label);
  const score = o.score === undefined ? '' : checkText('score', o.score);
  const prediction = o.prediction === undefined ? '' : checkText('prediction', o.prediction);
  const slice = o.slice === undefined ? '' : checkText('slice', o.slice);
  checkEvaluateColumns(o.task, score, prediction);
  const target = o.target === undefined ? { column: label, given: false } : { column: checkText('target', o.target), given: true };
  const coordinates = o.uses === undefined ? TEMPLATE_COORDINATES : parseCoordinates(o.uses);
  const dependencies = runnerDependencies(
    { pythonVersion: o.pythonVersion, requirements: o.requirements === undefined ? undefined : repoPath(o.dir, o.requirements, 'requirements'), setup: o.setup },
    facts.isFile,
  );

  const explain = explainValues(o, label, facts);

  const command = splitShellWords(o.train, '--train');
  for (const arg of command) {
    const why = unsafeValueReason(arg);
    if (why) throw new UsageError(`--train: the argument ${JSON.stringify(arg.length > 60 ? `${arg.slice(0, 60)}…` : arg)} ${why}`);
  }

  let modelFiles = (o.modelFiles ?? []).map((f) => repoPath(o.dir, f, 'model-files') + (f.endsWith('/') ? '/' : ''));
  if (modelFiles.length === 0) {
    const folder = folderOf(predictions);
    if (folder === '') throw new UsageError('give --model-files: the predictions file is at the repository root, so its folder cannot be the model', { hint: 'e.g. --model-files out/model.pkl' });
    modelFiles = [`${folder}/`];
  }

  // What training reads: the data's folder (files like it), the files the command names, the params.
  const dataFolder = folderOf(data);
  const dataGlob = dataFolder === '' ? data : `${dataFolder}/*${ext}`;
  const commandFiles: string[] = [];
  for (const arg of command) {
    if (arg.startsWith('-') || isAbsolute(arg)) continue;
    let p: string;
    try {
      p = repoPath(o.dir, arg, 'train');
    } catch {
      continue;
    }
    if (facts.isFile(p)) commandFiles.push(p);
  }
  // The requirements file the workflow adds to the key itself; a set-up's file (environment.yml) is ours to add.
  const trainInputs = unique([dataGlob, ...commandFiles, ...(params ? [params] : []), ...dependencies.trainInputs]);
  // What it writes: the model's files (a folder: all of it) and the predictions.
  const outputs = modelFiles.map((f) => (f.endsWith('/') ? `${f}**` : f));
  const trainOutputs = unique(coveredBy(outputs, predictions) ? outputs : [...outputs, predictions]);

  // A release starts when what the model is built from changes: a superset of the training inputs.
  const contractFolder = folderOf(contract);
  const folders = [dataFolder === '' ? data : `${dataFolder}/**`, contractFolder === '' ? contract : `${contractFolder}/**`];
  const releasePaths = unique([
    ...folders,
    ...trainInputs.filter((g) => !coveredBy(folders, g)),
    'requirements*.txt',
    ...(dependencies.requirements !== '' && !coveredBy(folders, dependencies.requirements) && !/^requirements[^/]*\.txt$/.test(dependencies.requirements) ? [dependencies.requirements] : []),
    'mlops.yaml',
    workflowTarget('release'),
  ]);

  const values: TemplateValues = {
    model,
    data,
    contract,
    command: commandJson(command),
    params_file: params ?? '',
    train_inputs: new TextLines(trainInputs),
    train_outputs: new TextLines(trainOutputs),
    model_files: new TextLines(modelFiles),
    predictions,
    task: o.task,
    label,
    score,
    prediction,
    slice,
    release_paths: releasePaths,
    gate_metric: gateMetric(o.task, o.score),
    production_data: `prod/*${ext}`,
    python_version: dependencies.pythonVersion,
    requirements: dependencies.requirements,
    setup: dependencies.setup,
    ...explain,
  };
  return { values, data, contract, command, coordinates, dependencies, target };
}

/**
 * The explain step's inputs: --predict and --explain-data both or neither. The command is split and
 * checked as the explain step checks it (words split like sh, run without a shell) and must name
 * {input} and {output} as whole arguments; the data must be a file in the repository. explain-label is the
 * target column when --target names one other than --label (the data file is like the training
 * data), else empty: the workflow then uses label.
 */
function explainValues(o: InitOptions, label: string, facts: RepositoryFacts): { predict: string; explain_data: string; explain_label: string } {
  if (o.predict === undefined && o.explainData === undefined) return { predict: '', explain_data: '', explain_label: '' };
  const example = '--predict "python predict.py out/model.pkl {input} {output}" --explain-data data/holdout.csv';
  if (o.predict === undefined || o.explainData === undefined) {
    throw new UsageError(`${o.predict === undefined ? '--explain-data' : '--predict'} needs ${o.predict === undefined ? '--predict' : '--explain-data'}: the explain step runs the predict command on the rows of the data file`, { hint: `give both, e.g. ${example}, or neither` });
  }
  const predict = checkText('predict', o.predict);
  // Split and checked as the explain step will at run time (braces allowed, the placeholders whole).
  checkPredictArgv(splitCommandWords(predict, '--predict'), '--predict');
  const explainData = repoPath(o.dir, o.explainData, 'explain-data');
  if (!facts.isFile(explainData)) {
    throw new UsageError(`--explain-data ${JSON.stringify(explainData)} is not a file in the repository`, { hint: 'give the data file explain permutes (the features and the label, e.g. a hold-out set), relative to the repository root' });
  }
  const explainLabel = o.target !== undefined && o.target !== label ? checkText('target', o.target) : '';
  return { predict, explain_data: explainData, explain_label: explainLabel };
}

function unique(list: readonly string[]): string[] {
  return [...new Set(list)];
}
