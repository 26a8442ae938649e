/**
 * `mlops new-action`: the scaffold lands whole or not at all, never over a file without --force,
 * and what it writes is a working step on our library. With the library laid out in node_modules
 * the way `npm install github:mlops-actions/mlops-actions#v1` lays it out, the scaffold type-checks
 * against the library's types, builds with its own build command (ncc), reads a report our evaluate
 * step really wrote when run the way the runner runs it, and passes its own test.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { newActionCommand } from '../../shared/cli/commands/new-action.js';
import { LIBRARY_SPEC } from '../../shared/custom-step/scaffold.js';
import { runCli, type CliIo, type Program } from '../../shared/runtime/cli.js';
import { repoRoot, runAction } from '../support/run-action.js';

const program: Program = { name: 'mlops', version: 'test', summary: 'test', commands: [newActionCommand] };
const ourPackage = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { devDependencies: Record<string, string>; exports: Record<string, string> };

async function mlops(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), env: {} };
  const code = await runCli(args, program, io);
  return { code, out, err };
}

const tempRepo = () => mkdtempSync(join(tmpdir(), 'mlops-new-action-'));

/** Every file under `dir`, relative, sorted. */
function listFiles(dir: string, base = dir): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .flatMap((f) => (statSync(join(dir, f)).isDirectory() ? listFiles(join(dir, f), base) : [join(dir, f).slice(base.length + 1)]))
    .sort();
}

const templateNames = readdirSync(join(repoRoot, 'action-templates/custom-step')).map((f) => (f === 'gitignore' ? '.gitignore' : f));

