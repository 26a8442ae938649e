/**
 * `mlops drift`'s face on column alarms, in process (the command's run() with captured streams):
 * one stderr line per alarm whatever the format, ALARM in the table, exit 0 while the share rule
 * decides and 1 with --fail-on column. Real data: New York 2015 as the reference, Seattle 2015 as
 * production (KS and chi-square), with mlops.yaml's share at 0.9 so that 4 of 5 drifted columns
 * are no dataset drift.
 */
import { writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { driftCommand } from '../../shared/cli/commands/drift.js';
import { CommandUsageError } from '../../shared/runtime/cli.js';
import { repoRoot } from '../support/run-action.js';

const DATA = join(repoRoot, 'examples/weather/data');
let dir: string;
let config: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlops-drift-cli-'));
  config = join(dir, 'mlops.yaml');
  writeFileSync(config, ['version: 1', 'drift:', '  models:', '    weather:', '      columns: { date: { ignore: true } }', '      share: 0.9', ''].join('\n'));
});

async function mlopsDrift(...extra: string[]) {
  let stdout = '';
  let stderr = '';
  const io = { stdout: (t: string) => void (stdout += t), stderr: (t: string) => void (stderr += t), env: {} };
  const args = ['--config', config, '--reference', join(DATA, 'new-york-2015.csv'), '--current', join(DATA, 'seattle-2015.csv'), '--out', join(dir, 'drift.json'), ...extra];
  const code = await driftCommand.run(args, io);
  return { code, stdout, stderr };
}

const alarmLines = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('warning: column alarm: '));

describe('mlops drift with column alarms', () => {
  it('warns on stderr and exits 0 while the share rule says ok', async () => {
    const r = await mlopsDrift();
    expect(r.code).toBe(0);
    expect(alarmLines(r.stderr)).toEqual([
      'warning: column alarm: wind: KS p-value 2.13e-34 (threshold 0.05; statistic 0.455): below the alarm floor 1e-6',
      'warning: column alarm: weather: chi-square p-value 3.22e-15 (threshold 0.05; statistic 74): below the alarm floor 1e-6',
      'warning: column alarm: temp_min: KS p-value 8.13e-11 (threshold 0.05; statistic 0.255): below the alarm floor 1e-6',
    ]);
    const table = r.stdout.split('\n');
    expect(table.find((l) => l.startsWith('wind '))).toMatch(/ALARM$/);
    expect(table.find((l) => l.startsWith('temp_max '))).toMatch(/DRIFT$/);
    expect(r.stdout).toMatch(/^ok: column alarm: 3 columns far past their thresholds/m);
  });

  it('exits 1 with --fail-on column, and keeps stdout a JSON document with --format json', async () => {
    const r = await mlopsDrift('--fail-on', 'column', '--format', 'json');
    expect(r.code).toBe(1);
    expect(alarmLines(r.stderr)).toHaveLength(3);
    expect(JSON.parse(r.stdout).report).toMatchObject({ decision: 'drift', data: { fail_on: 'column', dataset_drift: false } });
  });

  it('refuses an unknown --fail-on value, naming the choices', async () => {
    await expect(mlopsDrift('--fail-on', 'columns')).rejects.toThrow(CommandUsageError);
    await expect(mlopsDrift('--fail-on', 'columns')).rejects.toThrow(/--fail-on must be one of dataset, column/);
  });
});
