/** `mlops validate`: the validate-data step on the command line. */
import { validateData } from '../../data/validate-data.js';
import {
  asValidationReport,
  FAIL_ON,
  failsValidation,
  renderFindingLine,
  renderSummaryLine,
} from '../../report/validation-summary.js';
import { choiceOption, parseCommandArgs, parseDelimiter, requireOption, type CliIo, type Command } from '../../runtime/cli.js';
import { EXIT_CHECK_FAILED, EXIT_OK } from '../../runtime/errors.js';

const usage = `Usage: mlops validate --data FILE [options]

Profile a data file and check it against a data contract.

Options:
  --data FILE             CSV, TSV, JSON Lines or Parquet (.gz for text formats)   (required)
  --contract FILE         data contract YAML; without one the data is only profiled
  --profile-out FILE      write the profile JSON (mlops-actions/profile@1)
  --report-out FILE       write the validation report JSON (mlops-actions/validation@1)
  --infer-contract FILE   write a contract inferred from the data (YAML)
  --format text|json      output on stdout (default text; json prints the report)
  --delimiter C           CSV delimiter (default "," and tab for .tsv; "tab" for a tab)
  --fail-on error|warn|never  exit 1 on failing error rules (default), also on warnings, or never
  -h, --help              show this help

Exit codes: 0 passed, 1 validation failed, 2 bad usage or unreadable input.
`;

const options = {
  data: { type: 'string' },
  contract: { type: 'string' },
  'profile-out': { type: 'string' },
  'report-out': { type: 'string' },
  'infer-contract': { type: 'string' },
  format: { type: 'string' },
  delimiter: { type: 'string' },
  'fail-on': { type: 'string' },
} as const;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Profile a data file and check it against a data contract',
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs(argv, options, usage);
    const data = requireOption(values.data, 'data', usage);
    const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', usage);
    const failOn = choiceOption(values['fail-on'], 'fail-on', FAIL_ON, 'error', usage);
    const result = await validateData({
      data,
      contract: values.contract,
      profileOut: values['profile-out'],
      reportOut: values['report-out'],
      inferContractOut: values['infer-contract'],
      delimiter: parseDelimiter(values.delimiter),
    });
    const report = asValidationReport(result.report);
    if (format === 'json') {
      io.stdout(`${JSON.stringify(result.report, null, 2)}\n`);
    } else {
      for (const f of report.findings) io.stdout(`${renderFindingLine(f)}\n`);
      io.stdout(`${renderSummaryLine(result.report, result.profile, data, failOn)}\n`);
      for (const [what, path] of [
        ['profile', result.profilePath],
        ['report', result.reportPath],
        ['inferred contract', result.inferredContractPath],
      ] as const) {
        if (path) io.stdout(`wrote ${what}: ${path}\n`);
      }
    }
    return failsValidation(report, failOn) ? EXIT_CHECK_FAILED : EXIT_OK;
  },
};
