/**
 * The train bundle, run as the runner runs it (test/support/run-action.ts). No cache service is
 * configured (no ACTIONS_CACHE_URL/ACTIONS_RESULTS_URL), so `cache: auto` uses the local folder; the
 * GitHub Actions cache face is unit-tested with a fake module (test/model/train/run-cache.test.ts).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRecordSchema } from '../../shared/formats/run-format.js';
import { repoRoot, runAction, webhookExample } from '../support/run-action.js';

const TRAIN = `
import { appendFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
const params = JSON.parse(readFileSync(process.env.MLOPS_PARAMS_FILE, 'utf8'));
appendFileSync('runs.txt', 'x');
console.log('training ' + process.env.MLOPS_MODEL + ' with lr=' + params.lr + ' seed=' + process.env.MLOPS_SEED);
mkdirSync('model', { recursive: true });
writeFileSync('model/model.json', JSON.stringify({ params, seed: Number(process.env.MLOPS_SEED), token: process.env.ACTIONS_RUNTIME_TOKEN ?? null, input: process.env.INPUT_MODEL ?? null }));
`;

const files = {
  'train.mjs': TRAIN,
  'params.yaml': 'lr: 0.1\nepochs: 2\n',
  'data/train.csv': 'x,y\n1,2\n',
};

const command = JSON.stringify([process.execPath, 'train.mjs']);
const inputs = {
  model: 'demo',
  command,
  'params-file': 'params.yaml',
  params: '{"lr": 0.05}',
  seed: '42',
  inputs: 'train.mjs, params.yaml\ndata/*.csv',
  outputs: 'model/',
};

describe('train action (dist bundle, as the runner runs it)', () => {
  beforeAll(() => {
    if (!existsSync(join(repoRoot, 'actions/train/dist/index.js'))) throw new Error('actions/train/dist/index.js is missing: run npm run build');
  });

  it('trains, writes the run record and outputs, then restores from the local cache on the second run', async () => {
    const env = { ACTIONS_RUNTIME_TOKEN: 'runtime-token-not-for-the-command' };
    const first = await runAction('train', { files, inputs, env });
    expect(first.stderr).toBe('');
    expect(first.exitCode).toBe(0);
    expect(first.stdout).toContain('training demo with lr=0.05 seed=42');
    expect(first.outputs).toMatchObject({ 'cache-hit': 'false', 'run-path': 'mlops-out/run.json', 'log-path': 'mlops-out/train.log' });
    expect(first.outputs['cache-key']).toMatch(/^mlops-train-demo-[0-9a-f]{64}$/);
    const model = JSON.parse(readFileSync(join(first.workspace, 'model/model.json'), 'utf8'));
    expect(model).toEqual({ params: { lr: 0.05, epochs: 2 }, seed: 42, token: null, input: null });
    const record = runRecordSchema.parse(JSON.parse(readFileSync(join(first.workspace, 'mlops-out/run.json'), 'utf8')));
    const sha = (webhookExample('pull_request', 'opened') as { pull_request: { head: { sha: string } } }).pull_request.head.sha;
    expect(record).toMatchObject({ status: 'succeeded', cache: 'miss', seed: 42, git: { commit: sha } });
    expect(record.inputs.map((f) => f.path)).toEqual(['data/train.csv', 'params.yaml', 'train.mjs']);
    expect(readFileSync(join(first.workspace, 'mlops-out/train.log'), 'utf8')).toContain('training demo with lr=0.05 seed=42');
    expect(first.summary).toContain('### train demo ✅ trained');

    const second = await runAction('train', { files, inputs, env, workspace: first.workspace });
    expect(second.exitCode).toBe(0);
    expect(second.outputs['cache-hit']).toBe('true');
    expect(second.outputs['cache-key']).toBe(first.outputs['cache-key']);
    expect(second.stdout).not.toContain('training demo');
    expect(readFileSync(join(second.workspace, 'runs.txt'), 'utf8')).toBe('x');
    const hit = runRecordSchema.parse(JSON.parse(readFileSync(join(second.workspace, 'mlops-out/run.json'), 'utf8')));
    expect(hit.cache).toBe('hit');
    expect(hit.original?.started_at).toBe(record.started_at);
    expect(second.summary).toContain('restored from the run cache');
  });

  it('fails with the exit code and the end of the log, writes a failed record and caches nothing', async () => {
    const script = 'console.log("loading data"); console.error("ValueError: bad shape"); process.exit(4)';
    const run = await runAction('train', { inputs: { model: 'demo', command: JSON.stringify([process.execPath, '-e', script]), outputs: 'model/' } });
    expect(run.exitCode).toBe(1);
    const errors = run.annotations.filter((a) => a.level === 'error');
    expect(errors).toHaveLength(1);
    expect(errors[0]!.message).toMatch(/^training command exited with code 4: /);
    expect(errors[0]!.message).toContain('\n  loading data\n  ValueError: bad shape');
    expect(JSON.parse(readFileSync(join(run.workspace, 'mlops-out/run.json'), 'utf8'))).toMatchObject({ status: 'failed', exit_code: 4 });
    expect(existsSync(join(run.workspace, '.mlops/cache')) ? readdirSync(join(run.workspace, '.mlops/cache')) : []).toEqual([]);
  });

  it('fails with exit code 2 naming a command that is not installed', async () => {
    const run = await runAction('train', { inputs: { model: 'demo', command: '[mlops-no-such-trainer, --fit]' } });
    expect(run.exitCode).toBe(2);
    expect(run.annotations[0]?.message).toContain('training command "mlops-no-such-trainer" not found');
  });

  it('fails with exit code 2 at the line and column of a bad params file', async () => {
    const run = await runAction('train', {
      files: { 'params.yaml': 'lr: 0.1\nlr: 0.2\n' },
      inputs: { model: 'demo', command, 'params-file': 'params.yaml' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.annotations[0]).toMatchObject({ level: 'error', file: 'params.yaml', line: 2, col: 1 });
  });

  it('refuses a plain command string without a shell, and runs it with shell: bash', async () => {
    const plain = await runAction('train', { inputs: { model: 'demo', command: 'echo hi > out.txt' } });
    expect(plain.exitCode).toBe(2);
    expect(plain.annotations[0]?.message).toContain('set `shell: bash`');
    expect(existsSync(join(plain.workspace, 'out.txt'))).toBe(false);

    const bash = await runAction('train', {
      // The documented pattern for untrusted values: `env:` on the step, "$VAR" in the script.
      inputs: { model: 'demo', shell: 'bash', command: 'mkdir -p out\necho "seed $MLOPS_SEED" | tee out/seed.txt\necho "$PR_TITLE" > out/title.txt\n', outputs: 'out/', seed: '5' },
      env: { PR_TITLE: '"; touch pwned; echo "$(touch pwned2)' },
    });
    expect(bash.exitCode).toBe(0);
    expect(readFileSync(join(bash.workspace, 'out/seed.txt'), 'utf8')).toBe('seed 5\n');
    expect(readFileSync(join(bash.workspace, 'out/title.txt'), 'utf8')).toBe('"; touch pwned; echo "$(touch pwned2)\n');
    expect(readdirSync(bash.workspace).filter((f) => f.startsWith('pwned'))).toEqual([]);
    expect(bash.stdout).toContain('seed 5');
  });

  it('does not fail when cache: github is asked for but the runner has no cache service', async () => {
    const run = await runAction('train', { files, inputs: { ...inputs, cache: 'github' } });
    expect(run.exitCode).toBe(0);
    expect(run.outputs['cache-hit']).toBe('false');
    expect(run.annotations.filter((a) => a.level === 'warning').map((a) => a.message).join('\n')).toContain('no GitHub Actions cache service');
    expect(existsSync(join(run.workspace, '.mlops/cache'))).toBe(false);
  });
});
