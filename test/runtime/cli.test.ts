import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../shared/cli/commands/validate.js';
import { profileMergeCommand } from '../../shared/cli/commands/profile-merge.js';
import { parseCommandArgs, parseDelimiter, runCli, type CliIo, type Program } from '../../shared/runtime/cli.js';
import { InputError } from '../../shared/runtime/errors.js';

function io(env: Record<string, string> = {}) {
  const captured = { stdout: '', stderr: '' };
  const value: CliIo = { stdout: (t) => void (captured.stdout += t), stderr: (t) => void (captured.stderr += t), env };
  return { io: value, captured };
}

const program = (run: (argv: string[]) => Promise<number>): Program => ({
  name: 'mlops',
  version: '9.9.9',
  summary: 'test',
  commands: [
    { name: 'echo', summary: 'echo', usage: 'Usage: mlops echo [--loud]\n', run: (argv) => run(argv) },
    { name: 'profile merge', summary: 'merge', usage: 'Usage: mlops profile merge A B --out C\n', run: (argv) => run(argv) },
  ],
});

describe('runCli', () => {
  it('prints the version and help with exit 0', async () => {
    const v = io();
    expect(await runCli(['--version'], program(async () => 0), v.io)).toBe(0);
    expect(v.captured.stdout).toBe('9.9.9\n');
    const h = io();
    expect(await runCli(['help'], program(async () => 0), h.io)).toBe(0);
    expect(h.captured.stdout).toContain('profile merge');
  });

  it('dispatches multi-word commands and passes the rest of argv', async () => {
    let seen: string[] = [];
    const r = io();
    expect(await runCli(['profile', 'merge', 'a.json', '--out', 'c.json'], program(async (a) => ((seen = a), 0)), r.io)).toBe(0);
    expect(seen).toEqual(['a.json', '--out', 'c.json']);
  });

  it('leaves --help after -- to the user\'s own command', async () => {
    let seen: string[] = [];
    const r = io();
    expect(await runCli(['echo', '--', 'python', 'train.py', '--help'], program(async (a) => ((seen = a), 0)), r.io)).toBe(0);
    expect(seen).toEqual(['--', 'python', 'train.py', '--help']);
    expect(r.captured.stdout).toBe('');
  });

  it('prints a command usage for --help and for help <command>', async () => {
    for (const argv of [['echo', '--help'], ['help', 'echo']]) {
      const r = io();
      expect(await runCli(argv, program(async () => 1), r.io)).toBe(0);
      expect(r.captured.stdout).toBe('Usage: mlops echo [--loud]\n');
    }
  });

  it('exits 2 with the usage for an unknown command or a missing subcommand', async () => {
    const r = io();
    expect(await runCli(['frobnicate'], program(async () => 0), r.io)).toBe(2);
    expect(r.captured.stderr).toMatch(/^mlops: unknown command "frobnicate"\n/);
    const s = io();
    expect(await runCli(['profile'], program(async () => 0), s.io)).toBe(2);
    expect(s.captured.stderr).toContain('missing subcommand for "profile"');
    expect(s.captured.stderr).toContain('Usage: mlops profile merge');
  });

  it('prints an MlopsError as "mlops: message" and exits with its code', async () => {
    const r = io();
    const code = await runCli(['echo'], program(async () => { throw new InputError('no such file', { location: { file: 'x.csv' } }); }), r.io);
    expect(code).toBe(2);
    expect(r.captured.stderr).toBe('mlops: x.csv: no such file\n');
  });

  it('exits 70 on a bug, with the stack only when MLOPS_DEBUG=1', async () => {
    const boom = program(async () => { throw new Error('boom'); });
    const quiet = io();
    expect(await runCli(['echo'], boom, quiet.io)).toBe(70);
    expect(quiet.captured.stderr).toContain('mlops: internal error: boom');
    expect(quiet.captured.stderr).not.toContain('    at ');
    const debug = io({ MLOPS_DEBUG: '1' });
    expect(await runCli(['echo'], boom, debug.io)).toBe(70);
    expect(debug.captured.stderr).toContain('    at ');
  });
});

