/** `mlops compare`: the compare step on the command line, posting through a LocalForge. */
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { writeFileAtomic } from '../../runtime/atomic-write.js';
import { CommandUsageError, parseCommandArgs, requireOption, type CliIo, type Command } from '../../runtime/cli.js';
import type { CompareStepBaseline } from '../../compare/baseline.js';
import { openRegistryFromFlags, REGISTRY_FLAGS, REGISTRY_FLAGS_HELP } from '../registry-flags.js';

const usage = `Usage: mlops compare --head FILE --baseline FILE|none|production|base-branch [options] --out-dir DIR

Compare an evaluation report (the head) with a baseline report under the gate rules of
mlops.yaml, and write what the compare action would post on a PR:
  DIR/comparison.json   the comparison (mlops-actions/comparison@1)
  DIR/comment.md        the sticky PR comment
  DIR/summary.md        the job summary
  DIR/forge/            the comment and check run as a LocalForge writes them

Options:
  --head FILE             the head evaluation report (mlops-actions/evaluation@1)   (required)
  --baseline FILE         the baseline report; "none" for a first run; "production"
                          for the report of the model's production version in the
                          registry (checked against its manifest); "base-branch" for
                          the evaluation artifact of the latest successful run of
                          --workflow on --base-branch of --repo on GitHub            (required)
  --config FILE           mlops.yaml with gate rules (default: ./mlops.yaml when it exists)
  --rules FILE            one model's rules (YAML) instead of mlops.yaml
  --model NAME            which model of mlops.yaml (default: the only one); with
                          --baseline production, the model in the registry
  --out-dir DIR           where to write the files above                             (required)
  --repo OWNER/NAME       the repository the LocalForge posts to (default local/repo)
  --pr N                  the PR number it comments on (default 1)
  --sha SHA               the head commit of the check run (default local)
  --workflow NAME         names the sticky comment; with --baseline base-branch, the
                          workflow whose runs upload the artifact (default pr-report.yml)
  --post                  post the comment and the check run on GitHub (--repo, --pr,
                          --sha) instead of writing them through the LocalForge
  --comment FILE          also write the comment to FILE; "-" prints it on stdout
  --run FILE              the head's run record (train --run-out), for "What changed"
                          (default: run.json beside the head report, when there)
  --profile FILE          the head's training-data profile (validate --profile-out)
                          (default: profile.json beside the head report, when there)
  --baseline-run FILE     the baseline's run record (default: run.json beside its report;
                          with --baseline production, the release's run.json)
  --baseline-profile FILE the baseline's training-data profile (likewise profile.json)
  --explanation FILE      the head's explanation (mlops explain) for "What the model relies
                          on" (default: explanation.json beside the head report, when there)
  --baseline-explanation FILE  the baseline's (likewise explanation.json)
  --no-fail               exit 0 even when the gate fails
  --quiet                 no status lines on stderr
  -h, --help              show this help

Stdout carries only what --comment - asks for (pipe it: --comment - | gh pr comment 7 -F -);
the verdict and the files written are status lines on stderr.

With --baseline base-branch (what the compare action does on a pull request; token from
GITHUB_TOKEN or GH_TOKEN with actions: read, GITHUB_API_URL for GHES):
  --repo OWNER/REPO     the repository whose workflow runs hold the artifact   (required)
  --base-branch B       the branch whose latest successful run is the baseline (required)
  --artifact-name N     the evaluation artifact's name (default mlops-evaluation)
  --artifact-report P   the report's path inside the artifact (default evaluation.json)

With --baseline production (the version the registry's production alias points to; a model
never promoted is compared as a first run):
  --baseline-alias A    compare with alias A instead (staging, ...)
${REGISTRY_FLAGS_HELP}
  --repo also stays the LocalForge's repository; given with --registry DIR, it is only that.

Exit codes: 0 passed or report only, 1 the gate failed or the production report does not
match its release's manifest, 2 bad usage or bad input, 3 GitHub refused a call.
`;

