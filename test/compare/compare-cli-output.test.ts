/**
 * `mlops compare` keeps stdout for what is asked: the comment only with `--comment -` (so it can be
 * piped), or into a file with `--comment FILE`; the verdict and the files written are status lines
 * on stderr, which `--quiet` silences.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareCommand } from '../../shared/cli/commands/compare.js';
import { evaluate } from '../../shared/steps/evaluate.js';
import { runCli, type CliIo, type Program } from '../../shared/runtime/cli.js';

const program: Program = { name: 'mlops', version: '0', summary: '', commands: [compareCommand] };
let dir: string;
let head: string;
let base: string;
let rules: string;

const seeded = (seed: number) => {
  let s = seed;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32);
};

/** A seeded binary classifier's evaluation report on the same 300 labelled rows as the others. */
async function reportFile(name: string, seed: number, skill: number): Promise<string> {
  const label = seeded(7);
  const noise = seeded(seed);
  const lines = ['label,score'];
  for (let i = 0; i < 300; i++) {
    const y = label() < 0.5 ? 1 : 0;
    lines.push(`${y},${Math.min(0.99, Math.max(0.01, 0.5 + (y ? skill : -skill) + (noise() - 0.5) * 0.8)).toFixed(3)}`);
  }
  await writeFile(join(dir, `${name}.csv`), `${lines.join('\n')}\n`);
  const out = join(dir, `${name}.json`);
  await evaluate({ predictions: join(dir, `${name}.csv`), task: 'binary', label: 'label', score: ['score'], resamples: 0, out });
  return out;
}

async function mlops(...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const r = { stdout: '', stderr: '' };
  const io: CliIo = { stdout: (t) => void (r.stdout += t), stderr: (t) => void (r.stderr += t), env: {} };
  return { code: await runCli(['compare', ...argv], program, io), ...r };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlops-compare-out-'));
  head = await reportFile('head', 1, 0.2);
  base = await reportFile('base', 2, 0.15);
  rules = join(dir, 'rules.yaml');
  await writeFile(rules, 'metrics:\n  roc_auc: { threshold: 0.6 }\n');
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('mlops compare output streams', () => {
  it('writes the files and prints status lines on stderr only, stdout empty', async () => {
    const out = join(dir, 'plain');
    const r = await mlops('--head', head, '--baseline', base, '--rules', rules, '--out-dir', out);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^verdict: pass\nwrote .*comparison\.json, .*comment\.md, .*summary\.md\n/);
    expect(await readFile(join(out, 'comment.md'), 'utf8')).toContain('gate passed');
  });

  it('prints exactly the comment on stdout with --comment -, and writes it to a file with --comment FILE', async () => {
    const out = join(dir, 'piped');
    const piped = await mlops('--head', head, '--baseline', base, '--rules', rules, '--out-dir', out, '--comment', '-');
    expect(piped.stdout).toBe(await readFile(join(out, 'comment.md'), 'utf8'));
    expect(piped.stdout).toContain('```mermaid');
    const file = join(dir, 'elsewhere', 'pr-comment.md');
    const filed = await mlops('--head', head, '--baseline', base, '--rules', rules, '--out-dir', join(dir, 'filed'), '--comment', file);
    expect(filed.stdout).toBe('');
    expect(await readFile(file, 'utf8')).toBe(piped.stdout);
    expect(filed.stderr).toContain(`, ${file}\n`);
  });

  it('prints nothing at all with --quiet, and still exits 1 on a failed gate', async () => {
    await writeFile(join(dir, 'strict.yaml'), 'metrics:\n  roc_auc: { threshold: 0.999 }\n');
    const r = await mlops('--head', head, '--baseline', base, '--rules', join(dir, 'strict.yaml'), '--out-dir', join(dir, 'quiet'), '--quiet');
    expect(r).toEqual({ code: 1, stdout: '', stderr: '' });
  });

  it('refuses an empty --comment (exit 2)', async () => {
    const r = await mlops('--head', head, '--baseline', base, '--out-dir', join(dir, 'never'), '--comment', '');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^mlops: --comment needs a file name, or "-" for stdout\n/);
  });
});
