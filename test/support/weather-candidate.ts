/**
 * One trained and evaluated candidate of the example weather model: the params (when given) in a
 * file next to `out`, `examples/weather/train.ts --out out` with MLOPS_PARAMS_FILE pointing at it,
 * then evaluate on its Seattle 2015 predictions (with per-season slices), writing
 * `out/evaluation.json` and its per-example file. The tests that need real reports of two or more
 * models (compare, rank, release scenario) all build them this way.
 */
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { evaluate } from '../../shared/steps/evaluate.js';
import type { EvaluationReport } from '../../shared/formats/evaluation-format.js';
import { repoRoot } from './run-action.js';

const run = promisify(execFile);

export interface CandidateEvaluation {
  /** Bootstrap resamples (few keep tests fast). */
  resamples: number;
  /** The id column pairing rows across reports (paired tests); default none. */
  id?: string;
}

export async function trainWeatherCandidate(out: string, params: Record<string, unknown> | undefined, evaluation: CandidateEvaluation): Promise<{ report: EvaluationReport; reportPath: string }> {
  const env = { ...process.env };
  if (params) {
    env.MLOPS_PARAMS_FILE = `${out}.params.json`;
    await mkdir(dirname(out), { recursive: true });
    await writeFile(env.MLOPS_PARAMS_FILE, JSON.stringify(params));
  }
  await run(process.execPath, ['--import', 'tsx', join(repoRoot, 'examples/weather/train.ts'), '--out', out], { cwd: repoRoot, env });
  const reportPath = join(out, 'evaluation.json');
  const { report } = await evaluate({
    predictions: join(out, 'predictions.csv'), task: 'binary', label: 'label', score: ['score'], prediction: 'prediction',
    ...(evaluation.id ? { id: evaluation.id } : {}), slices: ['season'], resamples: evaluation.resamples, out: reportPath,
  });
  return { report, reportPath };
}
