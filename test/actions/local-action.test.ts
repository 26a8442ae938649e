/**
 * GitHub's own `@github/local-action` runs our actions: a stranger test (what we did not write runs
 * what we did). It loads `actions/<step>/src/main.ts` with tsx, stubs `@actions/core` (outputs and
 * annotations become `::set-output`/`::error` lines on stdout, inputs come from a dotenv file) and
 * calls the exported `run()`, as actions/typescript-action's layout expects. Its exit status is the
 * action process's: local-action's own "exit code" bookkeeping only follows `core.setFailed`, which
 * a located error does not call (that would annotate twice on a real runner), so the process exit
 * code is the signal checked here.
 *
 * Inputs are the example weather project's real files; expected numbers are counted here from the
 * CSV files and the contract, not taken from our own output. Each run starts npm, `npm ls` and tsx
 * (about 5.5 s of CPU, nearly all local-action's own start-up), so the four run concurrently.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { repoRoot } from '../support/run-action.js';

const bin = join(repoRoot, 'node_modules/@github/local-action/bin/local-action.js');
const weather = (file: string) => `examples/weather/data/${file}`;
const contractFile = 'examples/weather/contract.yaml';

interface LocalActionRun {
  exitCode: number | null;
  stdout: string;
  /** From `::set-output name=N::V` lines (the stub's setOutput). */
  outputs: Record<string, string>;
  /** `::error ...::message` / `::warning ...::message` lines: level, properties and message. */
  annotations: Array<{ level: string; properties: string; message: string }>;
  summary: string;
  dir: string;
}

/** `npx local-action actions/<step> src/main.ts <dotenv>` from the repository root, inputs in the dotenv file. */
async function localAction(step: string, inputs: (dir: string) => Record<string, string>): Promise<LocalActionRun> {
  const dir = await mkdtemp(join(tmpdir(), `local-action-${step}-`));
  const summaryFile = join(dir, 'summary.md');
  await writeFile(summaryFile, '');
  const lines = Object.entries(inputs(dir)).map(([name, value]) => `INPUT_${name.toUpperCase()}=${value}`);
  const envFile = join(dir, '.env');
  await writeFile(envFile, [...lines, `GITHUB_STEP_SUMMARY=${summaryFile}`, ''].join('\n'));
  // Nothing of the machine running the tests (a runner has its own GITHUB_* and INPUT_*) leaks in.
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(GITHUB_|INPUT_|RUNNER_|ACTIONS_)/.test(k)));
  const child = spawn(process.execPath, [bin, `actions/${step}`, 'src/main.ts', envFile], { cwd: repoRoot, env: { ...env, FORCE_COLOR: '0', NO_COLOR: '1' } });
  let stdout = '';
  child.stdout.on('data', (c) => (stdout += c));
  child.stderr.on('data', (c) => (stdout += c));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', resolve);
  });
  const outputs: Record<string, string> = {};
  for (const m of stdout.matchAll(/^::set-output name=([^:]+)::(.*)$/gm)) outputs[m[1]!] = m[2]!;
  const annotations = [...stdout.matchAll(/^::(error|warning|notice)( [^:]*)?::(.*)$/gm)].map((m) => ({ level: m[1]!, properties: (m[2] ?? '').trim(), message: m[3]! }));
  return { exitCode, stdout, outputs, annotations, summary: await readFile(summaryFile, 'utf8'), dir };
}

type Row = Record<string, string>;
const csvRows = (file: string): Row[] => Papa.parse<Row>(readFileSync(join(repoRoot, file), 'utf8'), { header: true, skipEmptyLines: true }).data;

/** The contract's numeric warn bounds (`max: { value, severity: warn }`) that some row of `rows` breaks. */
function brokenWarnBounds(rows: Row[]): string[] {
  const contract = parseYaml(readFileSync(join(repoRoot, contractFile), 'utf8')) as { columns: Record<string, Record<string, unknown>> };
  const broken: string[] = [];
  for (const [column, spec] of Object.entries(contract.columns)) {
    for (const bound of ['min', 'max'] as const) {
      const rule = spec[bound] as { value?: unknown; severity?: string } | undefined;
      if (typeof rule !== 'object' || rule?.severity !== 'warn' || typeof rule.value !== 'number') continue;
      const limit = rule.value;
      if (rows.some((r) => (bound === 'min' ? Number(r[column]) < limit : Number(r[column]) > limit))) broken.push(`${column}.${bound}`);
    }
  }
  return broken;
}

/** Predictions on Seattle 2015: label rain (1/0), score 1 - e^(-precipitation mm), a monotone rain score. */
const seattle2015 = csvRows(weather('seattle-2015.csv'));
const truth = seattle2015.map((r) => (r.weather === 'rain' ? 1 : 0));
const scores = seattle2015.map((r) => Number((1 - Math.exp(-Number(r.precipitation))).toFixed(6)));
const predictionsCsv = 'date,rain,p_rain\n' + seattle2015.map((r, i) => `${r.date},${truth[i]},${scores[i]}`).join('\n') + '\n';
/** accuracy at threshold 0.5 (positive iff score > 0.5) and ROC AUC as the share of (pos, neg) pairs ranked right, ties half. */
const expectedAccuracy = truth.filter((y, i) => (scores[i]! > 0.5 ? 1 : 0) === y).length / truth.length;
let pairs = 0;
let right = 0;
for (let i = 0; i < truth.length; i++) {
  if (truth[i] !== 1) continue;
  for (let j = 0; j < truth.length; j++) {
    if (truth[j] !== 0) continue;
    pairs++;
    right += scores[i]! > scores[j]! ? 1 : scores[i] === scores[j] ? 0.5 : 0;
  }
}
const expectedRocAuc = right / pairs;