const options = {
  ...REGISTRY_FLAGS,
  'baseline-alias': { type: 'string' },
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
  comment: { type: 'string' },
  run: { type: 'string' },
  profile: { type: 'string' },
  'baseline-run': { type: 'string' },
  'baseline-profile': { type: 'string' },
  explanation: { type: 'string' },
  'baseline-explanation': { type: 'string' },
  'no-fail': { type: 'boolean' },
  'base-branch': { type: 'string' },
  'artifact-name': { type: 'string' },
  'artifact-report': { type: 'string' },
  post: { type: 'boolean' },
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
    // Loaded on demand: other commands should not pay for compare's code at start-up.
    const { baselineKindOf } = await import('../../compare/baseline.js');
    const { runCompareStep } = await import('../../steps/compare.js');
    const { LocalForge } = await import('../../local/local-forge.js');
    const kind = baselineKindOf(baselineArg);
    const registryFlag = (['registry', 'registry-branch', 'baseline-alias'] as const).find((f) => values[f] !== undefined);
    if (kind !== 'production' && registryFlag) throw new CommandUsageError(`--${registryFlag} goes with --baseline production`, usage);
    const artifactFlag = (['base-branch', 'artifact-name', 'artifact-report'] as const).find((f) => values[f] !== undefined);
    if (kind !== 'base-branch' && artifactFlag) throw new CommandUsageError(`--${artifactFlag} goes with --baseline base-branch`, usage);
    // GitHub itself: for the base branch's artifact, or to post the comment and check run there.
    let github: { forge: import('../../github/github-forge.js').GitHubForge; repo: { owner: string; repo: string } } | undefined;
    if (kind === 'base-branch' || values.post) {
      if (values.repo === undefined) throw new CommandUsageError(`${values.post ? '--post' : '--baseline base-branch'} needs --repo OWNER/REPO`, usage);
      if (values.post && (values.pr === undefined || values.sha === undefined)) throw new CommandUsageError('--post needs --pr N and --sha SHA: the PR to comment on and the commit of the check run', usage);
      const { gitHubFromFlags } = await import('../registry-flags.js');
      const { client, repo: ref } = await gitHubFromFlags(values.repo, io.env, usage, {
        need: 'actions: read for the base branch\'s artifact; with --post, pull-requests: write and checks: write',
        warn: (m) => io.stderr(`mlops: ${m}\n`),
      });
      const { GitHubForge } = await import('../../github/github-forge.js');
      github = { forge: new GitHubForge(client), repo: ref };
    }
    if (values.comment === '') throw new CommandUsageError('--comment needs a file name, or "-" for stdout', usage);
    const rules = values.rules === undefined ? undefined : await (await import('../../config/mlops-config.js')).loadModelRules(values.rules);
    let baseline: CompareStepBaseline;
    if (kind === 'production') {
      // --repo names the LocalForge's repository too: it picks the GitHub registry only when no --registry folder is given.
      const registry = await openRegistryFromFlags({ registry: values.registry, repo: values.registry === undefined ? values.repo : undefined, 'registry-branch': values['registry-branch'] }, io.env, usage);
      baseline = { kind, registry, alias: values['baseline-alias'] };
    } else if (kind === 'base-branch') {
      const branch = requireOption(values['base-branch'], 'base-branch', usage);
      baseline = { kind, repo: github!.repo, workflow: values.workflow ?? 'pr-report.yml', branch, artifact: values['artifact-name'] ?? 'mlops-evaluation', reportPath: values['artifact-report'] ?? 'evaluation.json' };
    } else baseline = kind === 'file' ? { kind, path: baselineArg } : { kind: 'none' };
    const download = kind === 'base-branch' ? (await import('../../github/artifact-download.js')).forgeArtifactDownloader(github!.forge) : undefined;
    const result = await runCompareStep(
      {
        head,
        baseline,
        config: values.config ?? (existsSync('mlops.yaml') ? 'mlops.yaml' : undefined),
        rules,
        model: values.model,
        outDir,
        workflow: values.workflow ?? 'pr-report.yml',
        failOnRegression: !values['no-fail'],
        target: { owner, repo, prNumber: pr, headSha: values.sha ?? 'local' },
        headRun: values.run,
        headProfile: values.profile,
        baselineRun: values['baseline-run'],
        baselineProfile: values['baseline-profile'],
        headExplanation: values.explanation,
        baselineExplanation: values['baseline-explanation'],
      },
      { forge: values.post ? github!.forge : new LocalForge(join(outDir, 'forge')), baselineForge: github?.forge, download, log: kind === 'base-branch' && !values.quiet ? (m) => io.stderr(`${m}\n`) : undefined },
    );
    if (values.comment === '-') io.stdout(result.comment);
    else if (values.comment !== undefined) await writeFileAtomic(values.comment, result.comment);
    if (!values.quiet) {
      const also = values.comment !== undefined && values.comment !== '-' ? `, ${values.comment}` : '';
      io.stderr(`verdict: ${result.comparison.verdict}\nwrote ${result.files.comparison}, ${result.files.comment}, ${result.files.summary}${also}\n`);
      const changed = result.comparison.what_changed;
      if (changed) {
        const { whatChangedLine } = await import('../../report/what-changed-section.js');
        io.stderr(`what changed: ${whatChangedLine(changed)}\n`);
      }
      const where = values.post ? 'GitHub' : 'LocalForge';
      if (result.commentUrl) io.stderr(`comment (${where}): ${result.commentUrl}\n`);
      if (result.checkRunUrl) io.stderr(`check run (${where}): ${result.checkRunUrl}\n`);
    }
    return result.exitCode;
  },
};
