/** `mlops validate`: the validate-data step on the command line (one job, a shard, or the fan-in). */
import {
  asValidationReport,
  FAIL_ON,
  failsValidation,
  renderFindingLine,
  renderSummaryLine,
} from '../../report/validation-summary.js';
import { choiceOption, CommandUsageError, parseCommandArgs, parseDelimiter, requireOption, type CliIo, type Command } from '../../runtime/cli.js';
import { EXIT_CHECK_FAILED, EXIT_OK } from '../../runtime/errors.js';
import type { Profile } from '../../formats/profile-format.js';
import type { ValidationReport } from '../../formats/validation-format.js';

const usage = `Usage: mlops validate --data FILE [options]
       mlops validate --data FILE --shard I/N --profile-out FILE [--contract FILE]
       mlops validate --profiles FILE... [--contract FILE] [options]

Profile a data file and check it against a data contract. Sharded across jobs: each job runs
--shard I/N and writes its profile; one job merges them with --profiles and checks the contract,
with the same report and profile as one job reading everything (docs/scale-out.md).

Options:
  --data FILE             CSV, TSV, JSON Lines or Parquet (.gz for text formats); a glob
                          ('data/*.parquet', quoted) or one file per line is read as one
                          table                                                      (required)
  --contract FILE         data contract YAML; without one the data is only profiled
  --profile-out FILE      write the profile JSON (mlops-actions/profile@1)
  --report-out FILE       write the validation report JSON (mlops-actions/validation@1)
  --infer-contract FILE   write a contract inferred from the data (YAML)
  --format text|json      output on stdout (default text; json prints the report)
  --delimiter C           CSV delimiter (default "," and tab for .tsv; "tab" for a tab)
  --fail-on error|warn|never  exit 1 on failing error rules (default), also on warnings, or never
  -h, --help              show this help

Sharded validation:
  --shard I/N             read only shard I of N (1-based, e.g. 2/8): one file is cut into N
                          byte ranges at line breaks (Parquet: runs of row groups), a file list
                          is dealt out (files I, I+N, …). Writes --profile-out (required) with the
                          shard's row-level results, and unique rules' keys next to it; the
                          fan-in decides pass or fail, so no report is written here
  --profiles FILE...      the fan-in: the shards' profiles (files or quoted globs; more files
                          may follow as arguments). Checks that they are all N shards of one
                          data and contract, and writes the one-job report and profile

Exit codes: 0 passed (or a shard written), 1 validation failed, 2 bad usage or unreadable input.
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
  shard: { type: 'string' },
  profiles: { type: 'string', multiple: true },
} as const;

export const validateCommand: Command = {
  name: 'validate',
  summary: 'Profile a data file and check it against a data contract (also in shards)',
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, options, usage, true);
    const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', usage);
    const failOn = choiceOption(values['fail-on'], 'fail-on', FAIL_ON, 'error', usage);
    const profiles = values.profiles === undefined ? undefined : [...values.profiles, ...positionals];
    if (!profiles && positionals.length > 0) throw new CommandUsageError(`unexpected argument "${positionals[0]}"`, usage);

    if (profiles) {
      for (const flag of ['data', 'shard', 'infer-contract', 'delimiter'] as const) {
        if (values[flag] !== undefined) throw new CommandUsageError(`--${flag} does not go with --profiles (the fan-in reads the shards' profiles, not the data)`, usage);
      }
      const { validateMergedShards } = await import('../../steps/validate-merged-shards.js');
      const result = await validateMergedShards({ profiles, contract: values.contract, profileOut: values['profile-out'], reportOut: values['report-out'] });
      const lines = [`merged ${result.profileFiles.length} shard profiles (${result.shard.count} shards of ${result.shard.data})`];
      return printResult(io, result.report, result.profile, format, failOn, lines, [
        ['profile', result.profilePath],
        ['report', result.reportPath],
      ]);
    }

    const data = requireOption(values.data, 'data', usage);
    if (values.shard !== undefined) {
      for (const flag of ['report-out', 'infer-contract'] as const) {
        if (values[flag] !== undefined) throw new CommandUsageError(`--${flag} does not go with --shard: the fan-in (--profiles) writes the report of the whole data`, usage);
      }
      const profileOut = requireOption(values['profile-out'], 'profile-out', usage);
      const { parseShardSpec } = await import('../../data/shard-plan.js');
      const { validateShard } = await import('../../steps/validate-shard.js');
      const shard = parseShardSpec(values.shard);
      const result = await validateShard({ data, shard, contract: values.contract, profileOut, delimiter: parseDelimiter(values.delimiter) });
      if (format === 'json') io.stdout(`${JSON.stringify(result.shard, null, 2)}\n`);
      else {
        io.stdout(`shard ${shard.index}/${shard.count} of ${result.shard.data}: ${describeParts(result.shard)}, ${result.profile.rows} rows${values.contract ? ', checked against the contract' : ''}\n`);
        io.stdout(`wrote profile: ${result.profilePath}\n`);
        for (const f of result.keyFiles) io.stdout(`wrote unique keys: ${f}\n`);
      }
      return EXIT_OK;
    }

    // A large CSV's shard workers start loading now, beside the step's own code (shard-workers.ts, a
    // small chunk: loaded here, not with the program, so other commands do not pay for worker_threads).
    (await import('../../data/shard-workers.js')).warmShardWorkers(data);
    // Loaded on demand: other commands should not pay for the validator's code at start-up.
    const { validateData } = await import('../../steps/validate-data.js');
    const result = await validateData({
      data,
      contract: values.contract,
      profileOut: values['profile-out'],
      reportOut: values['report-out'],
      inferContractOut: values['infer-contract'],
      delimiter: parseDelimiter(values.delimiter),
    });
    return printResult(io, result.report, result.profile, format, failOn, [], [
      ['profile', result.profilePath],
      ['report', result.reportPath],
      ['inferred contract', result.inferredContractPath],
    ]);
  },
};

