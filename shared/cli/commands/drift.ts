/** `mlops drift`: the drift-check step on the command line. */
import { join } from 'node:path';
import { CommandUsageError, choiceOption, parseCommandArgs, requireOption, type CliIo, type Command } from '../../runtime/cli.js';
import type { FailOn } from '../../drift/column-alarm.js';
import { gitHubFromFlags, openRegistryFromFlags, REGISTRY_FLAGS, REGISTRY_FLAGS_HELP } from '../registry-flags.js';

const usage = `Usage: mlops drift --current FILE... --out FILE [options]

Compare current production data (and metrics) with the reference the model was trained on:
per-column tests with Evidently's defaults (KS, chi-square, Z below 1,000 reference rows;
Wasserstein and Jensen-Shannon distance above), dataset drift when at least half the columns
drifted, and the metric rules of mlops.yaml. A drifted column with p below 1e-6 or a distance at
least 3x its threshold is a column alarm (mlops.yaml: drift.models.<model>.alarms): a warning line
on stderr, and with --fail-on column it is drift. Writes a mlops-actions/drift@1 report.

Options:
  --model NAME          the model (default: the only one under drift.models in mlops.yaml)
  --reference REF       production (the profile published with the version the alias points to),
                        or a profile (.json) or data file (default: mlops.yaml's, else production)
  --alias NAME          with --reference production: the alias (default production)
  --current FILE        current data file or glob (repeatable); default: mlops.yaml's sources
  --explanation FILE    the model's explanation (mlops explain): drifted columns in its importance
                        order (default: the production release's explanation.json, if any)
  --config FILE         mlops.yaml (default ./mlops.yaml if present)
  --fail-on dataset|column  what makes the decision drift: dataset (the share rule) or column
                        (also any column alarm) (default: mlops.yaml's fail_on, else dataset)
  --out FILE            where to write the report                                   (required)
  --pr-dir DIR          also write the retraining PR as a local forge would post it, under DIR
  --open-pr             open (or update) the retraining PR on GitHub in --repo, as the action
                        does (token from GITHUB_TOKEN or GH_TOKEN: contents: write and
                        pull-requests: write); labels, reviewers and base from mlops.yaml
  --on-recovery MODE    with --pr-dir or --open-pr: comment, close or none when the drift is gone
  --repo-name OWNER/NAME  with --pr-dir: the repository the PR is filed under (default local/repo)
${REGISTRY_FLAGS_HELP}
  --format text|json    what to print (default text)
  -h, --help            show this help

Exit codes: 0 no drift or degradation (column alarms only warn), 1 drift or degradation (with
--fail-on column, also a column alarm), 2 bad usage or input (a source that fails, no rows, a
column the reference has and the current data lacks), 3 GitHub failed.
`;

const options = {
  model: { type: 'string' },
  reference: { type: 'string' },
  alias: { type: 'string' },
  current: { type: 'string', multiple: true },
  explanation: { type: 'string' },
  config: { type: 'string' },
  'fail-on': { type: 'string' },
  out: { type: 'string' },
  'pr-dir': { type: 'string' },
  'on-recovery': { type: 'string' },
  'repo-name': { type: 'string' },
  'open-pr': { type: 'boolean' },
  format: { type: 'string' },
  ...REGISTRY_FLAGS,
} as const;

// Spelled here, not imported: the drift modules load only when the command runs (type-checked against FailOn).
const FAIL_ON = ['dataset', 'column'] as const satisfies readonly FailOn[];

const fmt = (x: number | null) => (x === null ? '-' : Math.abs(x) >= 1e-3 || x === 0 ? x.toFixed(4) : x.toExponential(2));

/** The retraining PR on GitHub: the action's GitHubForge on --repo, with the token from the environment. */
async function gitHubPullRequest(repoFlag: string, io: CliIo, onRecovery: 'comment' | 'close' | 'none' | undefined) {
  const { client, repo } = await gitHubFromFlags(repoFlag, io.env, usage, {
    need: 'contents: write and pull-requests: write to open the retraining PR (and contents: read for --reference production)',
    warn: (m) => io.stderr(`mlops: ${m}\n`),
  });
  const { GitHubForge } = await import('../../github/github-forge.js');
  return { forge: new GitHubForge(client), repo, onRecovery };
}

