/**
 * What the runner must install before the training command can run, as the reusable workflows'
 * inputs `python-version`, `requirements` and `setup` (docs/init.md, "Dependencies on the runner").
 * A fresh ubuntu-latest runner has a Python whose pip refuses to install into it (PEP 668, "externally
 * managed"), so pip installs always come with actions/setup-python's Python; conda uses the Miniconda
 * the image ships at $CONDA. Found in the repository in this order, the first one wins:
 *
 *   requirements.txt   python-version 3.12, requirements: requirements.txt (pip install -r, pip cache)
 *   pyproject.toml     python-version 3.12, requirements: pyproject.toml (the workflow installs its
 *                      [project] dependencies; `pip install .` would fail on the usual ML repository,
 *                      whose data/ and train.py make setuptools' flat-layout discovery refuse it)
 *   environment.yml    setup: a conda environment from it, put first on PATH for the later steps
 *
 * Flags win over what is found (--python-version, --requirements, --setup).
 */
import { UsageError } from '../runtime/errors.js';
import { unsafeValueReason } from './yaml-value.js';

export const DEFAULT_PYTHON_VERSION = '3.12';
/** The conda set-up for environment.yml: an environment under RUNNER_TEMP, first on PATH for the steps after it. */
export const condaSetup = (file: string) =>
  `"$CONDA/bin/conda" env create --prefix "$RUNNER_TEMP/mlops-conda-env" --file ${shellQuoted(file)} && echo "$RUNNER_TEMP/mlops-conda-env/bin" >> "$GITHUB_PATH"`;

export interface DependencyFlags {
  pythonVersion?: string;
  requirements?: string;
  setup?: string;
}

export interface RunnerDependencies {
  /** The inputs' values; '' leaves an input out (its step does not run). */
  pythonVersion: string;
  requirements: string;
  setup: string;
  /** Files the set-up reads that the workflow does not add to the run cache key itself (environment.yml). */
  trainInputs: string[];
  /** Whence the values: the file found, `flags`, or undefined when nothing was found. */
  foundIn?: string;
}

/** A word sh reads as itself: plain when it is only safe characters, else in single quotes. */
function shellQuoted(word: string): string {
  return /^[A-Za-z0-9_./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'\\''`)}'`;
}

function checkFlag(flag: string, value: string): string {
  if (value.trim() === '') throw new UsageError(`--${flag} is empty`);
  const why = unsafeValueReason(value);
  if (why) throw new UsageError(`--${flag} ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)} ${why}`);
  return value;
}

/**
 * The dependency inputs for a repository: flags first, else the first dependency file found.
 * `requirements` (a flag) is a repository path already checked to be inside it.
 */
export function runnerDependencies(flags: DependencyFlags, isFile: (repoPath: string) => boolean): RunnerDependencies {
  const given = flags.pythonVersion !== undefined || flags.requirements !== undefined || flags.setup !== undefined;
  if (given) {
    const requirements = flags.requirements ?? '';
    if (requirements !== '' && !isFile(requirements)) {
      throw new UsageError(`--requirements ${JSON.stringify(requirements)} is not a file in the repository`, { hint: 'give the requirements file (pip install -r) or pyproject.toml, relative to the repository root' });
    }
    const pythonVersion = flags.pythonVersion === undefined ? (requirements !== '' ? DEFAULT_PYTHON_VERSION : '') : checkFlag('python-version', flags.pythonVersion);
    if (pythonVersion !== '' && !/^[A-Za-z0-9][A-Za-z0-9.*+~-]*$/.test(pythonVersion)) {
      throw new UsageError(`--python-version ${JSON.stringify(pythonVersion)} is not a version`, { hint: 'e.g. --python-version 3.12 (what actions/setup-python takes)' });
    }
    const setup = flags.setup === undefined ? '' : checkFlag('setup', flags.setup);
    return { pythonVersion, requirements, setup, trainInputs: [], foundIn: 'flags' };
  }
  if (isFile('requirements.txt')) return { pythonVersion: DEFAULT_PYTHON_VERSION, requirements: 'requirements.txt', setup: '', trainInputs: [], foundIn: 'requirements.txt' };
  if (isFile('pyproject.toml')) return { pythonVersion: DEFAULT_PYTHON_VERSION, requirements: 'pyproject.toml', setup: '', trainInputs: [], foundIn: 'pyproject.toml' };
  for (const file of ['environment.yml', 'environment.yaml']) {
    if (isFile(file)) return { pythonVersion: '', requirements: '', setup: condaSetup(file), trainInputs: [file], foundIn: file };
  }
  return { pythonVersion: '', requirements: '', setup: '', trainInputs: [] };
}
