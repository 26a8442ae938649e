/**
 * `mlops help` lists every exit code the CLI uses. The codes are found in the source, not copied:
 * each `EXIT_* = N` constant under shared/ must have its line, so a new code cannot ship unlisted.
 * The signal codes are checked against a real Node process killed by each signal.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MLOPS_EXIT_CODES } from '../../shared/cli/exit-codes.js';
import { runCli, type CliIo, type Program } from '../../shared/runtime/cli.js';

const SHARED = join(__dirname, '../../shared');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

async function help(argv: string[]): Promise<{ code: number; stdout: string }> {
  let stdout = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: () => {}, env: {} };
  const program: Program = { name: 'mlops', version: '0', summary: '', commands: [], exitCodes: MLOPS_EXIT_CODES };
  return { code: await runCli(argv, program, io), stdout };
}

/** The exit status a shell reports for a Node process ended by `signal` (128 + its number). */
function shellStatusAfter(signal: 'SIGINT' | 'SIGTERM'): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn('/bin/sh', ['-c', `${JSON.stringify(process.execPath)} -e "setTimeout(() => {}, 30000)" & pid=$!; sleep 0.3; kill -${signal.slice(3)} $pid; wait $pid; exit $?`]);
    child.once('error', reject);
    child.once('close', (code) => resolve(code ?? -1));
  });
}

describe('mlops help: exit codes', () => {
  it('lists every EXIT_* constant of shared/ with one line each, for help and --help alike', async () => {
    const constants = new Map<string, number>();
    for (const file of sourceFiles(SHARED)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/export const (EXIT_[A-Z_]+) = (\d+);/g)) constants.set(m[1]!, Number(m[2]));
    }
    expect([...constants.keys()].sort()).toEqual(expect.arrayContaining(['EXIT_BAD_INPUT', 'EXIT_CHECK_FAILED', 'EXIT_FORGE_FAILED', 'EXIT_INTERNAL', 'EXIT_OK']));
    for (const argv of [['help'], ['--help']]) {
      const { code, stdout } = await help(argv);
      expect(code).toBe(0);
      const section = stdout.slice(stdout.indexOf('Exit codes:\n'));
      const listed = section.split('\n').slice(1).filter((l) => /^ {2}\d/.test(l));
      for (const [name, value] of constants) expect(listed.filter((l) => l.trim().split(/\s{2,}/)[0]!.split(', ').includes(String(value))), name).toHaveLength(1);
      expect(listed.map((l) => l.trim().split(/\s{2,}/)[0])).toEqual(['0', '1', '2', '3', '70', '130, 143, 129']);
      for (const l of listed) expect(l.trim().split(/\s{2,}/)[1], l).toMatch(/^\S/);
    }
  });

  it('says 130 and 143 because a shell reports exactly that for Node ended by SIGINT or SIGTERM', async () => {
    expect(await shellStatusAfter('SIGINT')).toBe(130);
    expect(await shellStatusAfter('SIGTERM')).toBe(143);
  });
});
