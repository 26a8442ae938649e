/** `mlops compare`: the compare step on the command line, posting through a LocalForge. */
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { parseModelConfig } from '../../config/mlops-config.js';
import { CommandUsageError, parseCommandArgs, requireOption, type CliIo, type Command } from '../../runtime/cli.js';

const usage = `Usage: mlops compare --head FILE --baseline FILE|none|production [options] --out-dir DIR

Compare an evaluation report (the head) with a baseline report under the gate rules of
mlops.yaml, and write what the compare action would post on a PR:
  DIR/comparison.json   the comparison (mlops-actions/comparison@1)
  DIR/comment.md        the sticky PR comment (printed on stdout)
  DIR/summary.md        the job summary
  DIR/forge/            the comment and check run as a LocalForge writes them

Options:
  --head FILE             the head evaluation report (mlops-actions/evaluation@1)   (required)
  --baseline FILE         the baseline report; "none" for a first run                (required)
  --config FILE           mlops.yaml with gate rules (default: ./mlops.yaml when it exists)
  --rules FILE            one model's rules (YAML) instead of mlops.yaml
  --model NAME            which model of mlops.yaml (default: the only one)
  --out-dir DIR           where to write the files above                             (required)
  --repo OWNER/NAME       the repository the LocalForge posts to (default local/repo)
  --pr N                  the PR number it comments on (default 1)
  --sha SHA               the head commit of the check run (default local)
  --workflow NAME         names the sticky comment (default pr-report.yml)
  --no-fail               exit 0 even when the gate fails
  --quiet                 do not print the comment
  -h, --help              show this help

Exit codes: 0 passed or report only, 1 the gate failed, 2 bad usage or bad input.
`;

const options = {
  head: { type: 'string' },
  baseline: { type: 'string' },
  config: { type: 'string' },
  rules: { type: 'string' },
  model: { type: 'string' },
  'out-dir': { type: 'string' },
  repo: { type: 'string' },
  pr: { type: 'string' },
  sha: { type: 'string' },
  workflow: { type: 'string' },
  'no-fail': { type: 'boolean' },
  quiet: { type: 'boolean' },
} as const;

export const compareCommand: Command = {
  name: 'compare',
  summary: 'Compare an evaluation report with a baseline, gate it, and render the PR report',
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs(argv, options, usage);
    const head = requireOption(values.head, 'head', usage);
    const baselineArg = requireOption(values.baseline, 'baseline', usage);
    const outDir = requireOption(values['out-dir'], 'out-dir', usage);
    const [owner, repo, ...rest] = (values.repo ?? 'local/repo').split('/');
    if (!owner || !repo || rest.length) throw new CommandUsageError(`--repo must be OWNER/NAME (got ${JSON.stringify(values.repo)})`, usage);
    const pr = values.pr === undefined ? 1 : Number(values.pr);
    if (!Number.isInteger(pr) || pr < 1) throw new CommandUsageError(`--pr must be a positive whole number (got ${JSON.stringify(values.pr)})`, usage);
    if (baselineArg === 'base-branch') throw new CommandUsageError('--baseline base-branch needs a workflow run on GitHub; locally, pass the baseline report file', usage);
    // Loaded on demand: other commands should not pay for compare's code at start-up.
    const { baselineKindOf, productionNotAvailable } = await import('../../compare/baseline.js');
    const { runCompareStep } = await import('../../compare/compare-step.js');
    const { LocalForge } = await import('../../github/local-forge.js');
    const kind = baselineKindOf(baselineArg);
    if (kind === 'production') throw productionNotAvailable();
    const rules = values.rules === undefined ? undefined : parseModelConfig(parseYaml(await readFile(values.rules, 'utf8')), values.rules);
    const result = await runCompareStep(
      {
        head,
        baseline: kind === 'file' ? { kind, path: baselineArg } : { kind: 'none' },
        config: values.config ?? (existsSync('mlops.yaml') ? 'mlops.yaml' : undefined),
        rules,
        model: values.model,
        outDir,
        workflow: values.workflow ?? 'pr-report.yml',
        failOnRegression: !values['no-fail'],
        target: { owner, repo, prNumber: pr, headSha: values.sha ?? 'local' },
      },
      { forge: new LocalForge(join(outDir, 'forge')) },
    );
    if (!values.quiet) io.stdout(result.comment);
    io.stdout(`\nverdict: ${result.comparison.verdict}\nwrote ${result.files.comparison}, ${result.files.comment}, ${result.files.summary}\n`);
    if (result.commentUrl) io.stdout(`comment (LocalForge): ${result.commentUrl}\n`);
    if (result.checkRunUrl) io.stdout(`check run (LocalForge): ${result.checkRunUrl}\n`);
    return result.exitCode;
  },
};
