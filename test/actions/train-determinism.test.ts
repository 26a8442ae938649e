/**
 * The train action's `check-determinism` input, through the dist bundle as the runner runs it: a
 * deterministic command passes with the verdict in the run record and the job summary; one that
 * writes a random number fails the step (exit 1) naming the file, and nothing is cached.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRecordSchema } from '../../shared/formats/run-format.js';
import { repoRoot, runAction } from '../support/run-action.js';

const TRAIN = `
import { mkdirSync, writeFileSync } from 'node:fs';
console.log('training seed=' + process.env.MLOPS_SEED);
mkdirSync('model', { recursive: true });
writeFileSync('model/weights.txt', 'seed ' + process.env.MLOPS_SEED + '\\n');
if (process.env.NOISE) writeFileSync('model/noise.txt', String(Math.random()));
`;

const inputs = (extra: Record<string, string> = {}) => ({
  model: 'demo',
  command: JSON.stringify([process.execPath, 'train.mjs']),
  seed: '5',
  inputs: 'train.mjs',
  outputs: 'model/',
  cache: 'local',
  'check-determinism': 'true',
  ...extra,
});

describe('train action: check-determinism (dist bundle)', () => {
  beforeAll(() => {
    if (!existsSync(join(repoRoot, 'actions/train/dist/index.js'))) throw new Error('actions/train/dist/index.js is missing: run npm run build');
  });

  it('runs the command twice and records byte-identical outputs', async () => {
    const run = await runAction('train', { files: { 'train.mjs': TRAIN }, inputs: inputs() });
    expect(run.exitCode).toBe(0);
    expect(run.stdout.match(/training seed=5/g)).toHaveLength(2);
    const record = runRecordSchema.parse(JSON.parse(readFileSync(join(run.workspace, 'mlops-out/run.json'), 'utf8')));
    expect(record).toMatchObject({ status: 'succeeded', cache: 'miss', determinism: { runs: 2, identical: true, differing: [] } });
    expect(run.summary).toContain('| determinism | ✅ 2 runs, byte-identical outputs |');
  });

  it('fails naming the file that differs, and caches nothing', async () => {
    const run = await runAction('train', { files: { 'train.mjs': TRAIN }, inputs: inputs(), env: { NOISE: '1' } });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors[0]?.message).toContain('check-determinism: two runs of the same command wrote different outputs (model/noise.txt)');
    const record = JSON.parse(readFileSync(join(run.workspace, 'mlops-out/run.json'), 'utf8'));
    expect(record).toMatchObject({ status: 'failed', determinism: { runs: 2, identical: false, differing: ['model/noise.txt'] } });
    expect(existsSync(join(run.workspace, 'mlops-out/determinism-first-run/model/noise.txt'))).toBe(true);
    expect(existsSync(join(run.workspace, '.mlops/cache')) ? readdirSync(join(run.workspace, '.mlops/cache')).filter((f) => !f.startsWith('.')) : []).toEqual([]);
  });

  it('refuses a value other than true or false', async () => {
    const run = await runAction('train', { files: { 'train.mjs': TRAIN }, inputs: inputs({ 'check-determinism': 'yes' }) });
    expect(run.exitCode).toBe(2);
    expect(run.annotations[0]?.message).toContain('check-determinism');
  });
});
