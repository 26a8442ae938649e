/**
 * The CLI face names options as flags: the errors shared code throws for evaluate and validate
 * (whose action face names the same options as inputs: test/actions/evaluate.test.ts,
 * test/actions/validate-data-shards.test.ts, test/actions/local-action.test.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateCommand } from '../../shared/cli/commands/evaluate.js';
import { validateCommand } from '../../shared/cli/commands/validate.js';
import { runCli, type CliIo, type Program } from '../../shared/runtime/cli.js';

const program: Program = { name: 'mlops', version: '0', summary: '', commands: [evaluateCommand, validateCommand] };

async function mlops(argv: string[]): Promise<{ code: number; stderr: string }> {
  let stderr = '';
  const io: CliIo = { stdout: () => {}, stderr: (t) => void (stderr += t), env: {} };
  const code = await runCli(argv, program, io);
  return { code, stderr };
}

describe('option names in CLI errors', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-option-names-'));
  const predictions = join(dir, 'p.csv');
  writeFileSync(predictions, 'rain,p_rain\n1,0.8\n0,0.1\n');
  const out = join(dir, 'evaluation.json');

  it('evaluate: a score column the file lacks is named as --score', async () => {
    const r = await mlops(['evaluate', '--predictions', predictions, '--task', 'binary', '--label', 'rain', '--score', 'p_sun', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`mlops: ${predictions}:1: column "p_sun" (--score) not found; the file has columns: rain, p_rain (pass --score with one of them)\n`);
  });

  it('evaluate: neither a prediction nor a score column', async () => {
    const r = await mlops(['evaluate', '--predictions', predictions, '--task', 'binary', '--label', 'rain', '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('mlops: give --prediction COL and/or --score COL\n');
  });

  it('validate: the fan-in given a plain profile says to write shards with --shard i/n', async () => {
    const plain = join(dir, 'plain.json');
    expect((await mlops(['validate', '--data', 'examples/weather/data/seattle-2015.csv', '--profile-out', plain])).code).toBe(0);
    const r = await mlops(['validate', '--profiles', plain]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('is a profile without a shard section: it was not written by a shard job (write the profiles with --shard i/n; to only combine plain profiles, use mlops profile merge)');
  });
});
