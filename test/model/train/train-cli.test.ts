import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainCommand } from '../../../shared/cli/commands/train.js';
import { reportCliFailure, type CliIo } from '../../../shared/runtime/cli.js';

function io() {
  const out = { stdout: '', stderr: '' };
  const value: CliIo = { stdout: (t) => void (out.stdout += t), stderr: (t) => void (out.stderr += t), env: {} };
  return { io: value, out };
}

async function run(argv: string[]) {
  const t = io();
  const code = await trainCommand.run(argv, t.io).catch((e: unknown) => reportCliFailure(e, t.io));
  return { code, ...t.out };
}

describe('mlops train', () => {
  it('passes everything after -- to the command untouched, and hits the cache on the second run', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'train-cli-'));
    await writeFile(join(dir, 'params.yaml'), 'lr: 0.1\n');
    const script = 'const fs = require("node:fs"); const p = JSON.parse(fs.readFileSync(process.env.MLOPS_PARAMS_FILE, "utf8")); fs.writeFileSync(process.argv[1], JSON.stringify({ p, args: process.argv.slice(2) })); console.log("done")';
    const out = join(dir, 'model.json');
    const argv = [
      '--model', 'cli', '--params', join(dir, 'params.yaml'), '--set', 'lr=0.2', '--set', 'opt.name=adam', '--seed', '3',
      '--outputs', 'model.json', '--cache-dir', join(dir, 'cache'), '--run-out', join(dir, 'run.json'), '--log-out', join(dir, 'train.log'),
      '--', process.execPath, '-e', script, out, '--epochs', '3', '--set', 'x',
    ];
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      const first = await run(argv);
      expect(first).toMatchObject({ code: 0, stdout: 'done\n' });
      expect(JSON.parse(await readFile(out, 'utf8'))).toEqual({ p: { lr: 0.2, opt: { name: 'adam' } }, args: ['--epochs', '3', '--set', 'x'] });
      expect(first.stderr).toMatch(/mlops: cli trained in/);
      const second = await run(argv);
      expect(second).toMatchObject({ code: 0, stdout: '' });
      expect(second.stderr).toMatch(/run cache hit/);
      expect(JSON.parse(await readFile(join(dir, 'run.json'), 'utf8')).cache).toBe('hit');
    } finally {
      process.chdir(cwd);
    }
  });

  it('asks for the command after --, and for exactly one script with --shell', async () => {
    expect(await run(['--model', 'x', 'python', 'train.py'])).toMatchObject({ code: 2, stderr: expect.stringContaining('give the training command after "--"') });
    expect(await run(['--model', 'x', '--shell', 'bash', '--', 'python', 'train.py'])).toMatchObject({ code: 2, stderr: expect.stringContaining('one argument after "--"') });
    expect(await run(['--model', 'x', '--seed', '-1', '--', 'true'])).toMatchObject({ code: 2 });
  });
});
