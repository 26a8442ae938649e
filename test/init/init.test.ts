/**
 * `mlops init` in a scratch repository with the weather example's real training data: what it
 * writes is valid for GitHub (the workflow JSON Schema, actionlint, inputs the reusable workflows
 * declare), for our own loaders (mlops.yaml, the contract, which the data it came from passes), it
 * never overwrites without --force and writes all or nothing, and hostile values stay data.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadConfig, modelConfigOf } from '../../shared/config/mlops-config.js';
import { validateData } from '../../shared/steps/validate-data.js';
import { ownCallProblems } from '../../shared/doctor/own-calls.js';
import { ownFilesAt } from '../../shared/doctor/own-files.js';
import { coveredBy } from '../../shared/init/init-values.js';
import { STARTER_WORKFLOWS, workflowTarget } from '../../shared/init/starter-files.js';
import { repoRoot } from '../support/run-action.js';
import { actionlint, haveWorkflowSchema, mlops, scratchRepo, snapshot, WEATHER_DATA, workflowSchemaErrors } from './support.js';

type Workflow = {
  on: { push?: { paths?: string[] }; workflow_dispatch?: { inputs?: Record<string, { default?: unknown }> } };
  jobs: Record<string, { uses?: string; with?: Record<string, unknown>; strategy?: { matrix?: Record<string, unknown[]> } }>;
};

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** A repository with the weather example's training data and its training script. */
function weatherRepo(): string {
  const dir = scratchRepo({ 'data/seattle-2012-2014.csv': { copy: WEATHER_DATA }, 'train.py': { copy: join(repoRoot, 'examples/weather/train.py') } });
  dirs.push(dir);
  return dir;
}

const WEATHER_ARGS = ['--model', 'weather', '--data', 'data/seattle-2012-2014.csv', '--train', 'python train.py --out out/model', '--task', 'binary', '--label', 'label', '--score', 'score', '--prediction', 'prediction', '--slice', 'season', '--predictions', 'out/model/predictions.csv'];
const TARGETS = ['mlops.yaml', 'contracts/seattle-2012-2014.yaml', ...STARTER_WORKFLOWS.map(workflowTarget)];

/** `args` without the given flags and their values (a later flag wins in parseArgs, so adding is appending). */
const without = (args: readonly string[], ...flags: string[]) => args.filter((a, i) => !flags.includes(a) && !flags.includes(args[i - 1] ?? ''));
const read = (dir: string, path: string) => readFileSync(join(dir, path), 'utf8');
const workflow = (dir: string, name: (typeof STARTER_WORKFLOWS)[number]) => parse(read(dir, workflowTarget(name))) as Workflow;

