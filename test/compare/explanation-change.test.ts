/**
 * "What the model relies on" in the PR report: each side's explain result found beside its
 * evaluation report (or the production release's explanation.json), the union of both sides' top
 * features with rank changes marked (▲ up, ▼ down, 🆕 new), hostile feature names escaped, and a
 * broken explanation beside a fork's report left out with a note instead of stopping the report.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { explanationChange } from '../../shared/compare/explanation-change.js';
import { EXPLANATION_SCHEMA, type Explanation } from '../../shared/formats/explanation-format.js';
import { openLocalRegistry } from '../../shared/local/local-registry.js';
import { renderExplanationChange } from '../../shared/report/explanation-change-section.js';
import { runCompareStep, type CompareStepOptions } from '../../shared/steps/compare.js';
import { promoteModel } from '../../shared/steps/promote-model.js';
import { publishModel } from '../../shared/steps/publish-model.js';
import { evaluationReport, localEnv, tempDir } from '../registry/fixtures.js';

const HOSTILE = '<img src=x>|@octocat';

function explanation(ranked: Array<[string, number]>, metric = 'roc_auc'): Explanation {
  return {
    schema: EXPLANATION_SCHEMA,
    method: 'permutation',
    task: 'binary',
    task_source: 'option',
    metric: { name: metric, direction: 'higher', source: 'task', baseline: 0.9 },
    dataset: { file: 'holdout.csv', format: 'csv', sha256: 'c'.repeat(64), bytes: 10, rows: 365, rows_used: 365, max_rows: null },
    label: 'rain',
    classification: null,
    input_columns: ranked.map((r) => r[0]),
    repeats: 5,
    seed: 1,
    permutation: { prng: 'x', stream: 'y' },
    predict: { argv: ['p', '{input}', '{output}'], calls: 1, copies_per_call: 6, copies: 6, max_batch_rows: 500000, output_columns: ['score'] },
    features: ranked.map(([feature, mean], i) => ({ rank: i + 1, feature, importance_mean: mean, importance_std: 0.001, importances: [mean] })),
    warnings: [],
  };
}

const HEAD = explanation([['temp_max', 0.25], ['precipitation', 0.2], [HOSTILE, 0.05], ['wind', 0.001]]);
const BASE = explanation([['precipitation', 0.3], ['temp_max', 0.19], ['wind', 0.002], ['temp_min', 0.001]]);

describe('explanationChange', () => {
  it('lists the head\'s features by rank, then the baseline\'s it lacks, with rank changes', () => {
    const x = explanationChange({ file: 'h.json', explanation: HEAD }, { file: 'b.json', explanation: BASE })!;
    expect(x.features.map((f) => [f.feature, f.head_rank, f.baseline_rank])).toEqual([
      ['temp_max', 1, 2],
      ['precipitation', 2, 1],
      [HOSTILE, 3, null],
      ['wind', 4, 3],
      ['temp_min', null, 4],
    ]);
    const lines = renderExplanationChange(x).join('\n');
    expect(lines).toContain('| temp\\_max | 1 | 0.25 | 2 | 0.19 | ▲ 1 |');
    expect(lines).toContain('| precipitation | 2 | 0.2 | 1 | 0.3 | ▼ 1 |');
    expect(lines).toContain('| &lt;img src=x&gt;&#124;@\u200Doctocat | 3 | 0.05 | — | — | 🆕 new |');
    expect(lines).toContain('| temp\\_min | — | — | 4 | 0.001 | not in head |');
    expect(lines).not.toContain('<img');
  });

  it('says when a side is missing or measured in another metric, and is nothing when neither has one', () => {
    expect(explanationChange(undefined, undefined)).toBeUndefined();
    const onlyHead = explanationChange({ file: 'h.json', explanation: HEAD }, undefined)!;
    expect(onlyHead.notes).toEqual(['the baseline has no explanation: only the head\'s ranks are shown']);
    expect(renderExplanationChange(onlyHead).join('\n')).toContain('| temp\\_max | 1 | 0.25 | — | — | — |');
    const other = explanationChange({ file: 'h.json', explanation: HEAD }, { file: 'b.json', explanation: explanation([['a', 1]], 'accuracy') })!;
    expect(other.notes[0]).toContain('different metrics (head roc_auc, baseline accuracy): compare ranks, not values');
  });
});

let dir: string;
async function side(name: string, x: Explanation | string | undefined): Promise<string> {
  const folder = join(dir, name);
  await mkdir(folder, { recursive: true });
  await writeFile(join(folder, 'evaluation.json'), JSON.stringify(evaluationReport()));
  if (x !== undefined) await writeFile(join(folder, 'explanation.json'), typeof x === 'string' ? x : JSON.stringify(x));
  return join(folder, 'evaluation.json');
}
beforeAll(async () => {
  dir = await tempDir('mlops-explanation-change-');
});
async function compare(head: string, extra: Partial<CompareStepOptions>) {
  return runCompareStep({ head, baseline: { kind: 'none' }, outDir: join(await tempDir('mlops-explanation-change-out-'), 'out'), workflow: 'pr-report.yml', failOnRegression: false, ...extra });
}

describe('the compare step', () => {
  it('reads explanation.json beside each report and shows the section in the comment and comparison.json', async () => {
    const head = await side('head', HEAD);
    const base = await side('base', BASE);
    const r = await compare(head, { baseline: { kind: 'file', path: base } });
    expect(r.comparison.explanations!.features[0]).toEqual({ feature: 'temp_max', head_rank: 1, baseline_rank: 2, head_importance: 0.25, baseline_importance: 0.19 });
    expect(r.comment).toContain('### What the model relies on');
    expect(r.comment).toContain('| temp\\_max | 1 | 0.25 | 2 | 0.19 | ▲ 1 |');
    expect(JSON.parse(await readFile(r.files.comparison, 'utf8')).explanations.head.file).toBe(join(dir, 'head/explanation.json'));
  });

  it('leaves out a broken explanation beside a report with a note, and has no section without any', async () => {
    const head = await side('broken-head', '{"schema":"not an explanation"}');
    const base = await side('plain-base', undefined);
    const r = await compare(head, { baseline: { kind: 'file', path: base } });
    expect(r.comparison.explanations).toBeUndefined();
    const none = await compare(await side('plain-head', undefined), { baseline: { kind: 'file', path: base } });
    expect(none.comment).not.toContain('What the model relies on');
    const withBase = await compare(head, { baseline: { kind: 'file', path: await side('base-2', BASE) } });
    expect(withBase.comparison.explanations!.notes[0]).toContain("the head's explanation beside its evaluation report was left out: ");
  });

  it('takes the production release\'s explanation.json as the baseline\'s', async () => {
    const registry = openLocalRegistry(join(await tempDir(), 'registry'));
    const files = join(dir, 'model');
    await mkdir(files, { recursive: true });
    await writeFile(join(files, 'model.json'), '{"w":[1]}\n');
    const base = await side('release', undefined);
    const x = join(dir, 'release-explanation.json');
    await writeFile(x, JSON.stringify(BASE));
    const published = await publishModel({ model: 'weather', files, evaluation: base, explanation: x, env: localEnv, cwd: dir }, registry);
    await promoteModel({ model: 'weather', version: published.version, alias: 'production', env: localEnv, cwd: dir }, registry);
    const r = await compare(await side('head-3', HEAD), { baseline: { kind: 'production', registry, model: 'weather' } });
    expect(r.comparison.explanations!.baseline?.file).toMatch(/explanation\.json$/);
    expect(r.comparison.explanations!.features.find((f) => f.feature === 'precipitation')).toMatchObject({ head_rank: 2, baseline_rank: 1 });
  });
});
