/**
 * `mlops doctor --run` as a new team meets it: the README's Quickstart `mlops init` line, copied
 * verbatim, in a scratch repository holding the example project's scikit-learn training files (as
 * the Quickstart says), then `doctor --run`, which
 * plays the PR report through the actions' own bundles and writes the comment the PR would get.
 * Changing the workflow's `score:` to a column the predictions file lacks makes it exit 1 naming
 * that key; plain `doctor` catches the same mismatch statically once a predictions file exists.
 *
 * The training script runs as `python3` (what the README says), so the test puts a `python3` that is
 * Debian's python3 with scikit-learn first on PATH, as a team's virtualenv would; it skips with a
 * reason where scikit-learn is missing (.ci/run installs python3-sklearn).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doctorCommand } from '../../shared/cli/commands/doctor.js';
import { initCommand } from '../../shared/cli/commands/init.js';
import { splitShellWords } from '../../shared/init/shell-words.js';
import { runCli, type CliIo, type Program } from '../../shared/runtime/cli.js';
import { repoRoot } from '../support/run-action.js';

const program: Program = { name: 'mlops', version: '0.0.0-test', summary: 'test', commands: [initCommand, doctorCommand] };

async function mlops(argv: string[], cwd: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), env: process.env };
  const before = process.cwd();
  process.chdir(cwd);
  try {
    return { code: await runCli(argv, program, io), ...out };
  } finally {
    process.chdir(before);
  }
}

/** The `mlops init` line of the README's Quickstart, exactly as written there. */
function quickstartInitLine(): string {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Quickstart'));
  const line = section.split('\n').map((l) => l.trim()).find((l) => l.startsWith('mlops init '));
  if (!line) throw new Error('README.md: no `mlops init` line in the Quickstart section');
  return line;
}

function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

const hasSklearn = spawnSync('/usr/bin/python3', ['-c', 'import sklearn, pandas'], { encoding: 'utf8' }).status === 0;
if (!hasSklearn) console.warn("skipping doctor --run's Quickstart test: Debian's python3-sklearn and python3-pandas are not installed (.ci/run installs them)");

describe.skipIf(!hasSklearn)('the README Quickstart, then mlops doctor --run', () => {
  const repo = mkdtempSync(join(tmpdir(), 'mlops-quickstart-'));
  const bin = mkdtempSync(join(tmpdir(), 'mlops-python-'));
  const path = process.env.PATH;
  const argv = splitShellWords(quickstartInitLine()).slice(1);
  const predictions = flag(argv, 'predictions') ?? 'out/predictions.csv';
  const score = flag(argv, 'score')!;

  beforeAll(() => {
    // What the Quickstart says the repository holds: the example project's training files.
    for (const f of ['train.py', 'params.yaml', 'requirements.txt']) copyFileSync(join(repoRoot, 'examples/weather', f), join(repo, f));
    cpSync(join(repoRoot, 'examples/weather/data'), join(repo, 'data'), { recursive: true });
    // The team's environment: python and python3 with scikit-learn first on PATH, as a virtualenv puts them.
    for (const name of ['python', 'python3']) symlinkSync('/usr/bin/python3', join(bin, name));
    process.env.PATH = `${bin}:${path}`;
  });
  afterAll(() => {
    process.env.PATH = path;
  });

  it('init writes workflows that doctor --run plays to a passing PR report with a comment', async () => {
    const init = await mlops(argv, repo);
    expect(init.stderr).toBe('');
    expect(init.code).toBe(0);

    const run = await mlops(['doctor', '--run'], repo);
    expect(run.stdout).toContain('passed  validate-data');
    expect(run.stdout).toContain('passed  train');
    expect(run.stdout).toContain('passed  evaluate');
    // No --predict given to init: the explain step is skipped, saying why.
    expect(run.stdout).toContain('skipped explain');
    expect(run.stdout).toContain('explain runs in CI only when the workflow is given a predict command');
    expect(run.stdout).toContain('the PR jobs would pass');
    expect(run.code).toBe(0);
    const comment = readFileSync(join(repo, 'mlops-out/doctor/comment.md'), 'utf8');
    expect(comment).toMatch(/^<!-- mlops-actions:pr-report\.yml\//);
    expect(comment).toContain('roc\\_auc');
    expect(existsSync(join(repo, 'mlops-out/doctor/forge'))).toBe(true);

    // The second run is compared with the first, as a PR is with its base branch.
    const again = await mlops(['doctor', '--run'], repo);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('compare against the last passing doctor --run');
  });

  it('exits 1 naming the workflow key when score names a column the predictions file lacks, and plain doctor says so too', async () => {
    const workflow = join(repo, '.github/workflows/pr-report.yml');
    const text = readFileSync(workflow, 'utf8');
    const changed = text.replace(new RegExp(`^(\\s+score: )${score}$`, 'm'), '$1churn_probability');
    expect(changed).not.toBe(text);
    writeFileSync(workflow, changed);
    const line = changed.split('\n').findIndex((l) => l.includes('churn_probability')) + 1;

    const run = await mlops(['doctor', '--run'], repo);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('failed  evaluate');
    expect(run.stdout).toContain('"churn_probability"');
    expect(run.stdout).toContain(`.github/workflows/pr-report.yml:${line}:`);
    expect(run.stdout).toContain('the PR jobs would fail');

    const lint = await mlops(['doctor'], repo);
    expect(lint.code).toBe(1);
    expect(lint.stdout).toMatch(new RegExp(`error +\\.github/workflows/pr-report\\.yml:${line}:\\d+: .*score "churn_probability" is not a column of ${predictions.replace(/\./g, '\\.')}`));
    writeFileSync(workflow, text);
  });
});
