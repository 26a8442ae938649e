/**
 * The init operation behind `mlops init`: check every flag, infer the data contract from the
 * training data, render mlops.yaml and the starter workflows from action-templates/, and write them
 * all or nothing. Nothing is written until everything has been rendered and checked.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { parseConfig } from '../config/mlops-config.js';
import { UsageError } from '../runtime/errors.js';
import { planFiles, type FileToWrite, type PlannedFile } from './file-plan.js';
import { inferDataContract } from './infer-data-contract.js';
import { initValues, type InitOptions } from './init-values.js';
import { nextSteps } from './next-steps.js';
import { renderTemplate } from './render-template.js';
import { pointAtCoordinates } from './point-at-coordinates.js';
import type { RunnerDependencies } from './runner-dependencies.js';
import { CONFIG_TEMPLATE, readTemplate, STARTER_WORKFLOWS, TEMPLATE_COORDINATES, workflowTarget, workflowTemplate } from './starter-files.js';
import { writeAllOrNothing } from './write-all-or-nothing.js';

export interface InitProjectOptions extends InitOptions {
  /** Overwrite files that exist. */
  force?: boolean;
  /** Plan and check everything, write nothing. */
  dryRun?: boolean;
}

export interface InitProjectResult {
  /** The files, in the order written (or that would be, with dryRun). */
  files: PlannedFile[];
  written: boolean;
  /** The training data's rows the contract was inferred from. */
  rows: number;
  nextSteps: string[];
  /** What init decided for the person to check: the runner's dependencies, the target column. */
  notes: string[];
}

function isFileIn(dir: string) {
  return (p: string) => {
    try {
      return statSync(join(dir, p)).isFile();
    } catch {
      return false;
    }
  };
}

/** The files init writes into the repository at `dir` (rendered, not written). */
export async function renderStarterFiles(options: InitOptions): Promise<{ files: FileToWrite[]; rows: number; contract: string; model: string; notes: string[] }> {
  const isFolder = (() => {
    try {
      return statSync(options.dir).isDirectory();
    } catch {
      return false;
    }
  })();
  if (!isFolder) throw new UsageError(`--dir ${JSON.stringify(options.dir)} is not a folder`, { hint: "give the repository's root folder" });
  const init = initValues(options, { isFile: isFileIn(options.dir) });
  const targets = ['mlops.yaml', ...STARTER_WORKFLOWS.map(workflowTarget), init.data];
  if (targets.includes(init.contract)) throw new UsageError(`--contract ${init.contract} is where init writes another file, or the data itself`, { hint: 'e.g. --contract contracts/train.yaml' });
  const inferred = await inferDataContract(options.dir, init.data, init.coordinates);
  const notes: string[] = [];
  // The target: a given one must be a column of the data; --label stands in for it when the data has that column.
  let target: string | undefined;
  if (init.target && inferred.columns.includes(init.target.column)) target = init.target.column;
  else if (init.target?.given) {
    throw new UsageError(`--target ${JSON.stringify(init.target.column)} is not a column of ${init.data} (its columns: ${inferred.columns.join(', ')})`, {
      hint: "give the training data's target column, e.g. --target churned; --label is the label column of the predictions file",
    });
  } else {
    notes.push(`${init.data} has no column ${JSON.stringify(init.target?.column)} (--label names the predictions file's column): the drift check tests every data column. If production data lacks the target, pass --target COL to leave it out, or set drift.models.${String(init.values.model)}.columns.<column>.ignore: true in mlops.yaml.`);
  }
  const ignored = [...inferred.driftByConstruction, ...(target && !inferred.driftByConstruction.includes(target) ? [target] : [])];
  const values = { ...init.values, drift_columns: Object.fromEntries(ignored.map((c) => [c, { ignore: true }])) };
  notes.push(dependencyNote(init.dependencies));
  const pointed = (text: string) => pointAtCoordinates(text, TEMPLATE_COORDINATES, init.coordinates);

  const config = pointed(renderTemplate(await readTemplate(CONFIG_TEMPLATE), values, CONFIG_TEMPLATE));
  // What it writes must load: a template that renders an invalid mlops.yaml is a bug, not a file to write.
  parseConfig(config, 'mlops.yaml');
  const files: FileToWrite[] = [
    { path: 'mlops.yaml', text: config },
    { path: init.contract, text: inferred.yaml },
  ];
  for (const name of STARTER_WORKFLOWS) {
    const template = workflowTemplate(name);
    files.push({ path: workflowTarget(name), text: pointed(renderTemplate(await readTemplate(template), values, template)) });
  }
  return { files, rows: inferred.rows, contract: init.contract, model: init.values.model as string, notes };
}

/** One line saying what the runner will install before training, and from which file. */
function dependencyNote(d: RunnerDependencies): string {
  const parts = [
    d.pythonVersion && `Python ${d.pythonVersion} (actions/setup-python)`,
    d.requirements && (d.requirements.endsWith('.toml') ? `pip install of ${d.requirements}'s [project] dependencies (cached)` : `pip install -r ${d.requirements} (cached)`),
    d.setup && `the set-up command ${d.setup}`,
  ].filter(Boolean);
  if (parts.length === 0) {
    return 'Dependencies: no requirements.txt, pyproject.toml or environment.yml found, so the runner installs nothing before training; pass --requirements FILE, --python-version or --setup "CMD" (docs/init.md).';
  }
  return `Dependencies${d.foundIn && d.foundIn !== 'flags' ? ` (from ${d.foundIn})` : ''}: before training the runner sets up ${parts.join(', then ')}.`;
}

export async function initProject(options: InitProjectOptions): Promise<InitProjectResult> {
  const rendered = await renderStarterFiles(options);
  const planned = await planFiles(options.dir, rendered.files, options.force === true);
  if (!options.dryRun) await writeAllOrNothing(options.dir, planned);
  return {
    files: planned,
    written: !options.dryRun,
    rows: rendered.rows,
    nextSteps: nextSteps({ model: rendered.model, contract: rendered.contract }),
    notes: rendered.notes,
  };
}
