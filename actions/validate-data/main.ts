/** validate-data: inputs -> validateData() -> outputs, annotations, job summary. */
import { z } from 'zod';
import { validateData } from '../../shared/data/validate-data.js';
import { FAIL_ON, asValidationReport, failingCounts, failsValidation, renderValidationSummary } from '../../shared/report/validation-summary.js';
import { annotate, appendSummary, failStep, readInputs, runAction, setOutputs } from '../../shared/runtime/action.js';
import { parseDelimiter } from '../../shared/runtime/cli.js';
import { EXIT_CHECK_FAILED } from '../../shared/runtime/errors.js';

const inputs = z.object({
  data: z.string(),
  contract: z.string().optional(),
  'profile-out': z.string().default('mlops-out/profile.json'),
  'report-out': z.string().default('mlops-out/validation.json'),
  delimiter: z.string().optional(),
  'fail-on': z.enum(FAIL_ON).default('error'),
});

await runAction(async () => {
  const input = readInputs(inputs, { untrimmed: ['delimiter'] });
  const result = await validateData({
    data: input.data,
    contract: input.contract,
    profileOut: input['profile-out'],
    reportOut: input['report-out'],
    delimiter: parseDelimiter(input.delimiter),
  });
  const report = asValidationReport(result.report);
  const { errors, warnings } = failingCounts(report);
  setOutputs({
    passed: report.passed,
    'profile-path': result.profilePath,
    'report-path': result.reportPath,
    errors,
    warnings,
    rows: result.profile.rows,
  });
  for (const f of report.findings) {
    if (f.severity === 'info' || f.passed === true) continue;
    annotate(f.severity === 'error' ? 'error' : 'warning', f.message, { ...(f.location ?? { file: input.data }), title: f.rule });
  }
  await appendSummary(renderValidationSummary(result.report, result.profile, { data: input.data, contract: input.contract }));
  if (failsValidation(report, input['fail-on'])) {
    failStep(`validation failed: ${errors} failing error rules, ${warnings} failing warn rules (fail-on: ${input['fail-on']})`, EXIT_CHECK_FAILED);
  }
});
