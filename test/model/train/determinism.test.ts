/**
 * `checkDeterminism`: the command runs twice, the first run's outputs moved aside in between, and
 * the run fails naming the files unless every declared output is byte-identical. Real child
 * processes (`node` running small scripts), the local run cache.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalRunCache } from '../../../shared/local/local-run-cache.js';
import { runRecordSchema } from '../../../shared/formats/run-format.js';
import { renderTrainSummary } from '../../../shared/report/train-summary.js';
import { TrainingFailedError } from '../../../shared/model/train/train-errors.js';
import { differingOutputs, FIRST_RUN_DIR, train, type TrainOptions, type TrainPorts } from '../../../shared/steps/train.js';

/**
 * Writes out/model.txt from the seed, and out/noise.txt: fixed unless NOISE is set, then random.
 * Counts its runs in runs.txt and records whether out/model.txt existed when it started.
 */
const SCRIPT = `
import { appendFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
appendFileSync('runs.txt', existsSync('out/model.txt') ? 'stale ' : 'fresh ');
console.log('training');
mkdirSync('out', { recursive: true });
writeFileSync('out/model.txt', 'weights for seed ' + process.env.MLOPS_SEED + '\\n');
writeFileSync('out/noise.txt', process.env.NOISE ? String(Math.random()) : 'quiet\\n');
if (process.env.EXTRA && !existsSync('marker')) { writeFileSync('marker', ''); writeFileSync('out/extra.txt', 'only once'); }
`;

async function project(): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'train-determinism-'));
  await writeFile(join(cwd, 'train.mjs'), SCRIPT);
  return cwd;
}

function ports(extra: Partial<TrainPorts> = {}) {
  const seen = { info: [] as string[], warn: [] as string[], stdout: '' };
  const p: TrainPorts = {
    log: { info: (m) => seen.info.push(m), warn: (m) => seen.warn.push(m) },
    stdout: (c) => void (seen.stdout += c.toString()),
    stderr: () => undefined,
    environment: async () => ({ platform: 'linux', arch: 'x64', node: 'v20.0.0', python: null, image: null, lockfiles: [] }),
    gitCommit: async () => null,
    ...extra,
  };
  return { ports: p, seen };
}

const options = (cwd: string, env: Record<string, string> = {}): TrainOptions => ({
  model: 'det',
  cwd,
  command: { argv: [process.execPath, 'train.mjs'] },
  seed: 3,
  inputs: ['train.mjs'],
  outputs: ['out/'],
  env: { ...process.env, NOISE: '', EXTRA: '', ...env },
  checkDeterminism: true,
});

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

