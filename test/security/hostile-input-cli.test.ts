/**
 * Issue 13's reproductions on the command line: each bad input ends with exit 2 (or 0) and one
 * message, never "internal error" (exit 70) with a stack; and a reader that closes our stdout
 * early ends the command quietly.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { program } from '../../shared/cli/program.js';
import { runCli, type CliIo } from '../../shared/runtime/cli.js';

const REPO = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'mlops-hostile-'));

async function mlops(...argv: string[]): Promise<{ code: number; stderr: string; stdout: string }> {
  let stderr = '';
  let stdout = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), env: {} };
  return { code: await runCli(argv, program, io), stderr, stdout };
}

async function file(name: string, content: string | Buffer): Promise<string> {
  const p = join(dir, name);
  await mkdir(join(p, '..'), { recursive: true });
  await writeFile(p, content);
  return p;
}

/** One message line (`mlops: ...`), exit 2, and no trace of a bug. */
function expectBadInput(r: { code: number; stderr: string }, pattern: RegExp): void {
  expect(r.stderr).not.toMatch(/internal error|this is a bug|\n\s+at /);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).toMatch(pattern);
  expect(r.code).toBe(2);
}

const BOMB = 'a: &a [x,x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
const PREDICTIONS = 'y_true,y_pred\n1,1\n0,0\n1,0\n0,1\n';

describe('bad input is exit 2 with one message (issue 13, item 8)', () => {
  it('a YAML alias bomb as contract, mlops.yaml, compare rules or imported metrics', async () => {
    const bomb = await file('bomb.yaml', BOMB);
    const data = await file('d.csv', 'a\n1\n');
    expectBadInput(await mlops('validate', '--data', data, '--contract', bomb), /bomb\.yaml:1:1: the YAML expands its aliases/);
    expectBadInput(await mlops('evaluate', '--import', bomb, '--out', join(dir, 'o.json')), /expands its aliases/);
    const head = join(dir, 'head.json');
    expect((await mlops('evaluate', '--predictions', await file('p.csv', PREDICTIONS), '--task', 'binary', '--label', 'y_true', '--prediction', 'y_pred', '--resamples', '0', '--out', head)).code).toBe(0);
    expectBadInput(await mlops('compare', '--head', head, '--baseline', 'none', '--config', bomb, '--out-dir', join(dir, 'c1')), /expands its aliases/);
    expectBadInput(await mlops('compare', '--head', head, '--baseline', 'none', '--rules', bomb, '--out-dir', join(dir, 'c2')), /expands its aliases/);
  });

  it('JSON nested 6,000 deep, in imported metrics and in JSON Lines', async () => {
    const deep = await file('deep.json', `${'{"a":'.repeat(6000)}1${'}'.repeat(6000)}`);
    expectBadInput(await mlops('evaluate', '--import', deep, '--out', join(dir, 'o.json')), /nested deeper than 256 levels/);
    const jsonl = await file('deep.jsonl', `{"a": ${'['.repeat(100_000)}${']'.repeat(100_000)}}\n`);
    expectBadInput(await mlops('validate', '--data', jsonl), /deep\.jsonl:1: the value of "a" nests too deeply/);
  });

  it('--resamples 1e12', async () => {
    const p = await file('p2.csv', PREDICTIONS);
    expectBadInput(await mlops('evaluate', '--predictions', p, '--task', 'binary', '--label', 'y_true', '--prediction', 'y_pred', '--resamples', '1e12', '--out', join(dir, 'r.json')), /--resamples must be at most 100000/);
  });

  it('130,000 imported metrics print (no Math.max spread past the argument limit)', async () => {
    const many = await file('many.json', JSON.stringify(Object.fromEntries(Array.from({ length: 130_000 }, (_, i) => [`m${i}`, i / 130_000]))));
    const r = await mlops('evaluate', '--import', many, '--out', join(dir, 'many-out.json'));
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/130000 metrics/);
  });

  it('a registry state file that is not JSON', async () => {
    const model = await file('model/m.bin', 'weights');
    const evaluation = await file('eval.json', '{"accuracy": 0.9}');
    const report = join(dir, 'eval-report.json');
    expect((await mlops('evaluate', '--import', evaluation, '--out', report)).code).toBe(0);
    const registry = join(dir, 'registry');
    expect((await mlops('publish', '--model', 'm', '--files', join(model, '..'), '--evaluation', report, '--registry', registry, '--version', '1.0.0')).code).toBe(0);
    await writeFile(join(registry, 'state', 'm.json'), '{"schema": "mlops-actions/regis');
    expectBadInput(await mlops('registry', 'show', 'm', '--registry', registry), /registry state of model "m" is not JSON/);
  });
});

