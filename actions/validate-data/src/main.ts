/** validate-data: inputs -> validateData() (or a shard, or the shards' fan-in) -> outputs, annotations, job summary. */
import { z } from 'zod';
import { FAIL_ON, asValidationReport, failingCounts, failsValidation, renderValidationSummary } from '../../../shared/report/validation-summary.js';
import { annotate, appendSummary, failStep, readInputs, runAction, setOutputs } from '../../../shared/runtime/action.js';
import { parseDelimiter } from '../../../shared/runtime/cli.js';
import { EXIT_CHECK_FAILED, UsageError } from '../../../shared/runtime/errors.js';
import { escapeMarkdownCell } from '../../../shared/report/markdown-escape.js';

const inputs = z.object({
  data: z.string().optional(),
  contract: z.string().optional(),
  shard: z.string().optional(),
  profiles: z.string().optional(),
  'profile-out': z.string().default('mlops-out/profile.json'),
  'report-out': z.string().default('mlops-out/validation.json'),
  delimiter: z.string().optional(),
  'fail-on': z.enum(FAIL_ON).default('error'),
});

/** The step (actions/typescript-action's convention): src/index.ts runs it; @github/local-action imports it. */
export const run = (): Promise<void> =>
  runAction(async () => {
  const input = readInputs(inputs, { untrimmed: ['delimiter'] });
  if (input.profiles !== undefined && (input.data !== undefined || input.shard !== undefined)) {
    throw new UsageError('input "profiles" (the fan-in) does not go with "data" or "shard"', { hint: 'the fan-in job reads the shard jobs\' profiles; give data and shard to the matrix jobs' });
  }
  if (input.profiles === undefined && input.data === undefined) {
    throw new UsageError('input "data" is required', { hint: 'set `with: data: ...` on the step (or profiles: in the fan-in job of a sharded validation)' });
  }

  if (input.shard !== undefined) {
    const { parseShardSpec } = await import('../../../shared/data/shard-plan.js');
    const { validateShard } = await import('../../../shared/steps/validate-shard.js');
    const shard = parseShardSpec(input.shard);
    const result = await validateShard({ data: input.data!, shard, contract: input.contract, profileOut: input['profile-out'], delimiter: parseDelimiter(input.delimiter) });
    setOutputs({ 'profile-path': result.profilePath, rows: result.profile.rows });
    const s = result.shard;
    await appendSummary(
      `### validate-data shard ${s.index}/${s.count}: ${escapeMarkdownCell(s.data)}\n\n${result.profile.rows} rows${input.contract ? `, checked against ${escapeMarkdownCell(input.contract)}` : ''}; the fan-in job (\`profiles:\`) decides pass or fail for the whole data.\n`,
    );
    return;
  }

  let report;
  let profile;
  let data: string;
  let profilePath: string | undefined;
  let reportPath: string | undefined;
  if (input.profiles !== undefined) {
    const { validateMergedShards } = await import('../../../shared/steps/validate-merged-shards.js');
    const result = await validateMergedShards({ profiles: [input.profiles], contract: input.contract, profileOut: input['profile-out'], reportOut: input['report-out'] });
    ({ report, profile, profilePath, reportPath } = result);
    data = result.shard.data;
  } else {
    // Loaded once the inputs are known good: a run that fails at its inputs pays for none of it (issue 18).
    const { validateData } = await import('../../../shared/steps/validate-data.js');
    const result = await validateData({
      data: input.data!,
      contract: input.contract,
      profileOut: input['profile-out'],
      reportOut: input['report-out'],
      delimiter: parseDelimiter(input.delimiter),
    });
    ({ report, profile, profilePath, reportPath } = result);
    data = report.data.file;
  }
  const view = asValidationReport(report);
  const { errors, warnings } = failingCounts(view);
  setOutputs({
    passed: view.passed,
    'profile-path': profilePath,
    'report-path': reportPath,
    errors,
    warnings,
    rows: profile.rows,
  });
  for (const f of view.findings) {
    if (f.severity === 'info' || f.passed === true) continue;
    annotate(f.severity === 'error' ? 'error' : 'warning', f.message, { ...(f.location ?? { file: data }), title: f.rule });
  }
  await appendSummary(renderValidationSummary(report, profile, { data, contract: input.contract }));
  if (failsValidation(view, input['fail-on'])) {
    failStep(`validation failed: ${errors} failing error rules, ${warnings} failing warn rules (fail-on: ${input['fail-on']})`, EXIT_CHECK_FAILED);
  }
});
