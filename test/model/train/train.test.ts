/**
 * The train operation end to end with real child processes: `node` (process.execPath) running a
 * small training script, plus one bash script. No shell is involved unless one is named.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LocalRunCache } from '../../../shared/local/local-run-cache.js';
import { runRecordSchema, type RunRecord } from '../../../shared/formats/run-format.js';
import { TrainingFailedError } from '../../../shared/model/train/train-errors.js';
import { train, type TrainOptions, type TrainPorts } from '../../../shared/steps/train.js';
import { UsageError } from '../../../shared/runtime/errors.js';

/** Writes model/model.json from the params and seed, and counts its runs in runs.txt (not an output). */
const TRAIN_SCRIPT = `
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
const params = JSON.parse(readFileSync(process.env.MLOPS_PARAMS_FILE, 'utf8'));
appendFileSync('runs.txt', 'x');
console.log('epoch 1 loss 0.5');
console.error('warning: tiny dataset');
mkdirSync('model', { recursive: true });
const rows = readFileSync('data/train.csv', 'utf8').trim().split('\\n').length - 1;
writeFileSync('model/model.json', JSON.stringify({ params, seed: Number(process.env.MLOPS_SEED), model: process.env.MLOPS_MODEL, rows, argv: process.argv.slice(2), token: process.env.ACTIONS_RUNTIME_TOKEN ?? null, paramsFile: process.env.MLOPS_PARAMS_FILE }));
writeFileSync('metrics.json', JSON.stringify({ rmse: 1.5 }));
`;

async function project(): Promise<string> {
  const cwd = await mkdtemp(join(tmpdir(), 'train-op-'));
  await mkdir(join(cwd, 'data'));
  await writeFile(join(cwd, 'data/train.csv'), 'x,y\n1,2\n3,4\n');
  await writeFile(join(cwd, 'train.mjs'), TRAIN_SCRIPT);
  await writeFile(join(cwd, 'params.yaml'), 'lr: 0.1\noptimizer:\n  name: sgd\n  momentum: 0.9\n');
  return cwd;
}

function ports(extra: Partial<TrainPorts> = {}) {
  const seen = { stdout: '', stderr: '', info: [] as string[], warn: [] as string[] };
  const p: TrainPorts = {
    log: { info: (m) => seen.info.push(m), warn: (m) => seen.warn.push(m) },
    stdout: (c) => void (seen.stdout += c.toString()),
    stderr: (c) => void (seen.stderr += c.toString()),
    // A fixed fingerprint keeps these tests independent of the machine's python/node.
    environment: async () => ({ platform: 'linux', arch: 'x64', node: 'v20.0.0', python: null, image: null, lockfiles: [] }),
    gitCommit: async () => 'a'.repeat(40),
    ...extra,
  };
  return { ports: p, seen };
}

const base = (cwd: string): TrainOptions => ({
  model: 'demo',
  cwd,
  command: { argv: [process.execPath, 'train.mjs', '--epochs', '3'] },
  paramsFile: 'params.yaml',
  params: { optimizer: { name: 'adam' } },
  seed: 7,
  inputs: ['data/*.csv', 'train.mjs', 'params.yaml'],
  outputs: ['model/', 'metrics.json'],
  env: { ...process.env, ACTIONS_RUNTIME_TOKEN: 'secret-cache-token', INPUT_MODEL: 'demo' },
});

const readJson = async (path: string) => JSON.parse(await readFile(path, 'utf8'));

