/** Small, valid inputs for registry tests: model files, an evaluation report, a temp registry. */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EVALUATION_SCHEMA, type EvaluationReport } from '../../shared/formats/evaluation-format.js';
import { openLocalRegistry } from '../../shared/local/local-registry.js';

export async function tempDir(prefix = 'mlops-registry-test-'): Promise<string> {
  return mkdtemp(join(tmpdir(), prefix));
}

/** A binary evaluation with a CI and one slice column; names can be made hostile by the caller. */
export function evaluationReport(overrides: Partial<EvaluationReport> = {}): EvaluationReport {
  return {
    schema: EVALUATION_SCHEMA,
    source: 'predictions',
    task: 'binary',
    rows: 365,
    dataset: { file: 'predictions.csv', format: 'csv', sha256: 'a'.repeat(64), bytes: 1000 },
    models: [],
    columns: { label: 'label', prediction: 'prediction', score: ['score'], score_classes: null, id: null, slices: ['season'] },
    classification: { classes: [0, 1], pos_label: 1, threshold: 0.5, predicted_from: 'prediction', ece_bins: 10 },
    bootstrap: { method: 'percentile', unit: 'row', resamples: 200, confidence: 0.95, seed: 1, prng: 'xoshiro128**' },
    metrics: { accuracy: { value: 0.9, ci: [0.87, 0.93] }, roc_auc: { value: 0.95, ci: [0.93, 0.97] } },
    omitted: [],
    confusion_matrix: null,
    slices: [
      { column: 'season', value: 'winter', rows: 90, metrics: { accuracy: { value: 0.88, ci: [0.8, 0.94] } }, omitted: [], confusion_matrix: null },
    ],
    skipped_slices: [],
    min_slice_size: null,
    examples: null,
    imported: null,
    warnings: [],
    ...overrides,
  };
}

export interface Workspace {
  dir: string;
  files: string;
  evaluation: string;
  registry: string;
  ports: ReturnType<typeof openLocalRegistry>;
}

/** A workspace with model files `files` (path → content), an evaluation report and an empty registry. */
export async function workspace(files: Record<string, string> = { 'model.json': '{"w":[1,2,3]}\n', 'params/config.txt': 'depth=3\n' }, report = evaluationReport()): Promise<Workspace> {
  const dir = await tempDir();
  const modelDir = join(dir, 'model');
  for (const [name, content] of Object.entries(files)) {
    await mkdir(join(modelDir, name, '..'), { recursive: true });
    await writeFile(join(modelDir, name), content);
  }
  const evaluation = join(dir, 'evaluation.json');
  await writeFile(evaluation, JSON.stringify(report));
  const registry = join(dir, 'registry');
  return { dir, files: modelDir, evaluation, registry, ports: openLocalRegistry(registry) };
}

/** No GitHub variables and no git checkout: lineage is `none`, the actor fixed. */
export const localEnv = { USER: 'tester' };