describe('train with checkDeterminism', () => {
  it('runs the command twice from the same state and records identical outputs', async () => {
    const cwd = await project();
    const { ports: p, seen } = ports();
    const result = await train(options(cwd), p);
    // The second run started without the first run's outputs, as the first did.
    expect(await readFile(join(cwd, 'runs.txt'), 'utf8')).toBe('fresh fresh ');
    expect(result.record.determinism).toEqual({ runs: 2, identical: true, differing: [] });
    expect(result.record.status).toBe('succeeded');
    const record = runRecordSchema.parse(await readJson(result.runPath));
    expect(record.determinism).toEqual({ runs: 2, identical: true, differing: [] });
    expect(record.outputs.map((f) => f.path)).toEqual(['out/model.txt', 'out/noise.txt']);
    const log = await readFile(result.logPath, 'utf8');
    expect(log.match(/training/g)).toHaveLength(2); // both runs' output, the second appended
    expect(log).toContain('both runs wrote byte-identical outputs (2 file(s))');
    expect(seen.info.join('\n')).toContain('runs a second time');
    expect(renderTrainSummary(record)).toContain('| determinism | ✅ 2 runs, byte-identical outputs |');
    // Nothing left behind: no scratch folder, no first-run folder.
    expect(existsSync(join(cwd, 'mlops-out', FIRST_RUN_DIR))).toBe(false);
    expect((await readdir(join(cwd, 'mlops-out'))).sort()).toEqual(['run.json', 'train.log']);
  });

  it('fails naming the differing file, keeps the first run\'s copy, writes the verdict and caches nothing', async () => {
    const cwd = await project();
    const cacheDir = await mkdtemp(join(tmpdir(), 'train-determinism-cache-'));
    const { ports: p } = ports({ cache: new LocalRunCache(cacheDir, { info: () => undefined, warn: () => undefined }) });
    const error = await train(options(cwd, { NOISE: '1' }), p).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrainingFailedError);
    expect((error as Error).message).toContain('two runs of the same command wrote different outputs (out/noise.txt)');
    expect((error as Error).message).toContain(`mlops-out/${FIRST_RUN_DIR}/`);
    const record = runRecordSchema.parse(await readJson(join(cwd, 'mlops-out/run.json')));
    expect(record).toMatchObject({ status: 'failed', cache: 'miss', determinism: { runs: 2, identical: false, differing: ['out/noise.txt'] } });
    expect(renderTrainSummary(record)).toContain('| determinism | ❌ outputs differ between 2 runs: out/noise.txt |');
    // The second run's files are in place, the first run's beside the record, and they differ.
    const first = await readFile(join(cwd, 'mlops-out', FIRST_RUN_DIR, 'out/noise.txt'), 'utf8');
    expect(first).not.toBe(await readFile(join(cwd, 'out/noise.txt'), 'utf8'));
    const log = await readFile(join(cwd, 'mlops-out/train.log'), 'utf8');
    expect(log).toMatch(/out\/noise\.txt: first run sha256 [0-9a-f]{64} \(\d+ bytes\), second run sha256 [0-9a-f]{64}/);
    // Nothing cached: a run without noise misses.
    const again = await train(options(cwd), p);
    expect(again.cacheHit).toBe(false);
    expect(existsSync(join(cwd, 'mlops-out', FIRST_RUN_DIR))).toBe(false); // removed once a check passes
    expect(again.record.outputs.map((f) => f.path)).toEqual(['out/model.txt', 'out/noise.txt']);
  });

  it('counts a file only one run wrote as differing', async () => {
    const cwd = await project();
    const error = await train(options(cwd, { EXTRA: '1' }), ports().ports).catch((e: unknown) => e);
    expect((error as Error).message).toContain('(out/extra.txt)');
    expect((await readJson(join(cwd, 'mlops-out/run.json'))).determinism.differing).toEqual(['out/extra.txt']);
    expect(await readFile(join(cwd, 'mlops-out/train.log'), 'utf8')).toContain('out/extra.txt: first run sha256');
    expect(await readFile(join(cwd, 'mlops-out/train.log'), 'utf8')).toContain('second run not written');
  });

  it('a cache hit runs nothing; the checked original says so, an unchecked one gets a warning', async () => {
    const cwd = await project();
    const cacheDir = await mkdtemp(join(tmpdir(), 'train-determinism-cache-'));
    const cache = new LocalRunCache(cacheDir, { info: () => undefined, warn: () => undefined });
    await train(options(cwd), ports({ cache }).ports);
    const { ports: p, seen } = ports({ cache });
    const hit = await train(options(cwd), p);
    expect(hit.cacheHit).toBe(true);
    expect(hit.record.determinism).toBeUndefined();
    expect(hit.record.original?.determinism).toEqual({ runs: 2, identical: true, differing: [] });
    expect(seen.warn).toEqual([]);
    expect(renderTrainSummary(hit.record)).toContain('| determinism | ✅ 2 runs, byte-identical outputs (of the original run) |');

    const other = await project();
    await train({ ...options(other), checkDeterminism: false, model: 'unchecked' }, ports({ cache }).ports);
    const second = ports({ cache });
    const unchecked = await train({ ...options(other), model: 'unchecked' }, second.ports);
    expect(unchecked.cacheHit).toBe(true);
    expect(unchecked.record.original?.determinism).toBeUndefined();
    expect(second.seen.warn.join('\n')).toContain('was not checked for determinism');
  });

  it('a second run that fails fails the step and says which run it was', async () => {
    const cwd = await project();
    await writeFile(join(cwd, 'train.mjs'), `import { existsSync, mkdirSync, writeFileSync } from 'node:fs';\nif (existsSync('once')) process.exit(3);\nwriteFileSync('once', '');\nmkdirSync('out', { recursive: true });\nwriteFileSync('out/model.txt', 'w');\n`);
    const error = await train(options(cwd), ports().ports).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrainingFailedError);
    expect((error as Error).message).toContain('training command (second run of check-determinism) exited with code 3');
    expect((await readJson(join(cwd, 'mlops-out/run.json'))).status).toBe('failed');
  });

  it('differingOutputs compares digests by path', () => {
    const f = (path: string, sha: string) => ({ path, sha256: sha.repeat(64), bytes: 1 });
    expect(differingOutputs([f('a', '1'), f('b', '2')], [f('a', '1'), f('b', '3'), f('c', '4')])).toEqual(['b', 'c']);
    expect(differingOutputs([], [])).toEqual([]);
  });
});