const runs: Partial<Record<'validatePass' | 'validateFail' | 'evaluatePass' | 'evaluateBadColumn', LocalActionRun>> = {};

beforeAll(async () => {
  const predictions = async (dir: string) => {
    await writeFile(join(dir, 'predictions.csv'), predictionsCsv);
    return join(dir, 'predictions.csv');
  };
  [runs.validatePass, runs.validateFail, runs.evaluatePass, runs.evaluateBadColumn] = await Promise.all([
    localAction('validate-data', (dir) => ({ data: weather('seattle-2012-2014.csv'), contract: contractFile, 'profile-out': join(dir, 'profile.json'), 'report-out': join(dir, 'validation.json') })),
    // New York 2015 breaks the contract's warn ranges (a colder winter, a warmer summer): fail-on: warn fails the check.
    localAction('validate-data', (dir) => ({ data: weather('new-york-2015.csv'), contract: contractFile, 'fail-on': 'warn', 'profile-out': join(dir, 'profile.json'), 'report-out': join(dir, 'validation.json') })),
    mkdtemp(join(tmpdir(), 'local-action-preds-')).then(predictions).then((file) =>
      localAction('evaluate', (dir) => ({ predictions: file, task: 'binary', label: 'rain', score: 'p_rain', resamples: '0', out: join(dir, 'evaluation.json') })),
    ),
    mkdtemp(join(tmpdir(), 'local-action-preds-')).then(predictions).then((file) =>
      localAction('evaluate', (dir) => ({ predictions: file, task: 'binary', label: 'rain', score: 'p_sun', out: join(dir, 'evaluation.json') })),
    ),
  ]);
}, 180_000);

describe('@github/local-action runs validate-data', () => {
  it('exits 0 on data that meets the example contract, with its outputs and summary', () => {
    const r = runs.validatePass!;
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.stdout).not.toContain('does not export a run() function');
    expect(r.outputs).toEqual({
      passed: 'true',
      'profile-path': join(r.dir, 'profile.json'),
      'report-path': join(r.dir, 'validation.json'),
      errors: '0',
      warnings: String(brokenWarnBounds(csvRows(weather('seattle-2012-2014.csv'))).length),
      rows: String(csvRows(weather('seattle-2012-2014.csv')).length),
    });
    expect(r.outputs.warnings).toBe('0');
    expect(r.annotations).toEqual([]);
    expect(r.summary).toContain('seattle-2012-2014.csv');
  });

  it('exits 1 when the data fails the check, with one failure line and a warning per broken rule', () => {
    const r = runs.validateFail!;
    const broken = brokenWarnBounds(csvRows(weather('new-york-2015.csv')));
    expect(broken).toEqual(['precipitation.max', 'temp_min.min', 'temp_min.max', 'wind.max']);
    expect(r.exitCode, r.stdout).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'true', errors: '0', warnings: String(broken.length), rows: '365' });
    const errors = r.annotations.filter((a) => a.level === 'error');
    expect(errors.map((a) => a.message)).toEqual([`validation failed: 0 failing error rules, ${broken.length} failing warn rules (fail-on: warn)`]);
    const warned = r.annotations.filter((a) => a.level === 'warning').map((a) => /title=(\w+)/.exec(a.properties)?.[1]);
    expect(warned.sort()).toEqual(['max', 'max', 'max', 'min']);
  });
});

describe('@github/local-action runs evaluate', () => {
  it('exits 0 and sets the metrics output to the accuracy and ROC AUC counted here', () => {
    const r = runs.evaluatePass!;
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs).toMatchObject({ 'report-path': join(r.dir, 'evaluation.json'), rows: String(seattle2015.length), task: 'binary' });
    const metrics = JSON.parse(r.outputs.metrics!) as Record<string, number>;
    expect(metrics.accuracy).toBeCloseTo(expectedAccuracy, 12);
    expect(metrics.roc_auc).toBeCloseTo(expectedRocAuc, 12);
    expect(r.summary).toContain('### evaluate: binary');
    // local-action's own table of the outputs its core stub recorded: the stub, not @actions/core, ran.
    expect(r.stdout).toMatch(new RegExp(`│ 'rows'\\s+│ '${seattle2015.length}'\\s+│`));
  });

  it('exits 2 with one error naming the score input (not the CLI flag) when the column does not exist', () => {
    const r = runs.evaluateBadColumn!;
    expect(r.exitCode, r.stdout).toBe(2);
    expect(r.annotations).toHaveLength(1);
    expect(r.annotations[0]).toMatchObject({ level: 'error', properties: expect.stringMatching(/^title=InputError,file=.*predictions\.csv,line=1(,|$)/) });
    expect(r.annotations[0]!.message).toMatch(/: column "p_sun" \(input "score"\) not found; the file has columns: date, rain, p_rain \(pass input "score" with one of them\)$/);
    expect(r.stdout).not.toContain('--score');
    expect(r.outputs).toEqual({});
  });
});
