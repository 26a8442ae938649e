/**
 * The dependency steps of the reusable workflows that train (python-version, requirements, setup):
 * the same steps in each, each only when its input is given, values through env only, the
 * requirements file in the run cache key; and the install script, run by bash as the runner runs
 * it (`bash --noprofile --norc -eo pipefail`), against a `python` whose `-m pip` is a stand-in that
 * records what it was asked to install (no network here) and whose TOML reading is the real one.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../support/run-action.js';

type Step = { name?: string; uses?: string; if?: string; with?: Record<string, unknown>; env?: Record<string, string>; run?: string; shell?: string };
type Workflow = { on: { workflow_call: { inputs: Record<string, { type: string; required?: boolean; default?: unknown }> } }; jobs: Record<string, { steps?: Step[] }> };

const TRAINING_WORKFLOWS = ['mlops-pr-report.yml', 'mlops-release.yml', 'mlops-candidates.yml'];
const read = (file: string) => parse(readFileSync(join(repoRoot, '.github/workflows', file), 'utf8')) as Workflow;
/** The steps of the job that trains. */
const trainingSteps = (wf: Workflow) => Object.values(wf.jobs).find((j) => j.steps?.some((s) => s.uses?.includes('/actions/train@')))!.steps!;
const dependencySteps = (wf: Workflow) => {
  const steps = trainingSteps(wf);
  const first = steps.findIndex((s) => s.uses === 'actions/setup-python@v5');
  const train = steps.findIndex((s) => s.uses?.includes('/actions/train@'));
  return { steps: steps.slice(first, train), first, train };
};

describe.each(TRAINING_WORKFLOWS.map((f) => [f]))('%s sets up the runner before training', (file) => {
  const wf = read(file);

  it('takes python-version, requirements and setup, optional strings defaulting to empty', () => {
    for (const name of ['python-version', 'requirements', 'setup']) {
      expect(wf.on.workflow_call.inputs[name], name).toMatchObject({ type: 'string', required: false, default: '' });
    }
  });

  it('runs setup-python, the install and the set-up right before training, each only when its input is given', () => {
    const { steps, first } = dependencySteps(wf);
    expect(first).toBeGreaterThan(0);
    expect(steps.map((s) => s.uses ?? s.name)).toEqual(['actions/setup-python@v5', 'Install the requirements', 'Set up']);
    expect(steps.map((s) => s.if)).toEqual(["inputs.python-version != '' || inputs.requirements != ''", "inputs.requirements != ''", "inputs.setup != ''"]);
    expect(steps[0]!.with).toEqual({
      'python-version': "${{ inputs.python-version || '3.12' }}",
      cache: "${{ inputs.requirements != '' && 'pip' || '' }}",
      'cache-dependency-path': '${{ inputs.requirements }}',
    });
    // Inputs reach the scripts through env, never into their text.
    expect(steps[1]!.env).toEqual({ MLOPS_REQUIREMENTS: '${{ inputs.requirements }}' });
    expect(steps[2]!.env).toEqual({ MLOPS_SETUP: '${{ inputs.setup }}' });
    for (const s of steps.slice(1)) {
      expect(s.shell).toBe('bash');
      expect(s.run).not.toContain('${{');
    }
    expect(steps[2]!.run).toBe('bash -eo pipefail -c "$MLOPS_SETUP"');
  });

  it('puts the requirements file in the run cache key', () => {
    const train = trainingSteps(wf).find((s) => s.uses?.includes('/actions/train@'))!;
    expect(String(train.with?.inputs).split('\n')).toEqual(['${{ inputs.train-inputs }}', '${{ inputs.requirements }}', '']);
  });

  it('has the same steps as mlops-pr-report.yml', () => {
    expect(dependencySteps(wf).steps).toEqual(dependencySteps(read('mlops-pr-report.yml')).steps);
  });
});

describe('the install step, run by bash', () => {
  const root = mkdtempSync(join(tmpdir(), 'mlops-install-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const bin = join(root, 'bin');
  mkdirSync(bin);
  // `python -m pip ...` records its arguments and the requirements it was given; anything else is Python itself.
  writeFileSync(
    join(bin, 'python'),
    `#!/bin/bash\nif [ "$1" = "-m" ] && [ "$2" = "pip" ]; then printf '%s\\n' "\${@:3}" > "$RUNNER_TEMP/pip-args"; cp "\${@: -1}" "$RUNNER_TEMP/pip-requirements"; exit 0; fi\nexec python3 "$@"\n`,
  );
  chmodSync(join(bin, 'python'), 0o755);
  const script = String(dependencySteps(read('mlops-pr-report.yml')).steps[1]!.run);

  function install(files: Record<string, string>, requirements: string) {
    const work = mkdtempSync(join(root, 'work-'));
    const temp = join(work, '.runner-temp');
    mkdirSync(temp);
    for (const [path, text] of Object.entries(files)) writeFileSync(join(work, path), text);
    const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', script], {
      cwd: work,
      env: { PATH: `${bin}:${process.env.PATH}`, RUNNER_TEMP: temp, MLOPS_REQUIREMENTS: requirements },
      encoding: 'utf8',
    });
    const readOr = (f: string) => {
      try {
        return readFileSync(join(temp, f), 'utf8');
      } catch {
        return undefined;
      }
    };
    return { code: r.status, out: r.stdout + r.stderr, args: readOr('pip-args')?.trim().split('\n'), requirements: readOr('pip-requirements') };
  }

  it('pip-installs a requirements file with -r', () => {
    const r = install({ 'requirements.txt': 'scikit-learn==1.5.2\n' }, 'requirements.txt');
    expect(r.code, r.out).toBe(0);
    expect(r.args).toEqual(['install', '-r', 'requirements.txt']);
  });

  it("pip-installs pyproject.toml's [project] dependencies, markers and all, without building the repository", () => {
    const r = install({ 'pyproject.toml': '[project]\nname = "churn"\nversion = "0.1.0"\ndependencies = [\n  "scikit-learn>=1.4",\n  "pandas; python_version >= \'3.10\'",\n]\n' }, 'pyproject.toml');
    expect(r.code, r.out).toBe(0);
    expect(r.args?.slice(0, 2)).toEqual(['install', '-r']);
    expect(r.requirements).toBe("scikit-learn>=1.4\npandas; python_version >= '3.10'\n");
  });

  it('fails with an annotation naming the file when pyproject.toml has no [project] table', () => {
    const r = install({ 'pyproject.toml': '[tool.poetry]\nname = "churn"\n' }, 'pyproject.toml');
    expect(r.code).toBe(1);
    expect(r.out).toContain('::error title=requirements::cannot read the [project] dependencies of pyproject.toml');
    expect(r.args).toBeUndefined();
  });

  it('fails with an annotation when the file is not there', () => {
    const r = install({}, 'requirements-ci.txt');
    expect(r.code).toBe(1);
    expect(r.out).toContain('::error title=requirements::requirements-ci.txt is not a file in the repository');
  });
});
