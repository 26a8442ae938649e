/**
 * `mlops-actions/formats`: what a team's own step imports to read the files our steps write. The
 * zod schemas are the ones our steps write and read with (re-exported, never copied), so a custom
 * step fails on exactly the files ours would, and `readFormat` checks the `schema` field first, so
 * a file of another kind or a newer major version gets a message saying so instead of a zod path.
 *
 *   import { readFormat } from 'mlops-actions/formats';
 *   const report = await readFormat('mlops-out/evaluation.json', 'mlops-actions/evaluation@1');
 *   report.metrics.roc_auc?.value;
 *
 * A format's major version (`@1`) changes only with a major version of mlops-actions (v2), which is
 * also the ref a custom step pins (docs/new-action.md). docs/formats.md documents every field.
 *
 * The schemas are built on first use (shared/runtime/lazy-schema.ts): each export stands for its
 * schema in everything read through it (`parse`, `safeParse`, embedding in your own z.object).
 * Code that keys schemas by identity, such as z.toJSONSchema, wants `builtSchema(profileSchema)`.
 */
import { readFile } from 'node:fs/promises';
import type { z } from 'zod';
import { InputError } from '../runtime/errors.js';
import { PROFILE_SCHEMA, profileSchema } from '../formats/profile-format.js';
import { VALIDATION_SCHEMA, validationReportSchema } from '../formats/validation-format.js';
import { EVALUATION_SCHEMA, evaluationReportSchema } from '../formats/evaluation-format.js';
import { RUN_SCHEMA, runRecordSchema } from '../formats/run-format.js';
import { COMPARISON_SCHEMA, comparisonSchema } from '../formats/comparison-format.js';
import { MODEL_MANIFEST_SCHEMA, modelManifestSchema } from '../formats/manifest-format.js';
import { REGISTRY_STATE_SCHEMA, registryStateSchema } from '../formats/state-format.js';
import { DRIFT_SCHEMA, driftReportSchema } from '../formats/drift-format.js';

export { PROFILE_SCHEMA, profileSchema, type Profile, type ColumnProfile } from '../formats/profile-format.js';
export { VALIDATION_SCHEMA, validationReportSchema, type ValidationReport, type ValidationFinding } from '../formats/validation-format.js';
export { EVALUATION_SCHEMA, evaluationReportSchema, type EvaluationReport, type MetricValue, type EvaluationSlice } from '../formats/evaluation-format.js';
export { RUN_SCHEMA, runRecordSchema, type RunRecord } from '../formats/run-format.js';
export { COMPARISON_SCHEMA, comparisonSchema, type Comparison, type MetricComparison } from '../formats/comparison-format.js';
export { MODEL_MANIFEST_SCHEMA, modelManifestSchema, type ModelManifest } from '../formats/manifest-format.js';
export { REGISTRY_STATE_SCHEMA, registryStateSchema, type RegistryState } from '../formats/state-format.js';
export { DRIFT_SCHEMA, driftReportSchema, type DriftReport, type ColumnDrift, type DriftDecision } from '../formats/drift-format.js';
export { builtSchema } from '../runtime/lazy-schema.js';

/** Every JSON format our steps write, by the value of its `schema` field. */
export const FORMATS = {
  [PROFILE_SCHEMA]: { schema: profileSchema, writer: 'validate-data (profile-out)' },
  [VALIDATION_SCHEMA]: { schema: validationReportSchema, writer: 'validate-data (report-out)' },
  [EVALUATION_SCHEMA]: { schema: evaluationReportSchema, writer: 'evaluate (out)' },
  [RUN_SCHEMA]: { schema: runRecordSchema, writer: 'train (run-out)' },
  [COMPARISON_SCHEMA]: { schema: comparisonSchema, writer: 'compare (out-dir/comparison.json)' },
  [MODEL_MANIFEST_SCHEMA]: { schema: modelManifestSchema, writer: 'publish-model (manifest.json)' },
  [REGISTRY_STATE_SCHEMA]: { schema: registryStateSchema, writer: 'publish-model and promote-model (the registry branch)' },
  [DRIFT_SCHEMA]: { schema: driftReportSchema, writer: 'drift-check (out)' },
} as const;

export type FormatId = keyof typeof FORMATS;
/** The parsed value of a format, e.g. `FormatOf<'mlops-actions/evaluation@1'>` is an EvaluationReport. */
export type FormatOf<Id extends FormatId> = z.output<(typeof FORMATS)[Id]['schema']>;

const isFormatId = (s: unknown): s is FormatId => typeof s === 'string' && Object.hasOwn(FORMATS, s);

/** Checks an already parsed JSON value; `file` names it in the message. Throws InputError. */
export function parseFormat<Id extends FormatId>(json: unknown, expected: Id, file: string): FormatOf<Id> {
  const { schema, writer } = FORMATS[expected];
  const hint = `give the file ${writer} wrote`;
  const found = json !== null && typeof json === 'object' && !Array.isArray(json) ? (json as { schema?: unknown }).schema : undefined;
  if (found !== expected) {
    const [family, major] = expected.split('@');
    const what =
      found === undefined
        ? `has no "schema" field, so it is not a ${expected} file`
        : isFormatId(found)
          ? `is a ${found} file, not ${expected}`
          : typeof found === 'string' && found.startsWith(`${family}@`) && Number(found.slice(family!.length + 1)) > Number(major)
            ? `is ${found}, a newer major version than this step reads (${expected})`
            : `has schema ${JSON.stringify(found)}, not "${expected}"`;
    const fix = typeof found === 'string' && found.startsWith(`${family}@`) ? 'update the step to the mlops-actions version that writes it' : hint;
    throw new InputError(what, { location: { file }, hint: fix });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.length ? issue.path.join('.') : '(top level)';
    throw new InputError(`not a valid ${expected} file: ${at}: ${issue.message}`, { location: { file }, hint: `the file may be truncated or edited by hand; ${hint}` });
  }
  return parsed.data as FormatOf<Id>;
}

/** Reads a JSON file our steps wrote and checks it is the `expected` format. Throws InputError at the file. */
export async function readFormat<Id extends FormatId>(file: string, expected: Id): Promise<FormatOf<Id>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? 'file not found' : `cannot read the file: ${(e as Error).message}`, {
      location: { file },
      hint: `check the path; ${FORMATS[expected].writer} writes it`,
      cause: e,
    });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new InputError(`not JSON: ${(e as Error).message}`, { location: { file }, hint: `expected a ${expected} file` });
  }
  return parseFormat(json, expected, file);
}