describe('mlops new-action', () => {
  it('writes actions/NAME from every template, with every placeholder filled in', async () => {
    const repo = tempRepo();
    const { code, out, err } = await mlops(['new-action', 'metric-floor', '--dir', repo]);
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(listFiles(repo)).toEqual(templateNames.map((f) => `actions/metric-floor/${f}`).sort());
    for (const f of listFiles(repo)) expect(readFileSync(join(repo, f), 'utf8'), f).not.toMatch(/__[A-Z_]+__/);

    const meta = parse(readFileSync(join(repo, 'actions/metric-floor/action.yml'), 'utf8')) as {
      name: string;
      runs: { using: string; main: string };
      inputs: Record<string, { description?: string }>;
      outputs: Record<string, { description?: string }>;
    };
    expect(meta.name).toBe('metric-floor');
    expect(meta.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
    for (const [k, v] of [...Object.entries(meta.inputs), ...Object.entries(meta.outputs)]) expect(v.description?.trim(), k).toBeTruthy();

    const pkg = JSON.parse(readFileSync(join(repo, 'actions/metric-floor/package.json'), 'utf8')) as { name: string; type: string; dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(pkg).toMatchObject({ name: 'metric-floor', type: 'module', dependencies: { 'mlops-actions': LIBRARY_SPEC } });
    // Built with the tools our own steps are built with.
    for (const tool of ['@vercel/ncc', 'typescript', '@types/node']) expect(pkg.devDependencies[tool]).toBe(ourPackage.devDependencies[tool]);

    expect(out).toContain('actions/metric-floor/action.yml');
    expect(out).toContain('uses: ./actions/metric-floor');
    expect(out).toContain('npm install');
  });

  it.each([
    ['../escape', 'not allowed'],
    ['a/b', 'not allowed'],
    ['Metric', 'not allowed'],
    ['x--y', 'not allowed'],
    ['x_y', 'not allowed'],
    ['9lives', 'not allowed'],
    ['.', 'not allowed'],
    ['a'.repeat(65), '65 characters'],
    ['', 'empty'],
  ])('refuses the name %j and writes nothing', async (name, message) => {
    const repo = tempRepo();
    const { code, err } = await mlops(['new-action', name, '--dir', repo]);
    expect(code).toBe(2);
    expect(err).toContain(message);
    expect(listFiles(repo)).toEqual([]);
    expect(existsSync(join(repo, '..', 'escape'))).toBe(false);
  });

  it('asks for exactly one name', async () => {
    expect((await mlops(['new-action', '--dir', tempRepo()])).code).toBe(2);
    expect((await mlops(['new-action', 'a', 'b', '--dir', tempRepo()])).err).toContain('give one NAME');
  });

  it('never overwrites without --force, and then writes nothing at all', async () => {
    const repo = tempRepo();
    expect((await mlops(['new-action', 'step-a', '--dir', repo])).code).toBe(0);
    const step = join(repo, 'actions/step-a/step.ts');
    writeFileSync(step, '// my own logic\n');
    rmSync(join(repo, 'actions/step-a/main.ts'));

    const refused = await mlops(['new-action', 'step-a', '--dir', repo]);
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/actions\/step-a already has .*step\.ts/);
    expect(refused.err).toContain('--force');
    expect(readFileSync(step, 'utf8')).toBe('// my own logic\n');
    // All or nothing: the missing file was not written either.
    expect(existsSync(join(repo, 'actions/step-a/main.ts'))).toBe(false);

    const forced = await mlops(['new-action', 'step-a', '--dir', repo, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.out).toMatch(/actions\/step-a\/step\.ts +\(overwritten\)/);
    expect(readFileSync(step, 'utf8')).toContain('export async function checkMetric');
    expect(existsSync(join(repo, 'actions/step-a/main.ts'))).toBe(true);
    // No temp files left beside the targets.
    expect(listFiles(join(repo, 'actions/step-a')).filter((f) => f.includes('.mlops-new-action-'))).toEqual([]);
  });

  it('leaves the repository as it was when a target is a folder, even with --force', async () => {
    const repo = tempRepo();
    mkdirSync(join(repo, 'actions/step-b/main.ts'), { recursive: true });
    const { code, err } = await mlops(['new-action', 'step-b', '--dir', repo, '--force']);
    expect(code).toBe(2);
    expect(err).toContain('actions/step-b/main.ts exists and is not a file');
    expect(readdirSync(join(repo, 'actions/step-b'))).toEqual(['main.ts']);
  });

  it('refuses a --dir that is not a folder', async () => {
    const { code, err } = await mlops(['new-action', 'x', '--dir', join(tempRepo(), 'missing')]);
    expect(code).toBe(2);
    expect(err).toContain('is not a folder');
  });
});

/**
 * What `npm install` in actions/NAME/ leaves behind, offline: the library as a package folder whose
 * exports point at its TypeScript sources (package.json and shared/, copied, so the sources really
 * are under node_modules as they are after an install), and its dependencies beside it.
 */
function installLibrary(stepDir: string): void {
  const modules = join(stepDir, 'node_modules');
  const lib = join(modules, 'mlops-actions');
  mkdirSync(lib, { recursive: true });
  cpSync(join(repoRoot, 'package.json'), join(lib, 'package.json'));
  cpSync(join(repoRoot, 'shared'), join(lib, 'shared'), { recursive: true });
  for (const dep of ['zod', '@actions', '@types']) symlinkSync(join(repoRoot, 'node_modules', dep), join(modules, dep), 'dir');
}

const node = (args: string[], cwd: string) => spawnSync(process.execPath, args, { cwd, encoding: 'utf8', timeout: 120_000 });

/** A binary classifier's predictions: 24 rows, roc_auc 129/144 (129 of the 144 positive-negative pairs ordered, counted by hand). */
function predictionsCsv(): string {
  const rows = ['label,score'];
  const pos = [0.95, 0.9, 0.85, 0.8, 0.75, 0.7, 0.65, 0.6, 0.55, 0.5, 0.3, 0.2];
  const neg = [0.62, 0.45, 0.4, 0.35, 0.33, 0.28, 0.25, 0.15, 0.12, 0.1, 0.05, 0.02];
  for (const s of pos) rows.push(`1,${s}`);
  for (const s of neg) rows.push(`0,${s}`);
  return `${rows.join('\n')}\n`;
}

describe('a scaffolded step', () => {
  it('type-checks, builds with ncc, reads what our evaluate step wrote, and passes its own test', { timeout: 240_000 }, async () => {
    const repo = tempRepo();
    expect((await mlops(['new-action', 'metric-floor', '--dir', repo])).code).toBe(0);
    const stepDir = join(repo, 'actions/metric-floor');
    installLibrary(stepDir);
    expect(ourPackage.exports['./runtime']).toBeDefined();

    // Type checking resolves mlops-actions/runtime and /formats to the library's own types.
    const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');
    const typecheck = node([tsc, '-p', 'tsconfig.json'], stepDir);
    expect(typecheck.status, typecheck.stdout + typecheck.stderr).toBe(0);
    // ... and they are real types, not any: a wrong use fails.
    writeFileSync(join(stepDir, 'wrong.ts'), "import { readFormat } from 'mlops-actions/formats';\nexport const n: number = (await readFormat('x.json', 'mlops-actions/evaluation@1')).task;\n");
    const wrong = node([tsc, '-p', 'tsconfig.json'], stepDir);
    expect(wrong.status).not.toBe(0);
    expect(wrong.stdout).toMatch(/wrong\.ts.*not assignable to type 'number'/);
    rmSync(join(stepDir, 'wrong.ts'));

    // The scaffold's own build command, run with the ncc our build uses.
    const pkg = JSON.parse(readFileSync(join(stepDir, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    const [tool, ...args] = pkg.scripts.build!.split(' ');
    expect(tool).toBe('ncc');
    const build = node([join(repoRoot, 'node_modules/@vercel/ncc/dist/ncc/cli.js'), ...args], stepDir);
    expect(build.status, build.stdout + build.stderr).toBe(0);
    const bundle = readFileSync(join(stepDir, 'dist/index.js'), 'utf8');
    // ncc writes a bundle that throws at run time when it could not compile a module.
    expect(bundle).not.toContain('Module build failed');
    expect(JSON.parse(readFileSync(join(stepDir, 'dist/package.json'), 'utf8'))).toEqual({ type: 'module' });

    // A report our evaluate step writes, read by the custom step at its default path.
    const workspace = mkdtempSync(join(tmpdir(), 'mlops-custom-step-ws-'));
    const evaluated = await runAction('evaluate', {
      workspace,
      files: { 'predictions.csv': predictionsCsv() },
      inputs: { predictions: 'predictions.csv', task: 'binary', label: 'label', score: 'score', resamples: '0' },
    });
    expect(evaluated.exitCode, evaluated.stdout + evaluated.stderr).toBe(0);
    const rocAuc = (JSON.parse(evaluated.outputs.metrics!) as Record<string, number>).roc_auc!;
    expect(rocAuc).toBeCloseTo(129 / 144, 12);

    const passed = await runAction('metric-floor', { root: repo, workspace, inputs: { metric: 'roc_auc', threshold: '0.85' } });
    expect(passed.exitCode, passed.stdout + passed.stderr).toBe(0);
    expect(passed.outputs).toEqual({ value: String(rocAuc), passed: 'true' });
    expect(passed.summary).toContain(`| ${rocAuc} | ≥ 0.85 | pass |`);
    expect(passed.annotations).toEqual([]);

    const failed = await runAction('metric-floor', { root: repo, workspace, inputs: { metric: 'roc_auc', threshold: '0.95' } });
    expect(failed.exitCode).toBe(1);
    expect(failed.outputs.passed).toBe('false');
    expect(failed.annotations).toEqual([expect.objectContaining({ level: 'error', message: expect.stringContaining('roc_auc is 0.8958') })]);

    // Another of our formats where an evaluation report belongs: one message, at the file.
    writeFileSync(join(workspace, 'profile.json'), JSON.stringify({ schema: 'mlops-actions/profile@1', rows: 0 }));
    const wrongFile = await runAction('metric-floor', { root: repo, workspace, inputs: { evaluation: 'profile.json', metric: 'roc_auc' } });
    expect(wrongFile.exitCode).toBe(2);
    expect(wrongFile.annotations).toEqual([expect.objectContaining({ level: 'error', file: 'profile.json', message: expect.stringContaining('is a mlops-actions/profile@1 file, not mlops-actions/evaluation@1') })]);

    const missing = await runAction('metric-floor', { root: repo, workspace, inputs: { metric: 'pr_auc' } });
    expect(missing.exitCode).toBe(2);
    expect(missing.annotations[0]?.message).toMatch(/the report has no metric "pr_auc" \(it has: .*roc_auc/);

    // The scaffold's own test (node:test, no framework) passes against the bundle.
    const ownTest = node(['--test', 'main.test.mjs'], stepDir);
    expect(ownTest.status, ownTest.stdout + ownTest.stderr).toBe(0);
    expect(ownTest.stdout).toMatch(/# pass 3/);
  });
});