describe('mlops init on the weather example', async () => {
  const dir = weatherRepo();
  const run = await mlops(['init', ...WEATHER_ARGS, '--dir', dir]);

  it('writes mlops.yaml, the contract and the five workflows, and says so with the next steps', () => {
    expect(run.code, run.stderr).toBe(0);
    for (const path of TARGETS) {
      expect(existsSync(join(dir, path)), path).toBe(true);
      expect(run.stdout).toContain(`wrote ${join(dir, path)}\n`);
    }
    for (const step of ['Environments', '`staging`', '`production`', 'required reviewers', '`mlops-registry`', 'model:major', 'MLOPS_APP_ID', 'PAT']) {
      expect(run.stdout).toContain(step);
    }
    expect(run.stdout).toContain('1096 rows');
  });

  it.skipIf(!haveWorkflowSchema).each(STARTER_WORKFLOWS.map((n) => [n]))('%s validates against GitHub\'s workflow JSON Schema', (name) => {
    expect(workflowSchemaErrors(read(dir, workflowTarget(name)))).toEqual([]);
  });

  it.each(STARTER_WORKFLOWS.map((n) => [n]))('%s passes actionlint', async (name) => {
    expect(await actionlint(read(dir, workflowTarget(name)), workflowTarget(name))).toEqual([]);
  });

  it.each(STARTER_WORKFLOWS.map((n) => [n]))('%s calls our reusable workflow @v1 with inputs it declares and grants what it asks for', (name) => {
    // The check `mlops doctor` and test/actions/metadata.test.ts run, against this repository's files.
    const own = ownFilesAt(repoRoot);
    expect(ownCallProblems(workflowTarget(name), workflow(dir, name) as never, own.action, own.workflow)).toEqual([]);
    expect(Object.values(workflow(dir, name).jobs).map((j) => j.uses)).toEqual([`mlops-actions/mlops-actions/.github/workflows/mlops-${name}.yml@v1`]);
  });

  it('passes the flags to the PR report and the release as given, the command as a JSON argument list', () => {
    for (const name of ['pr-report', 'release'] as const) {
      const w = Object.values(workflow(dir, name).jobs)[0]!.with!;
      expect(w).toMatchObject({
        data: 'data/seattle-2012-2014.csv',
        contract: 'contracts/seattle-2012-2014.yaml',
        model: 'weather',
        predictions: 'out/model/predictions.csv',
        task: 'binary',
        label: 'label',
        score: 'score',
        prediction: 'prediction',
        slice: 'season',
        'train-inputs': 'data/*.csv\ntrain.py\n',
        'train-outputs': 'out/model/**',
      });
      expect(JSON.parse(String(w.command))).toEqual(['python', 'train.py', '--out', 'out/model']);
      expect(w).not.toHaveProperty('params-file');
    }
    expect(Object.values(workflow(dir, 'release').jobs)[0]!.with!['model-files']).toBe('out/model/');
    expect(workflow(dir, 'drift-check').jobs.drift!.strategy!.matrix!.model).toEqual(['weather']);
    expect(workflow(dir, 'promote').on.workflow_dispatch!.inputs!.model!.default).toBe('weather');
    expect(workflow(dir, 'pr-comment').jobs.comment!.with!.model).toBe('weather');
  });

  it('releases on every change to what the model is built from', () => {
    const release = workflow(dir, 'release');
    const paths = release.on.push?.paths ?? [];
    const w = Object.values(release.jobs)[0]!.with!;
    const needed = [...String(w['train-inputs']).split('\n').filter(Boolean), String(w.data), String(w.contract), 'mlops.yaml', '.github/workflows/release.yml'];
    expect(needed.filter((g) => !coveredBy(paths, g))).toEqual([]);
  });

  it('writes an mlops.yaml our config loader reads, with the schema for editors', async () => {
    const text = read(dir, 'mlops.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/mlops-actions/mlops-actions/v1/schemas/mlops-config.schema.json');
    const config = await loadConfig(join(dir, 'mlops.yaml'));
    expect(modelConfigOf(config, 'weather')).toMatchObject({ task: 'binary', metrics: { roc_auc: { max_regression: 0.01 } } });
    expect(config.drift?.models?.weather).toMatchObject({ reference: 'production', columns: { date: { ignore: true } } });
    expect(config.release).toEqual({ models: { weather: { owners: [] } } });
  });

  it('writes a contract that the data it was inferred from passes, with the schema for editors', async () => {
    const text = read(dir, 'contracts/seattle-2012-2014.yaml');
    expect(text.split('\n')[0]).toBe('# yaml-language-server: $schema=https://raw.githubusercontent.com/mlops-actions/mlops-actions/v1/schemas/contract.schema.json');
    const result = await validateData({ data: join(dir, 'data/seattle-2012-2014.csv'), contract: join(dir, 'contracts/seattle-2012-2014.yaml') });
    expect(result.report.passed).toBe(true);
    expect(result.report.counts.failed_errors + result.report.counts.failed_warnings).toBe(0);
    expect(result.report.counts.rules).toBeGreaterThan(10);
    // …and data from another city breaks some of its rules (errors or warnings): the contract is not vacuous.
    const other = await validateData({ data: join(repoRoot, 'examples/weather/data/new-york-2015.csv'), contract: join(dir, 'contracts/seattle-2012-2014.yaml') });
    expect(other.report.counts.failed_errors + other.report.counts.failed_warnings).toBeGreaterThan(0);
  });
});

