/**
 * `mlops explain` through the program's own entry (runCli with the `mlops` program): the text table
 * on stdout, the command's output on stderr, the explanation file, `--format json`, and exit 2
 * (with the command's last lines) when the predict command fails.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { program } from '../../shared/cli/program.js';
import { runCli } from '../../shared/runtime/cli.js';
import { repoRoot } from '../support/run-action.js';

const SCRIPT = join(repoRoot, 'test/fixtures/explain/predict-fixed.mjs');
const dir = mkdtempSync(join(tmpdir(), 'mlops-cli-explain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const data = join(dir, 'eval.csv');
const rows = Array.from({ length: 60 }, (_, i) => {
  const a = ((i * 37) % 60) / 30 - 1;
  const b = ((i * 11) % 60) / 30 - 1;
  return `${a},${b},${i % 3},${2 * a + 0.5 * b > 0 !== (i % 6 === 0) ? 1 : 0}`;
});
writeFileSync(data, `a,b,c,label\n${rows.join('\n')}\n`);

async function mlops(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, program, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), env: process.env });
  return { code, stdout, stderr };
}

describe('mlops explain', () => {
  it('prints the importance table, writes the explanation, and keeps stdout for the table alone', async () => {
    const out = join(dir, 'explanation.json');
    // The command line as typed: quoted words, the placeholders as whole words.
    const r = await mlops(['explain', '--data', data, '--label', 'label', '--predict', `node "${SCRIPT}" binary {input} {output}`, '--repeats', '3', '--features', 'a,b', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^explain: binary, 60 rows, metric roc_auc \(baseline 0\.\d+\), 3 repeats, 1 predict call\n/);
    expect(r.stdout).toMatch(/\n {3}1 {2}a +0\.\d+/);
    expect(r.stdout).toContain(`wrote explanation: ${out}`);
    expect(r.stderr).toContain('running the predict command (call 1 of 1): 7 copies of 60 rows, 420 rows in all');
    const e = JSON.parse(readFileSync(out, 'utf8'));
    expect(e.schema).toBe('mlops-actions/explanation@1');
    expect(e.features.map((f: { feature: string }) => f.feature)).toEqual(['a', 'b']);
    expect(e.predict.argv).toEqual(['node', SCRIPT, 'binary', '{input}', '{output}']);
  });

  it('prints the explanation with --format json', async () => {
    const out = join(dir, 'j.json');
    const r = await mlops(['explain', '--data', data, '--label', 'label', '--predict', `node ${SCRIPT} regression {input} {output}`, '--task', 'regression', '--metric', 'mae', '--repeats', '2', '--out', out, '--format', 'json']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual(JSON.parse(readFileSync(out, 'utf8')));
    expect(JSON.parse(r.stdout).metric.name).toBe('mae');
  });

  it('exits 2 with the failing command\'s last lines, writing nothing', async () => {
    const out = join(dir, 'fail.json');
    const r = await mlops(['explain', '--data', data, '--label', 'label', '--predict', `node ${SCRIPT} fail {input} {output}`, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('the predict command exited with code 3');
    expect(r.stderr).toContain('ValueError: could not convert string to float');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 2 on a command line a shell would have expanded, and without the required options', async () => {
    const shell = await mlops(['explain', '--data', data, '--label', 'label', '--predict', 'python p.py $MODEL {input} {output}']);
    expect(shell.code).toBe(2);
    expect(shell.stderr).toContain('--predict: unquoted "$"');
    const missing = await mlops(['explain', '--data', data, '--label', 'label']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--predict');
  });
});
