/**
 * explain on the example project (examples/weather): the TypeScript model (train.ts, predicted by
 * predict.ts) and the Python one (train.py, predicted by predict.py), each through its own
 * language's predict command, on the hold-out year. Each predict command reproduces its training
 * script's own hold-out scores, and both models rely on the same thing: whether it rained.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { explain } from '../../shared/steps/explain.js';
import { repoRoot } from '../support/run-action.js';

const PYTHON = '/usr/bin/python3';
const example = join(repoRoot, 'examples/weather');
const dir = mkdtempSync(join(tmpdir(), 'mlops-weather-explain-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const hasSklearn = spawnSync(PYTHON, ['-c', 'import sklearn, pandas, numpy'], { encoding: 'utf8' }).status === 0;
if (!hasSklearn) console.warn(`skipping the Python half of the weather explain test: ${PYTHON} lacks scikit-learn, pandas or numpy`);

function run(argv: string[]): string {
  const r = spawnSync(argv[0]!, argv.slice(1), { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, MLOPS_SEED: '7' } });
  if (r.status !== 0) throw new Error(`${argv.join(' ')} failed (${r.status}):\n${r.stdout}\n${r.stderr}`);
  return r.stdout;
}

/** Seattle 2015 with the model's target as a 0/1 `rain` column in place of `weather`. */
function holdout(): string {
  const [header, ...lines] = readFileSync(join(example, 'data/seattle-2015.csv'), 'utf8').trim().split('\n');
  const cols = header!.split(',');
  const w = cols.indexOf('weather');
  const out = lines.map((l) => {
    const cells = l.split(',');
    cells[w] = cells[w] === 'rain' ? '1' : '0';
    return cells.join(',');
  });
  const file = join(dir, 'holdout.csv');
  writeFileSync(file, `${cols.map((c, i) => (i === w ? 'rain' : c)).join(',')}\n${out.join('\n')}\n`);
  return file;
}

const scoresOf = (file: string, column: string) => {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const i = header!.split(',').indexOf(column);
  return lines.map((l) => Number(l.split(',')[i]));
};

const cases = [
  { name: 'TypeScript', train: [process.execPath, '--import', 'tsx', join(example, 'train.ts')], predict: [process.execPath, '--import', 'tsx', join(example, 'predict.ts')], skip: false },
  { name: 'Python', train: [PYTHON, join(example, 'train.py')], predict: [PYTHON, join(example, 'predict.py')], skip: !hasSklearn },
];

describe('explain on the weather example', () => {
  const data = holdout();
  const results = new Map<string, Awaited<ReturnType<typeof explain>>>();

  it.each(cases)('$name model: predict reproduces the training script\'s scores, and precipitation matters most', async (c) => {
    if (c.skip) return;
    const out = join(dir, c.name);
    run([...c.train, '--out', out]);
    const model = join(out, 'model.json');
    // The predict command on the hold-out rows gives the scores training wrote for them.
    const once = join(dir, `${c.name}-scores.csv`);
    run([...c.predict, model, data, once]);
    const mine = scoresOf(once, 'score');
    const trained = scoresOf(join(out, 'predictions.csv'), 'score');
    expect(mine).toHaveLength(trained.length);
    mine.forEach((s, i) => expect(Math.abs(s - trained[i]!), `row ${i}`).toBeLessThan(1e-9));

    const result = await explain({ data, label: 'rain', predict: [...c.predict, model, '{input}', '{output}'], repeats: 5, seed: 1 });
    results.set(c.name, result);
    const e = result.explanation;
    expect(e).toMatchObject({ task: 'binary', metric: { name: 'roc_auc' }, predict: { calls: 1 } });
    expect(e.input_columns).toEqual(['date', 'precipitation', 'temp_max', 'temp_min', 'wind']);
    expect(e.features[0]!.feature).toBe('precipitation');
    expect(e.features[0]!.importance_mean).toBeGreaterThan(0.1);
  }, 120_000);

  it.skipIf(!hasSklearn)('gives both languages\' models the same importances, within the permutations\' noise', () => {
    const ts = results.get('TypeScript')?.explanation;
    const py = results.get('Python')?.explanation;
    expect(ts && py).toBeTruthy();
    // Same rows, same seed, so the same permutations: only the two fits differ (lbfgs vs gradient ascent).
    for (const f of ts!.features) {
      const other = py!.features.find((g) => g.feature === f.feature)!;
      expect(Math.abs(f.importance_mean - other.importance_mean), f.feature).toBeLessThan(0.01);
    }
    expect(py!.features.map((f) => f.feature).slice(0, 1)).toEqual(ts!.features.map((f) => f.feature).slice(0, 1));
  });
});
