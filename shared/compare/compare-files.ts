/**
 * The file-reading edge of compareReports(): reads the head and baseline reports (and, when both
 * carry one, their per-example files), the gate rules from mlops.yaml or given directly, and
 * returns the comparison. Writing it out is the caller's job (the action and the CLI).
 */
import { readFile } from 'node:fs/promises';
import { evaluationReportSchema, examplesFileOf, type EvaluationReport } from '../formats/evaluation-format.js';
import { InputError } from '../runtime/errors.js';
import { gateRulesOf, type ModelConfigInput, type SignificanceConfig } from '../config/mlops-config.js';
import { compareReports, type CompareOptions } from './compare.js';
import type { Comparison } from '../formats/comparison-format.js';
import { pairExamples, readExamplesFile, type PairedExamples } from './examples-pairing.js';

export interface CompareFilesOptions {
  /** The head evaluation report (evaluation@1 JSON). */
  head: string;
  /** The baseline report; absent on a first run. */
  baseline?: string;
  /** mlops.yaml; ignored when `rules` is given. */
  config?: string;
  /** Gate rules given directly (action inputs), instead of the config file. */
  rules?: ModelConfigInput;
  /** Which model of mlops.yaml (default: the only one). */
  model?: string;
  significance?: SignificanceConfig;
  /**
   * Why the baseline's per-example file is not there although its report names one (a registry
   * release without it, see ResolvedBaseline): paired tests are skipped with this reason.
   */
  baselineExamplesUnavailable?: string;
}

/** Reads and checks an evaluation report. Throws InputError naming the file and the first problem. */
export async function readEvaluationReport(file: string): Promise<EvaluationReport> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'evaluation report not found' : `cannot read the evaluation report: ${(e as Error).message}`, { location: { file }, cause: e });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(`not JSON: ${(e as Error).message}`, { location: { file }, hint: (o) => `point at the report evaluate wrote (${o.option('out')})` });
  }
  const parsed = evaluationReportSchema.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    const at = i.path.length ? i.path.join('.') : '(top level)';
    throw new InputError(`not an mlops-actions/evaluation@1 report: ${at}: ${i.message}`, { location: { file }, hint: (o) => `point at the report evaluate wrote (${o.option('out')})` });
  }
  return parsed.data;
}

async function pairedOf(head: EvaluationReport, headFile: string, base: EvaluationReport, baseFile: string): Promise<PairedExamples | string> {
  const h = examplesFileOf(headFile, head);
  const b = examplesFileOf(baseFile, base);
  if (!h || !b) return `per-example data is missing from the ${!h && !b ? 'head and the baseline reports' : !h ? 'head report' : 'baseline report'} (evaluate writes it unless --no-examples)`;
  if ((head.examples!.id_column === null) !== (base.examples!.id_column === null)) {
    throw new InputError(
      `the head pairs rows by ${head.examples!.id_column === null ? 'row index' : `id column ${head.examples!.id_column}`} but the baseline by ${base.examples!.id_column === null ? 'row index' : `id column ${base.examples!.id_column}`}`,
      { location: { file: headFile }, hint: (o) => `evaluate both with the same ${o.option('id')} column` },
    );
  }
  const [hr, br] = await Promise.all([
    readExamplesFile(h, { sha256: head.examples!.sha256, rows: head.examples!.rows }),
    readExamplesFile(b, { sha256: base.examples!.sha256, rows: base.examples!.rows }),
  ]);
  return pairExamples(hr, br);
}

export async function compareFiles(options: CompareFilesOptions): Promise<Comparison> {
  const [head, baseline] = await Promise.all([readEvaluationReport(options.head), options.baseline ? readEvaluationReport(options.baseline) : undefined]);
  const { rules, model } = await gateRulesOf(options);
  const compareOptions: CompareOptions = { model: model ?? null, headFile: options.head, baselineFile: options.baseline ?? null, significance: options.significance };
  const resamples = options.significance?.resamples ?? rules?.significance?.resamples;
  if (baseline && resamples !== 0) {
    const paired = options.baselineExamplesUnavailable ?? (await pairedOf(head, options.head, baseline, options.baseline!));
    if (typeof paired === 'string') compareOptions.notTestedReason = paired;
    else compareOptions.paired = paired;
  }
  return compareReports(head, baseline, rules, compareOptions);
}
