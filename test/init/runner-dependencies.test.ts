/**
 * `mlops init` fills the reusable workflows' python-version, requirements and setup from the
 * dependency file it finds (requirements.txt, pyproject.toml, environment.yml) or from flags, and
 * what it writes still passes actionlint and calls the reusable workflows with inputs they declare.
 * The conda set-up is run by bash against a stand-in conda, so its quoting is checked by a shell.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ownCallProblems } from '../../shared/doctor/own-calls.js';
import { ownFilesAt } from '../../shared/doctor/own-files.js';
import { workflowTarget } from '../../shared/init/starter-files.js';
import { repoRoot } from '../support/run-action.js';
import { actionlint, mlops, scratchRepo, WEATHER_DATA } from './support.js';

type Workflow = { on: { push?: { paths?: string[] } }; jobs: Record<string, { with?: Record<string, unknown> }> };

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

const ARGS = ['init', '--model', 'churn', '--data', 'data/train.csv', '--train', 'python train.py', '--task', 'binary', '--label', 'label', '--score', 'score'];

/** init in a repository with the weather data, train.py and `files`; the parsed pr-report and release. */
async function initWith(files: Record<string, string>, flags: string[] = []) {
  const dir = scratchRepo({ 'data/train.csv': { copy: WEATHER_DATA }, 'train.py': 'import sklearn\n', ...files });
  dirs.push(dir);
  const run = await mlops([...ARGS, ...flags, '--dir', dir]);
  const text = (name: 'pr-report' | 'release') => readFileSync(join(dir, workflowTarget(name)), 'utf8');
  const workflow = (name: 'pr-report' | 'release') => parse(text(name)) as Workflow;
  const withOf = (name: 'pr-report' | 'release') => Object.values(workflow(name).jobs)[0]!.with!;
  return { dir, run, text, workflow, withOf };
}