describe('smaller ones (issue 13, item 12)', () => {
  it('a contract that is not a YAML text file shows none of its content', async () => {
    const environ = await file('environ', 'SECRET_TOKEN=ghp_abc\0HOME=/root\0');
    const data = await file('d2.csv', 'a\n1\n');
    const r = await mlops('validate', '--data', data, '--contract', environ);
    expectBadInput(r, /not YAML text \(it contains NUL bytes\)/);
    expect(r.stderr).not.toContain('SECRET');
    const list = await file('list.yaml', '- SECRET_TOKEN=ghp_abc\n');
    const l = await mlops('validate', '--data', data, '--contract', list);
    expectBadInput(l, /must be a YAML mapping \(key: value lines\), not a list/);
    expect(l.stderr).not.toContain('SECRET');
  });

  it('version: "1" says to drop the quotes, not did you mean "1"', async () => {
    const c = await file('v.yaml', 'version: "1"\ncolumns: {}\n');
    const r = await mlops('validate', '--data', await file('d3.csv', 'a\n1\n'), '--contract', c);
    expectBadInput(r, /version must be the number 1, not the text "1" \(write 1 without quotes\)/);
  });

  it('/dev/zero as a contract is refused as too large, not "Invalid string length"', async () => {
    expectBadInput(await mlops('validate', '--data', await file('d4.csv', 'a\n1\n'), '--contract', '/dev/zero'), /larger than 16 MiB: not a config file/);
  });

  it('a zero-length Parquet footer is a damaged file, not a JavaScript TypeError', async () => {
    const z = await file('z.parquet', Buffer.from('PAR1\0\0\0\0PAR1', 'latin1'));
    expectBadInput(await mlops('validate', '--data', z), /not a readable Parquet file: its metadata \(footer\) is empty or damaged/);
  });

  it('--files may be a link to a folder; a file named ..\\..\\x is refused at publish', async () => {
    const evaluation = await file('e2.json', '{"accuracy": 0.9}');
    const report = join(dir, 'e2-report.json');
    await mlops('evaluate', '--import', evaluation, '--out', report);
    await file('real-model/m.bin', 'weights');
    symlinkSync(join(dir, 'real-model'), join(dir, 'model-link'));
    const registry = join(dir, 'reg-links');
    const ok = await mlops('publish', '--model', 'm', '--files', join(dir, 'model-link'), '--evaluation', report, '--registry', registry, '--version', '1.0.0');
    expect(ok.stderr).not.toMatch(/^mlops:/m);
    expect(ok.code).toBe(0);
    await file('bad-model/..\\..\\x', 'weights');
    expectBadInput(await mlops('publish', '--model', 'm', '--files', join(dir, 'bad-model'), '--evaluation', report, '--registry', registry, '--version', '1.0.1'), /has a backslash in its name/);
  });

  it('an empty MLflow meta.yaml is a damaged store, not "no active run"', async () => {
    await file('mlruns/0/meta.yaml', 'experiment_id: "0"\nlifecycle_stage: active\nname: Default\n');
    await file('mlruns/0/r1/meta.yaml', '');
    await file('mlruns/0/r1/metrics/accuracy', '1 0.9 1\n');
    expectBadInput(await mlops('evaluate', '--import', join(dir, 'mlruns'), '--out', join(dir, 'ml.json')), /MLflow meta\.yaml is empty/);
  });
});

describe('a closed stdout (issue 13, item 9)', () => {
  it('mlops … | head -1 ends quietly, without an EPIPE stack', async () => {
    // 10,000 metrics print ~200 KB, three times the 64 KiB pipe buffer: writes go on after head exits.
    const many = await file('many-pipe.json', JSON.stringify(Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`metric_${i}`, i / 10_000]))));
    const out = join(dir, 'pipe-out.json');
    const child = spawn('/bin/bash', ['-c', `set -o pipefail; "$0" "$1" evaluate --import "$2" --out "$3" | head -1 >/dev/null`, process.execPath, join(REPO, 'dist/cli/index.js'), many, out], { cwd: REPO });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|internal error|\n\s+at /);
    expect(code).toBe(0);
  });
});