describe('train', () => {
  it('runs the command with merged params in MLOPS_PARAMS_FILE and the seed, streams and logs its output, and writes a run record', async () => {
    const cwd = await project();
    const { ports: p, seen } = ports();
    const result = await train(base(cwd), p);
    const model = await readJson(join(cwd, 'model/model.json'));
    const { paramsFile, ...rest } = model;
    expect(rest).toEqual({
      params: { lr: 0.1, optimizer: { name: 'adam', momentum: 0.9 } },
      seed: 7,
      model: 'demo',
      rows: 2,
      argv: ['--epochs', '3'],
      token: null,
    });
    expect(seen.stdout).toBe('epoch 1 loss 0.5\n');
    expect(seen.stderr).toBe('warning: tiny dataset\n');
    const log = await readFile(join(cwd, 'mlops-out/train.log'), 'utf8');
    expect(log).toContain('epoch 1 loss 0.5\n');
    expect(log).toContain('warning: tiny dataset\n');

    const record = runRecordSchema.parse(await readJson(join(cwd, 'mlops-out/run.json')));
    expect(record).toEqual(result.record);
    expect(record).toMatchObject({ schema: 'mlops-actions/run@1', status: 'succeeded', cache: 'off', exit_code: 0, seed: 7, git: { commit: 'a'.repeat(40) }, log: 'mlops-out/train.log' });
    expect(record.inputs.map((f) => f.path)).toEqual(['data/train.csv', 'params.yaml', 'train.mjs']);
    expect(record.outputs.map((f) => f.path)).toEqual(['metrics.json', 'model/model.json']);
    const metrics = await readFile(join(cwd, 'metrics.json'));
    const { createHash } = await import('node:crypto');
    expect(record.outputs[0]).toEqual({ path: 'metrics.json', sha256: createHash('sha256').update(metrics).digest('hex'), bytes: metrics.length });
    expect(Date.parse(record.ended_at)).toBeGreaterThanOrEqual(Date.parse(record.started_at));
    // The params file was a JSON file outside the workspace, removed after the run.
    expect(paramsFile).toMatch(/params\.json$/);
    expect(paramsFile.startsWith(cwd)).toBe(false);
    expect(existsSync(paramsFile)).toBe(false);
  });

  it('restores the outputs from the local cache and skips the command on the second run', async () => {
    const cwd = await project();
    const cache = new LocalRunCache(join(cwd, '.mlops/cache'));
    const first = await train(base(cwd), ports({ cache }).ports);
    expect(first).toMatchObject({ cacheHit: false, saved: 'saved' });
    const modelBytes = await readFile(join(cwd, 'model/model.json'));
    await writeFile(join(cwd, 'model/model.json'), 'overwritten by hand');

    const second = await train(base(cwd), ports({ cache }).ports);
    expect(second.cacheHit).toBe(true);
    expect(second.cacheKey).toBe(first.cacheKey);
    expect(await readFile(join(cwd, 'runs.txt'), 'utf8')).toBe('x');
    expect(await readFile(join(cwd, 'model/model.json'))).toEqual(modelBytes);
    const record = runRecordSchema.parse(await readJson(join(cwd, 'mlops-out/run.json')));
    expect(record).toMatchObject({ cache: 'hit', status: 'succeeded', exit_code: null, outputs: first.record.outputs });
    expect(record.original).toEqual(first.record);
    expect(await readFile(join(cwd, 'mlops-out/train.log'), 'utf8')).toMatch(/^run cache hit .*\n.*the command did not run/);

    // A changed input is a different run.
    await writeFile(join(cwd, 'data/train.csv'), 'x,y\n1,2\n3,4\n5,6\n');
    const third = await train(base(cwd), ports({ cache }).ports);
    expect(third.cacheHit).toBe(false);
    expect((await readJson(join(cwd, 'model/model.json'))).rows).toBe(3);
  });

  it('reruns when the environment changes, unlike DVC', async () => {
    const cwd = await project();
    const cache = new LocalRunCache(join(cwd, '.mlops/cache'));
    await train(base(cwd), ports({ cache }).ports);
    const newerPython = ports({ cache, environment: async () => ({ platform: 'linux', arch: 'x64', node: 'v20.0.0', python: '3.13.0', image: null, lockfiles: [] }) });
    expect((await train(base(cwd), newerPython.ports)).cacheHit).toBe(false);
    expect(await readFile(join(cwd, 'runs.txt'), 'utf8')).toBe('xx');
  });

  it('fails with the exit code and the last 20 log lines, writes a failed record and caches nothing', async () => {
    const cwd = await project();
    const cache = new LocalRunCache(join(cwd, '.mlops/cache'));
    const script = 'for (let i = 1; i <= 30; i++) console.log("line " + i); console.error("CUDA out of memory"); process.exit(3)';
    const err = await train({ ...base(cwd), command: { argv: [process.execPath, '-e', script] } }, ports({ cache }).ports).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrainingFailedError);
    const message = (err as TrainingFailedError).message;
    expect((err as TrainingFailedError).exitCode).toBe(1);
    expect(message).toMatch(/^training command exited with code 3: /);
    expect(message).toContain('last 20 lines of mlops-out/train.log:');
    const tail = message.split('\n').slice(2).map((l) => l.trim());
    expect(tail).toEqual([...Array.from({ length: 19 }, (_, i) => `line ${i + 12}`), 'CUDA out of memory']);
    const record = runRecordSchema.parse(await readJson(join(cwd, 'mlops-out/run.json')));
    expect(record).toMatchObject({ status: 'failed', exit_code: 3, cache: 'miss', outputs: [] });
    expect(record.error).toBe(message.split('\n')[0]);
    expect(existsSync(join(cwd, '.mlops/cache')) ? await readdir(join(cwd, '.mlops/cache')) : []).toEqual([]);
  });

  it('names a command that does not exist (exit 2) before anything runs', async () => {
    const cwd = await project();
    const err = await train({ ...base(cwd), command: { argv: ['mlops-no-such-trainer', 'x'] } }, ports().ports).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UsageError);
    expect((err as UsageError).exitCode).toBe(2);
    expect((err as UsageError).message).toContain('training command "mlops-no-such-trainer" not found');
  });

  it('fails naming a declared output the command did not write, and caches nothing', async () => {
    const cwd = await project();
    const cache = new LocalRunCache(join(cwd, '.mlops/cache'));
    const err = await train({ ...base(cwd), outputs: ['model/', 'reports/*.html'] }, ports({ cache }).ports).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(TrainingFailedError);
    expect((err as Error).message).toContain('declared output "reports/*.html" matched no file');
    expect((await readJson(join(cwd, 'mlops-out/run.json'))).status).toBe('failed');
    expect(existsSync(join(cwd, '.mlops/cache')) ? await readdir(join(cwd, '.mlops/cache')) : []).toEqual([]);
  });

  it('passes untrusted text as one argument, never through a shell', async () => {
    const cwd = await project();
    const title = 'fix"; touch pwned; echo "$(touch pwned2)` `touch pwned3`';
    await train({ ...base(cwd), command: { argv: [process.execPath, 'train.mjs', title] } }, ports().ports);
    expect((await readJson(join(cwd, 'model/model.json'))).argv).toEqual([title]);
    expect((await readdir(cwd)).filter((f) => f.startsWith('pwned'))).toEqual([]);
  });

  it('runs a script with an explicit shell: bash, with -e and pipefail like a run: step', async () => {
    const cwd = await project();
    const { ports: p, seen } = ports();
    const script = `mkdir -p model && echo "seed=$MLOPS_SEED" | tee model/seed.txt && cp "$MLOPS_PARAMS_FILE" model/params.json`;
    const result = await train({ ...base(cwd), command: { shell: 'bash', script }, outputs: ['model/'] }, p);
    expect(seen.stdout).toBe('seed=7\n');
    expect(await readFile(join(cwd, 'model/seed.txt'), 'utf8')).toBe('seed=7\n');
    expect(result.record.command).toEqual({ argv: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', script], shell: 'bash', script });
    const failing = await train({ ...base(cwd), command: { shell: 'bash', script: 'false | cat\necho unreachable' } }, ports().ports).catch((e: unknown) => e);
    expect((failing as Error).message).toMatch(/exited with code 1/);
  });

  it('turns the cache off when no outputs are declared (a hit would restore nothing)', async () => {
    const cwd = await project();
    const { ports: p, seen } = ports({ cache: new LocalRunCache(join(cwd, 'c')) });
    const { record } = await train({ ...base(cwd), outputs: [], inputs: [] }, p);
    const parsed: RunRecord = runRecordSchema.parse(record);
    expect(parsed.cache).toBe('off');
    expect(seen.info.join('\n')).toContain('run cache off: no outputs declared');
    expect(existsSync(join(cwd, 'c'))).toBe(false);
  });
});
