import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCommandList, resolveCommand, runCommand } from '../../../shared/model/train/command.js';
import { describeCommand } from '../../../shared/formats/run-format.js';
import { UsageError } from '../../../shared/runtime/errors.js';

describe('training command', () => {
  it('reads the command input as a YAML/JSON list, keeping every item as written', () => {
    expect(parseCommandList('[python, train.py, --lr, 0.10, --flag, true]')).toEqual(['python', 'train.py', '--lr', '0.10', '--flag', 'true']);
    expect(parseCommandList('- python\n- train.py\n- --name\n- "two words"\n')).toEqual(['python', 'train.py', '--name', 'two words']);
    expect(parseCommandList(JSON.stringify(['/usr/bin/node', '-e', 'console.log("a\\nb")']))).toEqual(['/usr/bin/node', '-e', 'console.log("a\\nb")']);
  });

  it('refuses a plain string without a shell, saying how to run it as a script', () => {
    expect(() => parseCommandList('python train.py --epochs 3')).toThrow(UsageError);
    expect(() => parseCommandList('python train.py')).toThrow(/set `shell: bash`/);
    expect(() => parseCommandList('[python, [nested]]')).toThrow(/list of arguments/);
  });

  it('runs a script only through a named shell', () => {
    expect(resolveCommand({ shell: 'sh', script: 'make train' }).argv).toEqual(['sh', '-e', '-c', 'make train']);
    expect(() => resolveCommand({ shell: 'zsh -c', script: 'x' })).toThrow(/unknown shell "zsh -c".*bash, sh, pwsh/);
    expect(() => resolveCommand({ argv: [] })).toThrow(/empty/);
  });

  it('quotes arguments that need it when it shows a command', () => {
    expect(describeCommand({ argv: ['python', 'train.py', '--title', "it's a fix; rm -rf /"], shell: null, script: null })).toBe(`python train.py --title 'it'\\''s a fix; rm -rf /'`);
  });

  it('streams output as it comes, logs it byte for byte and keeps the last lines', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cmd-'));
    const chunks: string[] = [];
    const script = 'process.stdout.write("é".repeat(3) + "\\n"); for (let i = 0; i < 25; i++) console.log(i); process.exit(0)';
    const result = await runCommand([process.execPath, '-e', script], {
      cwd: dir,
      env: process.env,
      logPath: join(dir, 'logs/train.log'),
      stdout: (c) => chunks.push(c.toString()),
      stderr: () => {},
    });
    expect(result).toMatchObject({ exitCode: 0, signal: null });
    expect(result.tail).toEqual(Array.from({ length: 20 }, (_, i) => String(i + 5)));
    const log = await readFile(join(dir, 'logs/train.log'), 'utf8');
    expect(log).toBe(`ééé\n${Array.from({ length: 25 }, (_, i) => `${i}\n`).join('')}`);
    expect(chunks.join('')).toBe(log);
  });

  it('reports a signal instead of an exit code', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cmd-'));
    const result = await runCommand([process.execPath, '-e', 'process.kill(process.pid, "SIGTERM")'], {
      cwd: dir, env: process.env, logPath: join(dir, 'l.log'), stdout: () => {}, stderr: () => {},
    });
    expect(result).toMatchObject({ exitCode: null, signal: 'SIGTERM' });
  });

  it.skipIf(process.platform === 'win32')('kills the process group with SIGKILL when it outlives the grace period, then stops listening', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cmd-'));
    const signals = new EventEmitter();
    // The shell and its sleep both ignore SIGTERM (an ignored signal survives exec): only SIGKILL ends them.
    const running = runCommand(['sh', '-c', `trap '' TERM; echo up; sleep 2; echo late > late.txt`], {
      cwd: dir, env: process.env, logPath: join(dir, 'l.log'), stdout: (c) => void (c.toString().includes('up') && signals.emit('SIGTERM')), stderr: () => {},
      graceMs: 200, signals,
    });
    const result = await running;
    expect(result).toMatchObject({ stoppedBy: 'SIGTERM', killed: true, signal: 'SIGKILL' });
    expect(existsSync(join(dir, 'late.txt'))).toBe(false);
    for (const name of ['SIGINT', 'SIGTERM', 'SIGHUP']) expect(signals.listenerCount(name)).toBe(0);
  });
});