describe('command argument parsing', () => {
  it('rejects an unknown flag with the command usage (exit 2)', async () => {
    const r = io();
    const p: Program = { name: 'mlops', version: '0', summary: '', commands: [validateCommand, profileMergeCommand] };
    expect(await runCli(['validate', '--data', 'x.csv', '--colour'], p, r.io)).toBe(2);
    expect(r.captured.stderr).toMatch(/^mlops: unknown option --colour\n/);
    expect(r.captured.stderr).toContain('Usage: mlops validate --data FILE');
  });

  it('suggests the closest option of the command for a typo, for every command alike (exit 2)', async () => {
    const p: Program = { name: 'mlops', version: '0', summary: '', commands: [validateCommand, profileMergeCommand] };
    const cases: Array<[string[], string]> = [
      [['validate', '--dta', 'x.csv'], 'unknown option --dta (did you mean --data?)'],
      [['validate', '--data', 'x.csv', '--contrat=c.yaml'], 'unknown option --contrat (did you mean --contract?)'],
      [['validate', '-data', 'x.csv'], 'unknown option -data (did you mean --data?)'],
      [['profile', 'merge', 'a.json', '--ot', 'c.json'], 'unknown option --ot (did you mean --out?)'],
      [['validate', '--hlep'], 'unknown option --hlep (did you mean --help?)'],
      [['validate', '-q'], 'unknown option -q (short options: -h)'],
    ];
    for (const [argv, message] of cases) {
      const r = io();
      expect(await runCli(argv, p, r.io), argv.join(' ')).toBe(2);
      expect(r.captured.stderr.split('\n')[0], argv.join(' ')).toBe(`mlops: ${message}`);
    }
  });

  it('suggests the closest command, subcommand and top-level flag', async () => {
    const p: Program = { name: 'mlops', version: '0', summary: '', commands: [validateCommand, profileMergeCommand] };
    const cases: Array<[string[], string]> = [
      [['valdiate'], 'unknown command "valdiate" (did you mean "validate"?)'],
      [['profile', 'merg'], 'unknown command "profile merg" (did you mean "profile merge"?)'],
      [['--verison'], 'unknown option --verison (did you mean --version?)'],
      [['frobnicate'], 'unknown command "frobnicate"'],
    ];
    for (const [argv, message] of cases) {
      const r = io();
      expect(await runCli(argv, p, r.io), argv.join(' ')).toBe(2);
      expect(r.captured.stderr.split('\n')[0], argv.join(' ')).toBe(`mlops: ${message}`);
    }
  });

  it('requires --data for validate and --out for profile merge', async () => {
    const p: Program = { name: 'mlops', version: '0', summary: '', commands: [validateCommand, profileMergeCommand] };
    const a = io();
    expect(await runCli(['validate'], p, a.io)).toBe(2);
    expect(a.captured.stderr).toContain('missing required option --data');
    const b = io();
    expect(await runCli(['profile', 'merge', 'a.json', 'b.json'], p, b.io)).toBe(2);
    expect(b.captured.stderr).toContain('missing required option --out');
  });

  it('rejects a bad --format choice', async () => {
    const p: Program = { name: 'mlops', version: '0', summary: '', commands: [validateCommand] };
    const r = io();
    expect(await runCli(['validate', '--data', 'x.csv', '--format', 'xml'], p, r.io)).toBe(2);
    expect(r.captured.stderr).toContain('--format must be one of text, json (got "xml")');
  });

  it('rejects positionals where a command takes none', () => {
    expect(() => parseCommandArgs(['stray'], { data: { type: 'string' } }, 'usage')).toThrow(/Unexpected argument 'stray'/);
  });

  it('reads delimiters as people type them', () => {
    expect(parseDelimiter('tab')).toBe('\t');
    expect(parseDelimiter('\\t')).toBe('\t');
    expect(parseDelimiter(';')).toBe(';');
    expect(parseDelimiter(undefined)).toBeUndefined();
    expect(() => parseDelimiter(';;')).toThrow(/single character/);
  });
});
