/**
 * Sharded validate-data as a workflow runs it: a matrix of bundle runs with `shard: i/n`, each in
 * its own workspace (a job of its own), their output folders side by side in the fan-in's
 * workspace (as download-artifact puts them), and the fan-in with `profiles:`. Its report must be
 * the one a single job writes for the same data, and its annotations the same.
 *
 * MLOPS_ACTION_BUNDLE_FROM_SOURCE=1 runs actions/validate-data/src/index.ts through tsx instead of the
 * committed bundle (for working on the sources before the bundle is rebuilt).
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runAction, type ActionRun } from '../support/run-action.js';

const weather = readFileSync(join(repoRoot, 'examples/weather/data/seattle-2012-2014.csv'), 'utf8');
const contract = `version: 1
table:
  rows: { min: 300 }
columns:
  date: { type: date, unique: true, max: "2013-06-30" }
  precipitation: { type: number, min: 0, max: { value: 30, severity: warn } }
  temp_max: { type: number }
  temp_min: { type: number }
  wind: { type: number, max: 8 }
  weather: { type: category, allowed: [drizzle, rain, sun, snow, fog] }
`;
const files = { 'data/weather.csv': weather, 'contracts/weather.yaml': contract };

let bundle: string | undefined;
beforeAll(async () => {
  if (process.env.MLOPS_ACTION_BUNDLE_FROM_SOURCE === '1') {
    const dir = await mkdtemp(join(tmpdir(), 'validate-data-src-'));
    bundle = join(dir, 'main.mjs');
    const tsx = join(repoRoot, 'node_modules/tsx/dist/esm/api/index.mjs');
    writeFileSync(bundle, `const { register } = await import(${JSON.stringify(tsx)});\nregister();\nawait import(${JSON.stringify(join(repoRoot, 'actions/validate-data/src/index.ts'))});\n`);
  } else if (!existsSync(join(repoRoot, 'actions/validate-data/dist/index.js'))) {
    throw new Error('actions/validate-data/dist/index.js is missing: run npm run build');
  }
});

const run = (inputs: Record<string, string>, options: { files?: Record<string, string | Uint8Array>; workspace?: string } = {}) =>
  runAction('validate-data', { files: options.files ?? files, workspace: options.workspace, inputs, bundle });

describe('validate-data sharded across jobs (bundle, as the runner runs it)', () => {
  it('gives the one-job report, outputs and annotations from 3 shard jobs and a fan-in', async () => {
    const one = await run({ data: 'data/weather.csv', contract: 'contracts/weather.yaml' });
    expect(one.exitCode).toBe(1);

    // The matrix: each job writes its profile (and the unique keys) into its own folder.
    const downloaded: Record<string, string | Uint8Array> = { 'contracts/weather.yaml': contract };
    for (const i of [1, 2, 3]) {
      const job = await run({ data: 'data/weather.csv', contract: 'contracts/weather.yaml', shard: `${i}/3`, 'profile-out': `mlops-out/shard-${i}/profile.json` });
      expect(job.stderr).toBe('');
      expect(job.exitCode).toBe(0);
      expect(job.outputs['profile-path']).toBe(`mlops-out/shard-${i}/profile.json`);
      expect(job.outputs.passed).toBeUndefined();
      expect(job.annotations).toEqual([]);
      expect(job.summary).toContain(`shard ${i}/3`);
      expect(existsSync(join(job.workspace, 'mlops-out/validation.json'))).toBe(false);
      // What actions/upload-artifact + download-artifact (pattern, merge-multiple: false) give the fan-in.
      const folder = join(job.workspace, `mlops-out/shard-${i}`);
      for (const f of readdirSync(folder)) downloaded[`shards/shard-${i}/${f}`] = readFileSync(join(folder, f));
    }
    const fanIn: ActionRun = await run({ profiles: 'shards/*/profile.json', contract: 'contracts/weather.yaml' }, { files: downloaded });
    expect(fanIn.stderr).toBe('');
    expect(fanIn.exitCode).toBe(1);
    const report = (r: ActionRun) => JSON.parse(readFileSync(join(r.workspace, 'mlops-out/validation.json'), 'utf8'));
    expect(report(fanIn)).toEqual(report(one));
    expect(fanIn.outputs).toEqual(one.outputs);
    expect(fanIn.annotations).toEqual(one.annotations);
    // The failures of the second half of the file, at their lines in data/weather.csv.
    expect(fanIn.annotations.find((a) => a.title === 'max' && a.message.includes('"date"'))).toMatchObject({ level: 'error', file: 'data/weather.csv' });
  }, 60_000);

  it('fails the fan-in with one message when a shard is missing', async () => {
    const job = await run({ data: 'data/weather.csv', shard: '1/2', 'profile-out': 'out/p1.json' });
    const p1 = readFileSync(join(job.workspace, 'out/p1.json'));
    const fanIn = await run({ profiles: 'p*.json' }, { files: { 'p1.json': p1 } });
    expect(fanIn.exitCode).toBe(2);
    expect(fanIn.annotations.map((a) => a.message)).toEqual([expect.stringMatching(/shards 2 of 2 are missing/)]);
  }, 30_000);

  it('tells a fan-in given a plain profile to set shard: on the jobs (the input, not the CLI flag)', async () => {
    const job = await run({ data: 'data/weather.csv', 'profile-out': 'plain.json' });
    expect(job.exitCode).toBe(0);
    const fanIn = await run({ profiles: 'plain.json' }, { workspace: job.workspace });
    expect(fanIn.exitCode).toBe(2);
    expect(fanIn.annotations.map((a) => a.message)).toEqual([
      'plain.json: is a profile without a shard section: it was not written by a shard job (write the profiles with shard: i/n; to only combine plain profiles, use mlops profile merge)',
    ]);
  }, 30_000);

  it('refuses profiles together with data, and a bad shard', async () => {
    const both = await run({ data: 'data/weather.csv', profiles: 'x.json' });
    expect(both.exitCode).toBe(2);
    const bad = await run({ data: 'data/weather.csv', shard: '4/3' });
    expect(bad.exitCode).toBe(2);
    expect(bad.annotations[0]?.message).toMatch(/shard must be i\/n/);
  }, 30_000);
});
