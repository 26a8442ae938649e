import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { digestFile } from '../../../shared/model/train/declared-files.js';
import { canonicalJson, checkModelName, runCacheKey, type RunCacheKeyParts } from '../../../shared/model/train/run-cache-key.js';

const parts: RunCacheKeyParts = {
  model: 'churn',
  command: { argv: ['python', 'train.py'], shell: null, script: null },
  params: { lr: 0.01, optimizer: { name: 'adam', beta: 0.9 } },
  seed: 0,
  inputs: [{ path: 'data/train.csv', sha256: 'a'.repeat(64), bytes: 10 }],
  outputs: ['model/'],
  environment: { platform: 'linux', arch: 'x64', node: 'v20.0.0', python: '3.12.3', image: null, lockfiles: [] },
};

describe('run cache key', () => {
  it('digests files with SHA-256 (FIPS 180-2 test vector "abc")', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'digest-'));
    await writeFile(join(dir, 'abc'), 'abc');
    expect(await digestFile(join(dir, 'abc'))).toEqual({ sha256: 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad', bytes: 3 });
  });

  it('is mlops-train-<model>-<64 hex>, within @actions/cache limits (<= 512 chars, no commas)', () => {
    const key = runCacheKey({ ...parts, model: 'm'.repeat(100) });
    expect(key).toMatch(/^mlops-train-m{100}-[0-9a-f]{64}$/);
    expect(key.length).toBeLessThanOrEqual(512);
    expect(key).not.toContain(',');
  });

  it('is the SHA-256 of canonical JSON, so param order does not matter', () => {
    const reordered = { ...parts, params: { optimizer: { beta: 0.9, name: 'adam' }, lr: 0.01 } };
    expect(runCacheKey(reordered)).toBe(runCacheKey(parts));
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 3 } })).toBe('{"a":{"c":3,"d":[2,{"y":2,"z":1}]},"b":1}');
    const material = canonicalJson({
      v: 1,
      model: parts.model,
      argv: parts.command.argv,
      params: parts.params,
      seed: 0,
      inputs: [['data/train.csv', 'a'.repeat(64)]],
      outputs: ['model/'],
      environment: parts.environment,
    });
    expect(runCacheKey(parts)).toBe(`mlops-train-churn-${createHash('sha256').update(material).digest('hex')}`);
  });

  it.each([
    ['the command', { command: { argv: ['python', 'train.py', '--fast'], shell: null, script: null } }],
    ['a param', { params: { lr: 0.02, optimizer: { name: 'adam', beta: 0.9 } } }],
    ['the seed', { seed: 1 }],
    ['an input file', { inputs: [{ path: 'data/train.csv', sha256: 'b'.repeat(64), bytes: 10 }] }],
    ['an input path', { inputs: [{ path: 'data/train2.csv', sha256: 'a'.repeat(64), bytes: 10 }] }],
    ['the declared outputs', { outputs: ['model/', 'metrics.json'] }],
    ['the Python version (DVC would reuse the run)', { environment: { ...parts.environment, python: '3.13.0' } }],
    ['a lockfile', { environment: { ...parts.environment, lockfiles: [{ path: 'uv.lock', sha256: 'c'.repeat(64), bytes: 1 }] } }],
  ] as const)('changes with %s', (_what, change) => {
    expect(runCacheKey({ ...parts, ...change } as RunCacheKeyParts)).not.toBe(runCacheKey(parts));
  });

  it('refuses model names that cannot be a key or folder name', () => {
    for (const bad of ['', 'a,b', 'a/b', '../x', '-x', 'x'.repeat(101), 'naïve']) expect(() => checkModelName(bad)).toThrow(/model name/);
    expect(checkModelName('churn-v2.1_small')).toBe('churn-v2.1_small');
  });
});