const own = ownFilesAt(repoRoot);
/** init's output with its line wrapping undone. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ');

describe('mlops init sets up the runner from the dependency file it finds', () => {
  it('requirements.txt: Python 3.12 from actions/setup-python and pip install -r, in both workflows', async () => {
    const r = await initWith({ 'requirements.txt': 'scikit-learn==1.5.2\n' });
    expect(r.run.code, r.run.stderr).toBe(0);
    for (const name of ['pr-report', 'release'] as const) {
      const w = r.withOf(name);
      expect(w['python-version']).toBe('3.12');
      expect(w.requirements).toBe('requirements.txt');
      expect(w).not.toHaveProperty('setup');
      // The version is a string: an unquoted 3.10 would reach setup-python as 3.1.
      expect(r.text(name)).toMatch(/^ {6}python-version: ("3\.12"|'3\.12')$/m);
      expect(await actionlint(r.text(name), workflowTarget(name))).toEqual([]);
      expect(ownCallProblems(workflowTarget(name), r.workflow(name) as never, own.action, own.workflow)).toEqual([]);
    }
    expect(oneLine(r.run.stdout)).toContain('Dependencies (from requirements.txt): before training the runner sets up Python 3.12 (actions/setup-python), then pip install -r requirements.txt (cached).');
  });

  it('pyproject.toml: its [project] dependencies, and a release when it changes', async () => {
    const r = await initWith({ 'pyproject.toml': '[project]\nname = "churn"\nversion = "0.1.0"\ndependencies = ["scikit-learn"]\n' });
    expect(r.run.code, r.run.stderr).toBe(0);
    expect(r.withOf('pr-report')).toMatchObject({ 'python-version': '3.12', requirements: 'pyproject.toml' });
    expect(r.workflow('release').on.push?.paths).toContain('pyproject.toml');
    expect(oneLine(r.run.stdout)).toContain("pip install of pyproject.toml's [project] dependencies");
  });

  it('requirements.txt wins over pyproject.toml and environment.yml', async () => {
    const r = await initWith({ 'requirements.txt': 'numpy\n', 'pyproject.toml': '[project]\nname = "x"\n', 'environment.yml': 'name: x\n' });
    expect(r.withOf('pr-report')).toMatchObject({ requirements: 'requirements.txt' });
    expect(r.withOf('pr-report')).not.toHaveProperty('setup');
  });

  it('environment.yml: a conda environment whose bin folder the later steps find first on PATH', async () => {
    const r = await initWith({ 'environment.yml': 'name: churn\nchannels: [conda-forge, nodefaults]\ndependencies: [python=3.12, scikit-learn]\n' });
    expect(r.run.code, r.run.stderr).toBe(0);
    const w = r.withOf('release');
    expect(w).not.toHaveProperty('python-version');
    expect(w).not.toHaveProperty('requirements');
    // The reusable workflow adds a requirements file to the run cache key; environment.yml is init's to add.
    expect(String(w['train-inputs']).split('\n')).toContain('environment.yml');
    expect(r.workflow('release').on.push?.paths).toContain('environment.yml');
    expect(await actionlint(r.text('release'), workflowTarget('release'))).toEqual([]);

    // The command as the workflow runs it (bash -eo pipefail -c "$MLOPS_SETUP"), against a stand-in conda.
    const conda = join(r.dir, 'fake-conda');
    mkdirSync(join(conda, 'bin'), { recursive: true });
    writeFileSync(join(conda, 'bin/conda'), '#!/bin/sh\nprintf "%s\\n" "$@" > "$RUNNER_TEMP/conda-args"\n');
    chmodSync(join(conda, 'bin/conda'), 0o755);
    const temp = join(r.dir, 'runner-temp');
    mkdirSync(temp);
    const env = { PATH: process.env.PATH!, CONDA: conda, RUNNER_TEMP: temp, GITHUB_PATH: join(temp, 'github-path'), MLOPS_SETUP: String(w.setup) };
    const ran = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', 'bash -eo pipefail -c "$MLOPS_SETUP"'], { cwd: r.dir, env, encoding: 'utf8' });
    expect(ran.status, ran.stderr).toBe(0);
    expect(readFileSync(join(temp, 'conda-args'), 'utf8').split('\n').filter(Boolean)).toEqual(['env', 'create', '--prefix', `${temp}/mlops-conda-env`, '--file', 'environment.yml']);
    expect(readFileSync(join(temp, 'github-path'), 'utf8')).toBe(`${temp}/mlops-conda-env/bin\n`);
  });

  it('writes none of the inputs when there is nothing to install, and says how to add them', async () => {
    const r = await initWith({});
    for (const key of ['python-version', 'requirements', 'setup']) expect(r.withOf('pr-report')).not.toHaveProperty(key);
    expect(oneLine(r.run.stdout)).toContain('no requirements.txt, pyproject.toml or environment.yml found');
  });
});

describe('mlops init takes the runner set-up from flags over what it finds', () => {
  it('--requirements, --python-version and --setup, written as given (3.10 stays 3.10)', async () => {
    const r = await initWith(
      { 'requirements.txt': 'numpy\n', 'ci/requirements-train.txt': 'scikit-learn\n' },
      ['--requirements', 'ci/requirements-train.txt', '--python-version', '3.10', '--setup', 'sudo apt-get install -y libgomp1'],
    );
    expect(r.run.code, r.run.stderr).toBe(0);
    for (const name of ['pr-report', 'release'] as const) {
      expect(r.withOf(name)).toMatchObject({ 'python-version': '3.10', requirements: 'ci/requirements-train.txt', setup: 'sudo apt-get install -y libgomp1' });
      expect(await actionlint(r.text(name), workflowTarget(name))).toEqual([]);
    }
    expect(r.workflow('release').on.push?.paths).toContain('ci/requirements-train.txt');
  });

  it('--setup alone sets up nothing else', async () => {
    const r = await initWith({ 'requirements.txt': 'numpy\n' }, ['--setup', 'make deps']);
    expect(r.withOf('pr-report')).toMatchObject({ setup: 'make deps' });
    expect(r.withOf('pr-report')).not.toHaveProperty('requirements');
    expect(r.withOf('pr-report')).not.toHaveProperty('python-version');
  });

  it('refuses a GitHub expression in --setup, which GitHub would evaluate', async () => {
    const r = await initWith({}, ['--setup', 'echo ${{ secrets.X }}']);
    expect(r.run.code).toBe(2);
    expect(r.run.stderr).toContain('--setup');
    expect(r.run.stderr).toContain('GitHub would evaluate');
  });
});