function printResult(
  io: CliIo,
  reportIn: ValidationReport,
  profile: Profile,
  format: 'text' | 'json',
  failOn: (typeof FAIL_ON)[number],
  before: string[],
  written: (readonly [string, string | undefined])[],
): number {
  const report = asValidationReport(reportIn);
  if (format === 'json') {
    io.stdout(`${JSON.stringify(reportIn, null, 2)}\n`);
  } else {
    for (const line of before) io.stdout(`${line}\n`);
    for (const f of report.findings) io.stdout(`${renderFindingLine(f)}\n`);
    io.stdout(`${renderSummaryLine(reportIn, profile, reportIn.data.file, failOn)}\n`);
    for (const [what, path] of written) if (path) io.stdout(`wrote ${what}: ${path}\n`);
  }
  return failsValidation(report, failOn) ? EXIT_CHECK_FAILED : EXIT_OK;
}

/** "bytes 0–52,311 of data.csv", "row groups 3–5", "2 files". */
export function describeParts(shard: { split: string; parts: { file: string; bytes: [number, number] | null; row_groups: [number, number] | null }[] }): string {
  if (shard.split === 'files') return shard.parts.length === 0 ? 'no files (more shards than files)' : `${shard.parts.length} file${shard.parts.length === 1 ? '' : 's'} (${shard.parts.map((p) => p.file).join(', ')})`;
  const p = shard.parts[0];
  if (p?.bytes) return p.bytes[0] === p.bytes[1] ? 'no bytes (the file is too small for this many shards)' : `bytes ${p.bytes[0]}–${p.bytes[1]}`;
  if (p?.row_groups) return p.row_groups[0] === p.row_groups[1] ? 'no row groups (fewer row groups than shards)' : `row groups ${p.row_groups[0] + 1}–${p.row_groups[1]}`;
  return 'the whole file';
}
