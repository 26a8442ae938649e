/**
 * `mlops validate --shard i/n` and `mlops validate --profiles …`, in-process: the same report as
 * `mlops validate --data` on the whole file, and the usage errors that keep the two modes apart.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateCommand } from '../../shared/cli/commands/validate.js';
import { runCli, type CliIo, type Program } from '../../shared/runtime/cli.js';

const program: Program = { name: 'mlops', version: '0', summary: '', commands: [validateCommand] };
const data = 'examples/weather/data/seattle-2012-2014.csv';
const contract = 'examples/weather/contract.yaml';

function io() {
  const captured = { stdout: '', stderr: '' };
  const cli: CliIo = { stdout: (t) => void (captured.stdout += t), stderr: (t) => void (captured.stderr += t), env: {} };
  return { io: cli, captured };
}

describe('mlops validate in shards', () => {
  it('writes each shard profile and merges them into the one-job report', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cli-shards-'));
    for (const i of [1, 2, 3, 4]) {
      const r = io();
      expect(await runCli(['validate', '--data', data, '--contract', contract, '--shard', `${i}/4`, '--profile-out', join(dir, `s${i}`, 'profile.json')], program, r.io), r.captured.stderr).toBe(0);
      expect(r.captured.stdout).toMatch(new RegExp(`^shard ${i}/4 of ${data}: bytes \\d+–\\d+, \\d+ rows, checked against the contract\\n`));
      expect(r.captured.stdout).toContain('wrote unique keys:');
    }
    const one = io();
    expect(await runCli(['validate', '--data', data, '--contract', contract, '--report-out', join(dir, 'one.json')], program, one.io)).toBe(0);
    // The shell expands the glob: the first file follows --profiles, the rest are arguments.
    const shells = readdirSync(dir).filter((d) => d.startsWith('s')).map((d) => join(dir, d, 'profile.json'));
    const fan = io();
    expect(await runCli(['validate', '--contract', contract, '--report-out', join(dir, 'merged.json'), '--profiles', ...shells], program, fan.io), fan.captured.stderr).toBe(0);
    expect(fan.captured.stdout).toMatch(/^merged 4 shard profiles \(4 shards of examples\/weather\/data\/seattle-2012-2014\.csv\)\npassed: examples\/weather\/data\/seattle-2012-2014\.csv: 0 errors, 0 warnings, 1096 rows\n/);
    expect(JSON.parse(readFileSync(join(dir, 'merged.json'), 'utf8'))).toEqual(JSON.parse(readFileSync(join(dir, 'one.json'), 'utf8')));
    // Or quoted, as a glob.
    const glob = io();
    expect(await runCli(['validate', '--contract', contract, '--profiles', join(dir, 's*/profile.json'), '--format', 'json'], program, glob.io)).toBe(0);
    expect(JSON.parse(glob.captured.stdout)).toEqual(JSON.parse(readFileSync(join(dir, 'one.json'), 'utf8')));
  });

  it.each([
    [['validate', '--data', data, '--shard', '1/2'], 'missing required option --profile-out'],
    [['validate', '--data', data, '--shard', '1/2', '--profile-out', 'x.json', '--report-out', 'r.json'], '--report-out does not go with --shard'],
    [['validate', '--data', data, '--shard', '3/2', '--profile-out', 'x.json'], 'shard must be i/n'],
    [['validate', '--profiles', 'a.json', '--data', data], '--data does not go with --profiles'],
    [['validate', '--data', data, 'stray.json'], 'unexpected argument "stray.json"'],
  ])('%j is a usage error', async (argv, message) => {
    const r = io();
    expect(await runCli(argv, program, r.io)).toBe(2);
    expect(r.captured.stderr).toContain(message);
  });
});
