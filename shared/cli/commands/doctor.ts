/** `mlops doctor`: check a repository's mlops-actions setup (shared/doctor/doctor.ts). */
import { resolve } from 'node:path';
import { choiceOption, parseCommandArgs, type CliIo, type Command } from '../../runtime/cli.js';

const usage = `Usage: mlops doctor [--dir DIR] [--format text|json]

Check a repository's mlops-actions setup, offline, and say what to fix:
  - mlops.yaml exists and is valid;
  - the workflows in .github/workflows/ parse, call our actions and reusable workflows with inputs
    they declare, and grant the permissions they need;
  - promotions run in valid environments, production behind require-approval;
  - the secrets and variables the workflows read (listed: GitHub's settings cannot be read offline),
    and the drift sources' secret_env names reach the drift job;
  - each model has what its steps read from mlops.yaml (gate rules, model card text, drift sources).
See docs/doctor.md.

Options:
  --dir DIR            the repository's root (default: the current folder)
  --format text|json   text for people (default), or json (mlops-actions/doctor@1)
  -h, --help           show this help

Exit codes: 0 no errors (warnings alone pass), 1 an error was found, 2 bad usage.
`;

const options = {
  dir: { type: 'string' },
  format: { type: 'string' },
} as const;

export const doctorCommand: Command = {
  name: 'doctor',
  summary: "Check a repository's mlops-actions setup and say what to fix",
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs(argv, options, usage);
    const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', usage);
    const { runDoctor, renderDoctorText, doctorExitCode } = await import('../../doctor/doctor.js');
    const report = await runDoctor({ dir: resolve(values.dir ?? '.') });
    io.stdout(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : renderDoctorText(report));
    return doctorExitCode(report);
  },
};