describe('mlops init never overwrites without --force', () => {
  it('refuses a second run, naming every file, and writes nothing', async () => {
    const dir = weatherRepo();
    expect((await mlops(['init', ...WEATHER_ARGS, '--dir', dir])).code).toBe(0);
    writeFileSync(join(dir, 'mlops.yaml'), 'version: 1\n# mine\n');
    const before = snapshot(dir);
    const again = await mlops(['init', ...WEATHER_ARGS, '--dir', dir]);
    expect(again.code).toBe(2);
    for (const path of TARGETS) expect(again.stderr).toContain(join(dir, path));
    expect(again.stderr).toContain('--force');
    expect(again.stdout).toBe('');
    expect(snapshot(dir)).toEqual(before);
  });

  it('writes nothing at all when only one of the files exists', async () => {
    const dir = weatherRepo();
    writeFileSync(join(dir, 'mlops.yaml'), 'version: 1\n');
    const before = snapshot(dir);
    const r = await mlops(['init', ...WEATHER_ARGS, '--dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('a file init writes exists');
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, '.github'))).toBe(false);
  });

  it('overwrites with --force', async () => {
    const dir = weatherRepo();
    expect((await mlops(['init', ...WEATHER_ARGS, '--dir', dir])).code).toBe(0);
    const first = snapshot(dir);
    writeFileSync(join(dir, 'mlops.yaml'), 'version: 1\n');
    writeFileSync(join(dir, '.github/workflows/release.yml'), 'on: push\n');
    const r = await mlops(['init', ...WEATHER_ARGS, '--dir', dir, '--force']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain(`overwrote ${join(dir, 'mlops.yaml')}\n`);
    expect(snapshot(dir)).toEqual(first);
  });

  it('writes nothing with --dry-run, and lists what it would write', async () => {
    const dir = weatherRepo();
    const before = snapshot(dir);
    const r = await mlops(['init', ...WEATHER_ARGS, '--dir', dir, '--dry-run']);
    expect(r.code, r.stderr).toBe(0);
    for (const path of TARGETS) expect(r.stdout).toContain(`would write ${join(dir, path)}\n`);
    expect(snapshot(dir)).toEqual(before);
  });

  it('takes back what it wrote when a later write fails', async () => {
    const dir = weatherRepo();
    // A file where the workflows' folder goes: mlops.yaml and the contract are written first.
    writeFileSync(join(dir, '.github'), 'not a folder\n');
    const before = snapshot(dir);
    const r = await mlops(['init', ...WEATHER_ARGS, '--dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write .*nothing was written/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('puts back the old content of a file it overwrote with --force when a later write fails', async () => {
    const dir = weatherRepo();
    writeFileSync(join(dir, 'mlops.yaml'), 'version: 1\n# the team\'s own\n');
    writeFileSync(join(dir, '.github'), 'not a folder\n');
    const before = snapshot(dir);
    const r = await mlops(['init', ...WEATHER_ARGS, '--dir', dir, '--force']);
    expect(r.code).toBe(2);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('mlops init refuses bad input before writing anything', () => {
  it.each(['model', 'data', 'train', 'task', 'label'])('names a missing --%s', async (flag) => {
    const dir = weatherRepo();
    const args = [...WEATHER_ARGS];
    args.splice(args.indexOf(`--${flag}`), 2);
    const r = await mlops(['init', ...args, '--dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`missing required option --${flag}`);
    expect(r.stderr).toContain('Usage: mlops init');
  });

  it.each([
    ['binary', [], '--score score (P(positive class)) and/or --prediction prediction'],
    ['multiclass', ['--task', 'multiclass'], 'one --score column per class'],
  ])('refuses a %s task with neither --score nor --prediction, naming both and an example', async (_task, change, example) => {
    const dir = weatherRepo();
    const args = [...without(WEATHER_ARGS, '--score', '--prediction'), ...change];
    const before = snapshot(dir);
    const r = await mlops(['init', ...args, '--dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing --score or --prediction');
    expect(r.stderr).toContain(example);
    expect(snapshot(dir)).toEqual(before);
  });

  it('refuses a regression without --prediction, or with --score', async () => {
    const dir = weatherRepo();
    const regression = [...without(WEATHER_ARGS, '--score', '--prediction'), '--task', 'regression'];
    const noPrediction = await mlops(['init', ...regression, '--dir', dir]);
    expect(noPrediction.code).toBe(2);
    expect(noPrediction.stderr).toContain('missing --prediction');
    const withScore = await mlops(['init', ...regression, '--prediction', 'prediction', '--score', 'score', '--dir', dir]);
    expect(withScore.code).toBe(2);
    expect(withScore.stderr).toContain('--score is for classification');
    const ok = await mlops(['init', ...regression, '--prediction', 'prediction', '--dir', dir, '--dry-run']);
    expect(ok.code, ok.stderr).toBe(0);
  });

  it.each([
    ['a model name that climbs out of a folder', ['--model', '../x'], 'model name "../x" is not allowed'],
    ['a model name with capitals', ['--model', 'Churn'], 'model name "Churn" is not allowed'],
    ['an unknown task', ['--task', 'ranking'], '--task must be one of binary, multiclass, regression'],
    ['a command with an unquoted command substitution', ['--train', 'python train.py $(rm -rf /)'], 'unquoted "$"'],
    ['a command with an operator', ['--train', 'python train.py && curl evil.example'], 'unquoted "&"'],
    ['a command with an unbalanced quote', ['--train', "python 'train.py"], 'unbalanced single quote'],
    ['a GitHub expression in a column name', ['--label', '${{ secrets.GITHUB_TOKEN }}'], 'GitHub would evaluate'],
    ['a GitHub expression in a quoted argument', ['--train', "python train.py '${{ github.token }}'"], 'GitHub would evaluate'],
    ['a control character in a column name', ['--score', 'a\u001bb'], 'control character'],
    ['data outside the repository', ['--data', '../x.csv'], 'is not a file inside the repository'],
    ['predictions outside the repository', ['--predictions', '/etc/passwd'], 'is not a file inside the repository'],
    ['a contract path that is the data', ['--contract', 'data/seattle-2012-2014.csv'], 'or the data itself'],
    ['a data file that does not exist', ['--data', 'data/nope.csv'], 'nope.csv'],
    ['a target that is not a column of the data', ['--target', 'rain'], '--target "rain" is not a column of data/seattle-2012-2014.csv (its columns: date, precipitation'],
    ['a binary task with three score columns', ['--score', 'a,b,c'], 'binary takes one score column'],
    ['a requirements file that does not exist', ['--requirements', 'requirements-dev.txt'], '--requirements "requirements-dev.txt" is not a file in the repository'],
    ['a --uses without a ref', ['--uses', 'my-org/mlops-actions'], '--uses "my-org/mlops-actions" is not OWNER/REPO@REF'],
    ['a --uses with a path', ['--uses', 'my-org/mlops-actions/actions@v1'], 'is not OWNER/REPO@REF'],
    ['a --uses with a space in the ref', ['--uses', 'my-org/mlops-actions@v1 x'], 'is not OWNER/REPO@REF'],
  ])('refuses %s', async (_what, change, message) => {
    const dir = weatherRepo();
    const args = [...WEATHER_ARGS];
    const at = args.indexOf(change[0]!);
    if (at >= 0) args.splice(at, 2, ...change);
    else args.push(...change);
    const before = snapshot(dir);
    const r = await mlops(['init', ...args, '--dir', dir]);
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain(message);
    expect(snapshot(dir)).toEqual(before);
  });
});

describe('mlops init keeps hostile values data', () => {
  const label = `it's "the label"\nmodel: evil # not a key`;
  const slice = 'a, b]: {x';
  const train = "python train.py '$(rm -rf /)' '`id`'";
  /** The weather flags with these values instead (later flags win in parseArgs). */
  const args = (dir: string) => ['init', ...WEATHER_ARGS, '--label', label, '--slice', slice, '--train', train, '--dir', dir];

  it('quotes them in the YAML, so every reader sees exactly what was given', async () => {
    const dir = weatherRepo();
    const r = await mlops(args(dir));
    expect(r.code, r.stderr).toBe(0);
    for (const name of ['pr-report', 'release'] as const) {
      const w = Object.values(workflow(dir, name).jobs)[0]!.with!;
      expect(w.label).toBe(label);
      expect(w.slice).toBe(slice);
      expect(w.model).toBe('weather');
      expect(JSON.parse(String(w.command))).toEqual(['python', 'train.py', '$(rm -rf /)', '`id`']);
      expect(await actionlint(read(dir, workflowTarget(name)), workflowTarget(name))).toEqual([]);
      if (haveWorkflowSchema) expect(workflowSchemaErrors(read(dir, workflowTarget(name)))).toEqual([]);
    }
    // No stray key from the label's second line.
    expect(Object.keys(Object.values(workflow(dir, 'pr-report').jobs)[0]!.with!)).not.toContain('model: evil # not a key');
  });
});

describe('mlops init: --label is the predictions file\'s column, --target the training data\'s', () => {
  it('leaves the target out of the drift check, since production data has no label yet', async () => {
    const dir = weatherRepo();
    const r = await mlops(['init', ...WEATHER_ARGS, '--target', 'weather', '--dir', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(Object.values(workflow(dir, 'pr-report').jobs)[0]!.with!.label).toBe('label');
    const config = await loadConfig(join(dir, 'mlops.yaml'));
    expect(config.drift?.models?.weather?.columns).toEqual({ date: { ignore: true }, weather: { ignore: true } });
    expect(r.stdout).not.toContain('has no column');
  });

  it('takes --label as the target when the data has that column', async () => {
    const dir = scratchRepo({ 'data/train.csv': 'x,churned\n1,0\n2,1\n3,0\n', 'train.py': 'print(1)\n' });
    dirs.push(dir);
    const r = await mlops(['init', '--model', 'churn', '--data', 'data/train.csv', '--train', 'python train.py', '--task', 'binary', '--label', 'churned', '--score', 'score', '--dir', dir]);
    expect(r.code, r.stderr).toBe(0);
    const config = await loadConfig(join(dir, 'mlops.yaml'));
    expect(config.drift?.models?.churn?.columns?.churned).toEqual({ ignore: true });
  });

  it('says so when neither --target nor --label names a data column', () => {
    // The weather run above: the predictions' `label` is derived from the data's `weather`.
    return mlops(['init', ...WEATHER_ARGS, '--dir', weatherRepo(), '--dry-run']).then((r) => {
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain('has no column "label"');
      expect(r.stdout).toContain('--target COL');
    });
  });
});

describe('mlops init --predict and --explain-data: the PR report explains the model', () => {
  const PREDICT = ['--predict', 'python predict.py out/model/model.pkl {input} {output}', '--explain-data', 'data/seattle-2012-2014.csv'];
  const prReport = (dir: string) => Object.values(workflow(dir, 'pr-report').jobs)[0]!.with!;

  it('writes predict and explain-data into the PR report, which actionlint and our call check accept', async () => {
    const dir = weatherRepo();
    const r = await mlops(['init', ...WEATHER_ARGS, ...PREDICT, '--dir', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(prReport(dir)).toMatchObject({ predict: 'python predict.py out/model/model.pkl {input} {output}', 'explain-data': 'data/seattle-2012-2014.csv' });
    // No --target: explain's label is the workflow's label.
    expect(prReport(dir)).not.toHaveProperty('explain-label');
    const text = read(dir, workflowTarget('pr-report'));
    expect(await actionlint(text, workflowTarget('pr-report'))).toEqual([]);
    const own = ownFilesAt(repoRoot);
    expect(ownCallProblems(workflowTarget('pr-report'), workflow(dir, 'pr-report') as never, own.action, own.workflow)).toEqual([]);
  });

  it('names the data file\'s label with --target when it differs from --label', async () => {
    const dir = weatherRepo();
    const r = await mlops(['init', ...WEATHER_ARGS, ...PREDICT, '--target', 'weather', '--dir', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(prReport(dir)).toMatchObject({ label: 'label', 'explain-label': 'weather' });
  });

  it('quotes a command YAML would read otherwise, and leaves both out without the flags', async () => {
    const dir = weatherRepo();
    const predict = 'python predict.py "a: b #c" {input} {output}';
    const r = await mlops(['init', ...WEATHER_ARGS, '--predict', predict, '--explain-data', './data/seattle-2012-2014.csv', '--dir', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(prReport(dir)).toMatchObject({ predict, 'explain-data': 'data/seattle-2012-2014.csv' });
    const plain = weatherRepo();
    expect((await mlops(['init', ...WEATHER_ARGS, '--dir', plain])).code).toBe(0);
    for (const key of ['predict', 'explain-data', 'explain-label']) expect(prReport(plain)).not.toHaveProperty(key);
  });

  it.each([
    ['--predict without --explain-data', ['--predict', 'python predict.py {input} {output}'], '--predict needs --explain-data'],
    ['--explain-data without --predict', ['--explain-data', 'data/seattle-2012-2014.csv'], '--explain-data needs --predict'],
    ['a command without {input}', ['--predict', 'python predict.py in.csv {output}', '--explain-data', 'data/seattle-2012-2014.csv'], 'has no {input} argument'],
    ['a command without {output}', ['--predict', 'python predict.py {input}', '--explain-data', 'data/seattle-2012-2014.csv'], 'has no {output} argument'],
    ['{input} inside a word', ['--predict', 'python predict.py --in={input} {output}', '--explain-data', 'data/seattle-2012-2014.csv'], 'holds {input} inside a longer argument'],
    ['a data file that is not there', ['--predict', 'python predict.py {input} {output}', '--explain-data', 'data/holdout.csv'], '--explain-data "data/holdout.csv" is not a file in the repository'],
    ['a data file outside the repository', ['--predict', 'python predict.py {input} {output}', '--explain-data', '../holdout.csv'], 'is not a file inside the repository'],
    ['an expression in the command', ['--predict', 'python predict.py ${{ secrets.X }} {input} {output}', '--explain-data', 'data/seattle-2012-2014.csv'], 'would evaluate as an expression'],
  ])('refuses %s with exit 2, writing nothing', async (_what, flags, message) => {
    const dir = weatherRepo();
    const before = snapshot(dir);
    const r = await mlops(['init', ...WEATHER_ARGS, ...flags, '--dir', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(snapshot(dir)).toEqual(before);
  });
});
