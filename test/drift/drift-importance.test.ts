/**
 * drift-check with the model's explanation (explain's explanation@1): drifted columns ordered by
 * the model's importance, a reason of their own when a top feature drifted, and the explanation
 * read from the production release when it was published with one. Real data: Seattle 2012-2014
 * as the reference, New York 2015 as production (every tested column drifts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { driftCommand } from '../../shared/cli/commands/drift.js';
import { checkDrift } from '../../shared/drift/drift-check.js';
import { EXPLANATION_SCHEMA, type Explanation } from '../../shared/formats/explanation-format.js';
import { openLocalRegistry } from '../../shared/local/local-registry.js';
import { renderDriftPrBody, renderWhatMoved, retrainRequestOf } from '../../shared/report/drift-pr-body.js';
import { promoteModel } from '../../shared/steps/promote-model.js';
import { publishModel } from '../../shared/steps/publish-model.js';
import { validateData } from '../../shared/steps/validate-data.js';
import { evaluationReport, localEnv } from '../registry/fixtures.js';
import { repoRoot } from '../support/run-action.js';

const DATA = join(repoRoot, 'examples/weather/data');
const columns = { date: { ignore: true } };
let dir: string;
let explanationFile: string;

/** The weather model's importances as explain measured them (examples/weather/README.md), wind last. */
function explanation(): Explanation {
  const ranked: Array<[string, number]> = [['precipitation', 0.303], ['temp_max', 0.189], ['temp_min', 0.091], ['date', 0.017], ['wind', 0.0004]];
  return {
    schema: EXPLANATION_SCHEMA,
    method: 'permutation',
    task: 'binary',
    task_source: 'inferred',
    metric: { name: 'roc_auc', direction: 'higher', source: 'task', baseline: 0.98 },
    dataset: { file: 'holdout.csv', format: 'csv', sha256: 'b'.repeat(64), bytes: 10, rows: 365, rows_used: 365, max_rows: null },
    label: 'rain',
    classification: { classes: [0, 1], pos_label: 1, threshold: 0.5 },
    input_columns: ['date', 'precipitation', 'temp_max', 'temp_min', 'wind'],
    repeats: 5,
    seed: 1,
    permutation: { prng: 'xoshiro128**', stream: 'per feature' },
    predict: { argv: ['node', 'predict.ts', '{input}', '{output}'], calls: 1, copies_per_call: 26, copies: 26, max_batch_rows: 500000, output_columns: ['score'] },
    features: ranked.map(([feature, mean], i) => ({ rank: i + 1, feature, importance_mean: mean, importance_std: 0.01, importances: [mean] })),
    warnings: [],
  };
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'mlops-drift-importance-'));
  explanationFile = join(dir, 'explanation.json');
  writeFileSync(explanationFile, JSON.stringify(explanation()));
});

const check = (extra: { explanation?: string; out: string }) =>
  checkDrift({ model: 'weather', reference: { kind: 'file', path: join(DATA, 'seattle-2012-2014.csv') }, sources: [{ files: [join(DATA, 'new-york-2015.csv')] }], config: { columns }, ...extra });

describe('drift-check ordered by the model\'s importance', () => {
  it('puts the drifted columns the model relies on first and says when a top feature drifted', async () => {
    const { report } = await check({ explanation: explanationFile, out: join(dir, 'drift.json') });
    const drifted = report.data.columns.filter((c) => c.drifted).map((c) => c.column);
    expect(drifted).toEqual(expect.arrayContaining(['precipitation', 'temp_max', 'temp_min', 'wind']));
    expect(report.importance).toMatchObject({ source: explanationFile, metric: 'roc_auc', top: 3, top_drifted: ['precipitation', 'temp_max', 'temp_min'] });
    expect(report.reasons).toContain("top features drifted: precipitation (#1), temp_max (#2), temp_min (#3) of the model's 5 by roc_auc importance");
    // What moved: ranked features by rank, then the rest (weather is not a model input) by drift score.
    const moved = renderWhatMoved(report).filter((l) => l.startsWith('- '));
    const ranked = moved.map((l) => /\*\*(.+?)\*\*/.exec(l)![1]!.replace(/\\/g, ''));
    expect(ranked.slice(0, 4)).toEqual(['precipitation', 'temp_max', 'temp_min', 'wind']);
    expect(moved[0]).toContain("**precipitation** (the model's #1 feature):");
    expect(moved[3]).toContain('**wind** (importance #5):');
    expect(retrainRequestOf(report).drift.drifted_columns.slice(0, 4).map((c) => c.column)).toEqual(['precipitation', 'temp_max', 'temp_min', 'wind']);
    expect(renderDriftPrBody(report)).toContain("top features drifted: precipitation (\\#1), temp\\_max (\\#2)");
    expect(JSON.parse(readFileSync(join(dir, 'drift.json'), 'utf8'))).toEqual(report);
  });

  it('writes no importance section without an explanation (reports as before)', async () => {
    const { report } = await check({ out: join(dir, 'plain.json') });
    expect(report.importance).toBeUndefined();
    expect(report.reasons.some((r) => r.includes('top feature'))).toBe(false);
  });

  it('refuses a file that is not an explanation, writing no report', async () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"schema":"mlops-actions/evaluation@1"}');
    await expect(check({ explanation: bad, out: join(dir, 'bad-drift.json') })).rejects.toThrow('not a valid mlops-actions/explanation@1 explanation');
  });

  it('takes the explanation as mlops drift --explanation', async () => {
    let stderr = '';
    const io = { stdout: () => undefined, stderr: (t: string) => void (stderr += t), env: {} };
    const out = join(dir, 'cli.json');
    const config = join(dir, 'mlops.yaml');
    writeFileSync(config, ['version: 1', 'drift:', '  models:', '    weather:', '      columns: { date: { ignore: true } }', ''].join('\n'));
    const code = await driftCommand.run(['--config', config, '--reference', join(DATA, 'seattle-2012-2014.csv'), '--current', join(DATA, 'new-york-2015.csv'), '--explanation', explanationFile, '--out', out], io);
    expect(code).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8')).importance.top_drifted).toEqual(['precipitation', 'temp_max', 'temp_min']);
    expect(stderr).toContain('top features drifted: precipitation (#1)');
  });

  it('reads the explanation published with the production version', async () => {
    const registry = join(dir, 'registry');
    const ports = openLocalRegistry(registry);
    const profile = join(dir, 'profile.json');
    await validateData({ data: join(DATA, 'seattle-2012-2014.csv'), profileOut: profile, reportOut: join(dir, 'validation.json') });
    const model = join(dir, 'model');
    const evaluation = join(dir, 'evaluation.json');
    await import('node:fs/promises').then(async (fs) => {
      await fs.mkdir(model, { recursive: true });
      await fs.writeFile(join(model, 'model.json'), '{}\n');
      await fs.writeFile(evaluation, JSON.stringify(evaluationReport()));
    });
    await publishModel({ model: 'weather', files: model, evaluation, profile, explanation: explanationFile, env: localEnv, cwd: dir }, ports);
    await promoteModel({ model: 'weather', version: '1.0.0', alias: 'production', env: localEnv, cwd: dir }, ports);
    const { report } = await checkDrift({ model: 'weather', reference: { kind: 'production', registry: ports, model: 'weather' }, sources: [{ files: [join(DATA, 'new-york-2015.csv')] }], config: { columns }, out: join(dir, 'prod.json') });
    expect(report.importance).toMatchObject({ source: 'explanation.json of model/weather/v1.0.0', top_drifted: ['precipitation', 'temp_max', 'temp_min'] });
  }, 60_000);
});
