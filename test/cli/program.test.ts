/**
 * The `mlops` program's command table (shared/cli/program.ts): each command's module is imported
 * only when it runs or shows its usage (issue 18), so the table repeats every command's name and
 * summary for `mlops help`. They must say what the module says.
 */
import { describe, expect, it } from 'vitest';
import { program } from '../../shared/cli/program.js';
import { runCli, type CliIo, type Command, type LazyCommand } from '../../shared/runtime/cli.js';

function io() {
  const captured = { stdout: '', stderr: '' };
  const value: CliIo = { stdout: (t) => void (captured.stdout += t), stderr: (t) => void (captured.stderr += t), env: {} };
  return { io: value, captured };
}

describe('the mlops command table', () => {
  it('names and summarises each command as its module does', async () => {
    const names = new Set<string>();
    for (const entry of program.commands) {
      expect('load' in entry, `${entry.name} is imported at start`).toBe(true);
      const command = await (entry as LazyCommand).load();
      expect(command.name).toBe(entry.name);
      expect(command.summary).toBe(entry.summary);
      expect(command.usage).toMatch(new RegExp(`^Usage: mlops ${entry.name}\\b`));
      names.add(entry.name);
    }
    expect(names.size).toBe(program.commands.length);
  });
});

describe('runCli with lazy commands', () => {
  const loads: string[] = [];
  const lazy = (name: string, run: Command['run']): LazyCommand => ({
    name,
    summary: name,
    load: async () => {
      loads.push(name);
      return { name, summary: name, usage: `Usage: mlops ${name}\n`, run };
    },
  });
  const prog = { name: 'mlops', version: '1.0.0', summary: 'test', commands: [lazy('a', async () => 0), lazy('g x', async () => 3), lazy('g y', async () => 0)] };

  it('loads only the command that runs, and none for help or the version', async () => {
    loads.length = 0;
    expect(await runCli(['--version'], prog, io().io)).toBe(0);
    const h = io();
    expect(await runCli(['help'], prog, h.io)).toBe(0);
    expect(h.captured.stdout).toContain('g x');
    expect(loads).toEqual([]);
    expect(await runCli(['g', 'x'], prog, io().io)).toBe(3);
    expect(loads).toEqual(['g x']);
  });

  it('loads a command for its usage, and a group for a missing subcommand', async () => {
    loads.length = 0;
    for (const argv of [['help', 'a'], ['a', '--help']]) {
      const r = io();
      expect(await runCli(argv, prog, r.io)).toBe(0);
      expect(r.captured.stdout).toBe('Usage: mlops a\n');
    }
    const g = io();
    expect(await runCli(['g'], prog, g.io)).toBe(2);
    expect(g.captured.stderr).toContain('Usage: mlops g x\n\nUsage: mlops g y\n');
    expect(loads).toEqual(['a', 'a', 'g x', 'g y']);
  });
});