export const driftCommand: Command = {
  name: 'drift',
  summary: 'Check current production data and metrics for drift against the reference',
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs(argv, options, usage);
    const out = requireOption(values.out, 'out', usage);
    const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', usage);
    const failOn = values['fail-on'] === undefined ? undefined : choiceOption(values['fail-on'], 'fail-on', FAIL_ON, 'dataset', usage);
    const onRecovery = values['on-recovery'] === undefined ? undefined : choiceOption(values['on-recovery'], 'on-recovery', ['comment', 'close', 'none'] as const, 'comment', usage);
    if (values['pr-dir'] === undefined && values['repo-name']) throw new CommandUsageError('--repo-name goes with --pr-dir', usage);
    if (values['pr-dir'] === undefined && !values['open-pr'] && onRecovery) throw new CommandUsageError('--on-recovery goes with --pr-dir or --open-pr', usage);
    if (values['open-pr'] && values['pr-dir'] !== undefined) throw new CommandUsageError('give --open-pr or --pr-dir, not both', usage);
    if (values['open-pr'] && values.repo === undefined) throw new CommandUsageError('--open-pr needs --repo OWNER/REPO: the repository the retraining PR is opened in', usage);
    const [owner, repo, ...rest] = (values['repo-name'] ?? 'local/repo').split('/');
    if (!owner || !repo || rest.length) throw new CommandUsageError(`--repo-name must be OWNER/NAME (got ${JSON.stringify(values['repo-name'])})`, usage);
    const { runDriftStep } = await import('../../steps/drift-check.js');
    const { LocalForge } = await import('../../local/local-forge.js');
    const log = format === 'text' ? (m: string) => io.stderr(`${m}\n`) : () => {};
    const step = await runDriftStep({
      model: values.model,
      config: values.config,
      reference: values.reference,
      alias: values.alias,
      current: values.current,
      explanation: values.explanation,
      failOn,
      out,
      registry: () => openRegistryFromFlags(values, io.env, usage),
      pullRequest: values['open-pr'] ? await gitHubPullRequest(values.repo!, io, onRecovery) : values['pr-dir'] ? { forge: new LocalForge(values['pr-dir']), repo: { owner, repo }, onRecovery } : undefined,
      env: io.env,
      log,
    });
    // On stderr in both formats: stdout stays the table or the JSON document.
    for (const a of step.report.data.alarms ?? []) io.stderr(`warning: column alarm: ${a.message}\n`);
    if (format === 'json') {
      io.stdout(`${JSON.stringify({ report: step.report, path: step.path, pull_request: step.pr ?? null }, null, 2)}\n`);
      return step.drifted ? 1 : 0;
    }
    const r = step.report;
    const alarmed = new Set((r.data.alarms ?? []).map((a) => a.column));
    const rows = [['column', 'test', 'statistic', 'p-value', 'threshold', 'drifted'], ...r.data.columns.map((c) => [c.column, c.test, fmt(c.statistic), fmt(c.p_value), String(c.threshold), alarmed.has(c.column) ? 'ALARM' : c.drifted ? 'DRIFT' : '-'])];
    const widths = rows[0]!.map((_, i) => rows.reduce((w, row) => Math.max(w, row[i]!.length), 0));
    io.stdout(rows.map((row) => row.map((cell, i) => cell.padEnd(widths[i]!)).join('  ').trimEnd()).join('\n') + '\n');
    for (const s of r.data.skipped) io.stdout(`skipped ${s.column}: ${s.reason}\n`);
    for (const m of r.metrics) io.stdout(`${m.passed ? 'ok  ' : 'FAIL'} ${m.message}\n`);
    io.stdout(`\n${r.decision}: ${r.reasons.join('; ')}\nwrote ${step.path}\n`);
    if (step.pr) {
      const where = values['open-pr'] ? 'GitHub' : 'local forge';
      io.stdout(`retraining PR (${where}): ${step.pr.operation}${step.pr.url ? ` ${step.pr.url}` : ''}${step.pr.number ? ` (#${step.pr.number}${values['pr-dir'] ? `, ${join(values['pr-dir'])}` : ''})` : ''}\n`);
    }
    return step.drifted ? 1 : 0;
  },
};
