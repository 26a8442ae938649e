/**
 * "What changed": the params diff on the real DVC snapshots (their params.yaml differ the way
 * `dvc params diff` shows: featurize.max_features 100 → 200, featurize.ngrams 1 → 2), and the data
 * diff on the example project's Seattle vs New York data, with each moved column's statistic equal to
 * SciPy's on the same columns (the weather columns are held exactly by their profiles' sketches).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { diffParams, flattenParams, MAX_PARAM_VALUE_CHARS } from '../../shared/compare/params-diff.js';
import { whatChanged } from '../../shared/compare/what-changed.js';
import { profileDrift } from '../../shared/drift/profile-drift.js';
import { readProfile } from '../../shared/data/profile-merge.js';
import type { Profile } from '../../shared/formats/profile-format.js';
import type { RunRecord } from '../../shared/formats/run-format.js';
import { renderWhatChanged } from '../../shared/report/what-changed-section.js';
import { validateData } from '../../shared/steps/validate-data.js';
import { sharedFile } from '../support/shared-workspace.js';

const dvc = sharedFile('realdata/dvc', 'the params diff on the real DVC snapshots');
const PYTHON = '/usr/bin/python3';
const noScipy = !existsSync(PYTHON) || spawnSync(PYTHON, ['-c', 'import scipy, pandas'], { encoding: 'utf8' }).status !== 0;
if (noScipy) console.warn(`skipping the SciPy reference check of "What changed": ${PYTHON} with scipy and pandas is not available`);

const DATA = 'examples/weather/data';

describe('params diff', () => {
  it.skipIf(dvc.absent)('names what `dvc params diff` names between the two real DVC snapshots', () => {
    const before = parse(readFileSync(join(dvc.path, '1-baseline-eval/params.yaml'), 'utf8')) as unknown;
    const after = parse(readFileSync(join(dvc.path, '2-bigrams-eval/params.yaml'), 'utf8')) as unknown;
    const d = diffParams({ params: before, seed: 20170428 }, { params: after, seed: 20170428 });
    expect(d.changed).toEqual([
      { key: 'featurize.max_features', from: { value: '100' }, to: { value: '200' } },
      { key: 'featurize.ngrams', from: { value: '1' }, to: { value: '2' } },
    ]);
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    // prepare.split, prepare.seed, train.seed, train.n_est, train.min_split
    expect(d.unchanged).toBe(5);
    expect(d.seed).toBeNull();
  });

  it('flattens nested keys with dots, keeps lists as values, and keeps hostile keys as data', () => {
    const params = JSON.parse('{"a":{"b":1,"c":{"d":[1,2]}},"__proto__":{"x":1},"constructor":2,"e":{}}') as unknown;
    const flat = flattenParams(params);
    expect([...flat.entries()]).toEqual([
      ['a.b', 1],
      ['a.c.d', [1, 2]],
      ['__proto__.x', 1],
      ['constructor', 2],
      ['e', {}],
    ]);
    const d = diffParams({ params, seed: 1 }, { params: JSON.parse('{"a":{"b":1,"c":{"d":[1,3]}},"__proto__":{"x":2},"e":{}}'), seed: 2 });
    expect(d.changed.map((c) => c.key)).toEqual(['__proto__.x', 'a.c.d']);
    expect(d.removed.map((c) => c.key)).toEqual(['constructor']);
    expect(d.seed).toEqual({ from: 1, to: 2 });
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });

  it('shortens a long value and keeps the SHA-256 of the whole JSON text', () => {
    const long = 'x'.repeat(500);
    const d = diffParams({ params: { text: 'short' }, seed: 0 }, { params: { text: long }, seed: 0 });
    const to = d.changed[0]!.to;
    expect([...to.value].length).toBe(MAX_PARAM_VALUE_CHARS);
    expect(to.sha256).toBe(createHash('sha256').update(JSON.stringify(long)).digest('hex'));
  });

  it('treats key order inside a value as the same value', () => {
    const d = diffParams({ params: { opt: [{ a: 1, b: 2 }] }, seed: 0 }, { params: { opt: [{ b: 2, a: 1 }] }, seed: 0 });
    expect(d.changed).toEqual([]);
    expect(d.unchanged).toBe(1);
  });
});

describe('data diff: Seattle 2012-2014 (baseline) vs New York 2015 (head)', () => {
  let dir: string;
  let seattle: Profile;
  let newYork: Profile;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'what-changed-'));
    await validateData({ data: `${DATA}/seattle-2012-2014.csv`, profileOut: join(dir, 'seattle.json') });
    await validateData({ data: `${DATA}/new-york-2015.csv`, profileOut: join(dir, 'new-york.json') });
    seattle = await readProfile(join(dir, 'seattle.json'));
    newYork = await readProfile(join(dir, 'new-york.json'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(noScipy)('tests every column as the drift step would, with SciPy\'s statistics', () => {
    const drift = profileDrift(seattle, newYork);
    expect(drift.skipped.map((s) => s.column)).toEqual(['date']);
    const script = `
import json, sys
import numpy as np, pandas as pd
from scipy.stats import wasserstein_distance
from scipy.spatial.distance import jensenshannon
ref = pd.read_csv('${DATA}/seattle-2012-2014.csv'); cur = pd.read_csv('${DATA}/new-york-2015.csv')
out = {}
for c in ['precipitation', 'temp_max', 'temp_min', 'wind']:
    r = ref[c].dropna().to_numpy(float); k = cur[c].dropna().to_numpy(float)
    out[c] = wasserstein_distance(r, k) / max(np.std(r), 0.001)
values = sorted(set(ref['weather']) | set(cur['weather']))
p = np.array([(ref['weather'] == v).sum() for v in values], float) / len(ref)
q = np.array([(cur['weather'] == v).sum() for v in values], float) / len(cur)
out['weather'] = float(jensenshannon(p, q))
print(json.dumps(out))`;
    const run = spawnSync(PYTHON, ['-c', script], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const scipy = JSON.parse(run.stdout) as Record<string, number>;
    const byName = new Map(drift.columns.map((c) => [c.column, c]));
    for (const column of ['precipitation', 'temp_max', 'temp_min', 'wind']) {
      expect(byName.get(column)!.test).toBe('wasserstein');
      expect(byName.get(column)!.statistic).toBeCloseTo(scipy[column]!, 12);
    }
    expect(byName.get('weather')!.test).toBe('jensenshannon');
    expect(byName.get('weather')!.statistic).toBeCloseTo(scipy.weather!, 12);
  });

  it('names the rows, the inputs and the moved columns, strongest first, and renders them escaped', () => {
    const run = (file: string, sha: string, params: Record<string, unknown>): RunRecord => ({
      schema: 'mlops-actions/run@1', model: 'weather', status: 'succeeded', cache: 'off', cache_key: null,
      command: { argv: ['python', 'train.py'], shell: null, script: null }, params, seed: 0,
      declared: { inputs: [], outputs: [] },
      inputs: [{ path: file, sha256: sha.repeat(64), bytes: 1 }, { path: 'examples/weather/train.py', sha256: 'c'.repeat(64), bytes: 1 }],
      outputs: [], environment: { platform: 'linux', arch: 'x64', node: 'v20.0.0', python: '3.11.2', image: null, lockfiles: [] },
      git: { commit: null }, started_at: '', ended_at: '', duration_ms: 0, exit_code: 0, signal: null, log: null,
    });
    const w = whatChanged(
      { run: { file: 'b/run.json', record: run(`${DATA}/seattle-2012-2014.csv`, 'a', { C: 1 }) }, profile: { file: 'b/profile.json', profile: seattle } },
      { run: { file: 'h/run.json', record: run(`${DATA}/new-york-2015.csv`, 'b', { C: 10 }) }, profile: { file: 'h/profile.json', profile: newYork } },
    );
    expect(w.summary).toBe('changed');
    expect(w.params!.changed).toEqual([{ key: 'C', from: { value: '1' }, to: { value: '10' } }]);
    expect(w.data!.rows).toEqual({ from: 1096, to: 365 });
    expect(w.data!.inputs).toEqual([
      { path: `${DATA}/seattle-2012-2014.csv`, rows_from: 1096, rows_to: null, sha256_from: 'a'.repeat(64), sha256_to: null },
      { path: `${DATA}/new-york-2015.csv`, rows_from: null, rows_to: 365, sha256_from: null, sha256_to: 'b'.repeat(64) },
    ]);
    // The data files are data, not code: train.py's digest is the same, so no file changed.
    expect(w.code!.files).toEqual([]);
    const moved = w.data!.moved;
    expect(moved.length).toBeGreaterThan(0);
    for (let i = 1; i < moved.length; i++) expect(moved[i - 1]!.statistic / moved[i - 1]!.threshold).toBeGreaterThanOrEqual(moved[i]!.statistic / moved[i]!.threshold);
    const md = renderWhatChanged(w).join('\n');
    expect(md).toMatch(/^### What changed/);
    expect(md).toContain('67% fewer rows (1,096 → 365)');
    expect(md).toContain('| C | 1 | 10 |');
    expect(md).toContain(`temp\\_max | Wasserstein distance`);
  });

  it('says in one line when only the code changed', () => {
    const base = { file: 'b/run.json', record: { ...runRecord(), inputs: [{ path: 'train.py', sha256: '1'.repeat(64), bytes: 1 }] } };
    const head = { file: 'h/run.json', record: { ...runRecord(), inputs: [{ path: 'train.py', sha256: '2'.repeat(64), bytes: 1 }] } };
    const w = whatChanged({ run: base, profile: { file: 'b/p.json', profile: seattle } }, { run: head, profile: { file: 'h/p.json', profile: seattle } });
    expect(w.summary).toBe('code-only');
    expect(renderWhatChanged(w)).toEqual(['### What changed', '', "Only the code changed: train.py; params, training data and environment are the baseline's.", '']);
  });

  it('escapes hostile names from a fork\'s run record', () => {
    const base = { file: 'b/run.json', record: { ...runRecord(), params: { '<img src=x>|@team': 1 } } };
    const head = { file: 'h/run.json', record: { ...runRecord(), params: { '<img src=x>|@team': '`rm -rf`' } } };
    const md = renderWhatChanged(whatChanged({ run: base }, { run: head })).join('\n');
    expect(md).not.toContain('<img');
    expect(md).not.toMatch(/\|@team/);
    expect(md).not.toContain('`rm');
    expect(md).toContain('training data not compared');
  });
});

function runRecord(): RunRecord {
  return {
    schema: 'mlops-actions/run@1', model: 'm', status: 'succeeded', cache: 'off', cache_key: null,
    command: { argv: ['python', 'train.py'], shell: null, script: null }, params: {}, seed: 0,
    declared: { inputs: [], outputs: [] }, inputs: [], outputs: [],
    environment: { platform: 'linux', arch: 'x64', node: null, python: null, image: null, lockfiles: [] },
    git: { commit: null }, started_at: '', ended_at: '', duration_ms: 0, exit_code: 0, signal: null, log: null,
  };
}
