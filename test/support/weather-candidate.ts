/**
 * One trained and evaluated candidate of the example weather model: the params (when given) in a
 * file next to `out`, `examples/weather/train.ts --out out` with MLOPS_PARAMS_FILE pointing at it,
 * then evaluate on its Seattle 2015 predictions (with per-season slices), writing
 * `out/evaluation.json` and its per-example file. The tests that need real reports of two or more
 * models (compare, rank, release scenario) all build them this way.
 *
 * Several files train the same candidates (the example's own params, temperatures and wind only), and
 * each training costs seconds. So the training's outputs are kept in a folder under the machine's
 * temp folder named by the digest of everything they depend on (train.ts, its data, params.yaml, the
 * params, the libraries' versions, Node's version), and a later call with the same inputs copies
 * them instead of training again. examples/weather's own tests always train.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, readFileSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
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

const example = join(repoRoot, 'examples/weather');
const TRAINED = join(tmpdir(), 'mlops-test-weather-candidates');

/** The digest of everything train.ts's outputs depend on, for these params. */
function trainingKey(params: Record<string, unknown> | undefined): string {
  const h = createHash('sha256');
  const part = (name: string, bytes: string | Buffer) => h.update(`${name}\0${bytes.length}\0`).update(bytes);
  part('node', process.version);
  part('params', params ? JSON.stringify(params) : '(params.yaml)');
  for (const f of ['train.ts', 'params.yaml', ...readdirSync(join(example, 'data')).sort().map((d) => `data/${d}`)]) part(f, readFileSync(join(example, f)));
  for (const pkg of ['ml-logistic-regression', 'ml-matrix', 'yaml']) part(pkg, readFileSync(join(repoRoot, 'node_modules', pkg, 'package.json')));
  return h.digest('hex').slice(0, 32);
}

/** examples/weather/train.ts's outputs in `out` (the example's own params when none are given): trained now, or copied from an earlier training with the same inputs. */
export async function trainedWeatherModel(out: string, params: Record<string, unknown> | undefined): Promise<void> {
  const kept = join(TRAINED, trainingKey(params));
  if (!existsSync(kept)) {
    await mkdir(TRAINED, { recursive: true });
    const fresh = await mkdtemp(join(TRAINED, '.training-'));
    try {
      const env = { ...process.env };
      delete env.MLOPS_PARAMS_FILE;
      if (params) {
        env.MLOPS_PARAMS_FILE = join(fresh, 'params.json');
        await writeFile(env.MLOPS_PARAMS_FILE, JSON.stringify(params));
      }
      await run(process.execPath, ['--import', 'tsx', join(example, 'train.ts'), '--out', join(fresh, 'out')], { cwd: repoRoot, env });
      // Another worker may have kept the same training meanwhile: theirs is byte-identical, keep it.
      await rename(join(fresh, 'out'), kept).catch((e: NodeJS.ErrnoException) => {
        if (!existsSync(kept)) throw e;
      });
    } finally {
      await rm(fresh, { recursive: true, force: true });
    }
  }
  await mkdir(dirname(out), { recursive: true });
  cpSync(kept, out, { recursive: true });
}

export async function trainWeatherCandidate(out: string, params: Record<string, unknown> | undefined, evaluation: CandidateEvaluation): Promise<{ report: EvaluationReport; reportPath: string }> {
  await trainedWeatherModel(out, params);
  const reportPath = join(out, 'evaluation.json');
  const { report } = await evaluate({
    predictions: join(out, 'predictions.csv'), task: 'binary', label: 'label', score: ['score'], prediction: 'prediction',
    ...(evaluation.id ? { id: evaluation.id } : {}), slices: ['season'], resamples: evaluation.resamples, out: reportPath,
  });
  return { report, reportPath };
}
