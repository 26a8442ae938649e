/** `mlops new-action`: scaffold a team's own step on the mlops-actions library (shared/custom-step/scaffold.ts). */
import { resolve } from 'node:path';
import { CommandUsageError, parseCommandArgs, type CliIo, type Command } from '../../runtime/cli.js';
import { EXIT_OK } from '../../runtime/errors.js';
import { formatCoordinates, parseCoordinates, publishedCoordinates } from '../../runtime/published-coordinates.js';

const usage = `Usage: mlops new-action NAME [--dir DIR] [--uses OWNER/REPO@REF] [--force]

Scaffold a custom step in your repository, on the mlops-actions library: actions/NAME/ with
action.yml (inputs and outputs described, node24), a thin main.ts, step.ts for your logic, a test
that runs the bundle the way the runner does, package.json, tsconfig.json and a README.
The step imports mlops-actions/runtime (inputs, outputs, summary, errors) and mlops-actions/formats
(our JSON formats, checked with the schemas our steps use). See docs/new-action.md.

NAME: lowercase letters, digits and single hyphens, starting with a letter (e.g. metric-floor).

Options:
  --dir DIR     the repository's root (default: the current folder)
  --uses OWNER/REPO@REF
                where npm installs the library from, as mlops init --uses (default
                ${formatCoordinates(publishedCoordinates())}: github:OWNER/REPO#REF in package.json)
  --force       overwrite files that exist (without it nothing is written when one does)
  -h, --help    show this help

Exit codes: 0 written, 2 bad usage (a bad NAME, files that exist without --force).
`;

const options = {
  dir: { type: 'string' },
  uses: { type: 'string' },
  force: { type: 'boolean' },
} as const;

export const newActionCommand: Command = {
  name: 'new-action',
  summary: 'Scaffold a custom step (actions/NAME) on the mlops-actions library',
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, options, usage, true);
    if (positionals.length !== 1) throw new CommandUsageError(positionals.length === 0 ? 'give the action a NAME' : `give one NAME (got ${positionals.length})`, usage);
    const { scaffoldCustomStep, nextSteps, librarySpec, LIBRARY_SPEC } = await import('../../custom-step/scaffold.js');
    const coordinates = values.uses === undefined ? undefined : parseCoordinates(values.uses);
    const dir = resolve(values.dir ?? '.');
    const name = positionals[0]!;
    const result = await scaffoldCustomStep({ name, dir, force: values.force === true, coordinates });
    const overwritten = new Set(result.overwritten);
    io.stdout(`Created ${result.folder}/ in ${dir}:\n`);
    for (const f of result.files) io.stdout(`  ${f}${overwritten.has(f) ? '   (overwritten)' : ''}\n`);
    io.stdout(`\n${nextSteps(name, result.folder, coordinates ? librarySpec(coordinates) : LIBRARY_SPEC)}`);
    return EXIT_OK;
  },
};
