/** `mlops profile merge`: combine shard profiles (from a matrix of jobs) into one. */
import { parseCommandArgs, requireOption, CommandUsageError, type CliIo, type Command } from '../../runtime/cli.js';
import { writeJsonAtomic } from '../../runtime/atomic-write.js';
import { EXIT_OK } from '../../runtime/errors.js';

const usage = `Usage: mlops profile merge A.json B.json [...] --out C.json

Merge profiles (mlops-actions/profile@1) of shards of one dataset into the profile of the whole.
Counts, min, max and mean are exact; quantiles and distinct counts keep their sketches' error.

Options:
  --out FILE    where to write the merged profile (required)
  -h, --help    show this help

Exit codes: 0 ok, 2 bad usage or an unreadable/incompatible profile.
`;

export const profileMergeCommand: Command = {
  name: 'profile merge',
  summary: 'Merge shard profiles into one profile',
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, { out: { type: 'string', short: 'o' } } as const, usage, true);
    const out = requireOption(values.out, 'out', usage);
    if (positionals.length < 1) throw new CommandUsageError('give at least one profile to merge', usage);
    // Loaded on demand: `mlops validate` should not pay for the merge code at start-up.
    const { mergeProfiles, readProfile } = await import('../../data/profile-merge.js');
    const profiles = [];
    for (const file of positionals) profiles.push(await readProfile(file));
    const merged = mergeProfiles(profiles);
    await writeJsonAtomic(out, merged);
    io.stdout(`merged ${positionals.length} profiles (${merged.rows} rows) into ${out}\n`);
    return EXIT_OK;
  },
};
