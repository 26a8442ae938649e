/** `mlops profile show`: a profile as a table, for people. */
import { parseCommandArgs, CommandUsageError, type CliIo, type Command } from '../../runtime/cli.js';
import { EXIT_OK } from '../../runtime/errors.js';

const usage = `Usage: mlops profile show PROFILE.json

Print a profile (mlops-actions/profile@1) as a table: per column its type, counts, range,
mean, std, median, distinct count (~ when estimated) and most frequent values.

Options:
  -h, --help    show this help

Exit codes: 0 ok, 2 bad usage or an unreadable profile.
`;

export const profileShowCommand: Command = {
  name: 'profile show',
  summary: 'Print a profile as a table',
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { positionals } = parseCommandArgs(argv, {} as const, usage, true);
    if (positionals.length !== 1) throw new CommandUsageError('give one profile file', usage);
    const { readProfile } = await import('../../data/profile-merge.js');
    const { renderProfileTable } = await import('../../report/profile-table.js');
    const profile = await readProfile(positionals[0]!);
    io.stdout(`${positionals[0]}: ${profile.rows} rows, ${profile.column_order.length} columns\n`);
    io.stdout(`${renderProfileTable(profile)}\n`);
    return EXIT_OK;
  },
};
