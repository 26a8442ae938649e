/** `mlops promote`: the promote-model step on the command line, against a local registry folder or a repository's registry on GitHub. */
import { CommandUsageError, parseCommandArgs, requireOption, choiceOption, type CliIo, type Command } from '../../runtime/cli.js';
import { gitHubFromFlags, openRegistryFromFlags, REGISTRY_FLAGS, REGISTRY_FLAGS_HELP } from '../registry-flags.js';
import type { PromotePorts } from '../../ports/registry-stores.js';

const usage = `Usage: mlops promote --model NAME --version X.Y.Z|latest --alias NAME [options]

Move an alias (staging, production, ...) of a model to a version, after downloading every asset of
that version and checking its SHA-256 against the manifest. The move is recorded in the model's
state and audit log. Rollback is promoting an earlier version. An alias the model does not
have yet must be declared in mlops.yaml (promote.aliases; default staging and production), so a
typo does not create one: --create-alias creates it on purpose.

Options:
  --model NAME          the model                                                  (required)
  --version V           a published version, or latest                             (required)
  --alias NAME          the alias to move: lowercase letters, digits, hyphens      (required)
  --reviewer NAME       who approved the promotion (recorded in the audit log)
  --comment TEXT        the approval's comment
  --environment NAME    the GitHub Environment that approved it, if any
  --create-alias        create the alias even though mlops.yaml does not declare it
  --config FILE         mlops.yaml declaring the aliases (default: ./mlops.yaml when it exists)
${REGISTRY_FLAGS_HELP}
  --no-deployment       with --repo: do not record a GitHub Deployment of the release to the
                        environment (recorded by default, as the promote-model action does)
  --environment-url URL with --repo: the URL the Deployment links to (the serving endpoint)
  --format text|json    what to print (default text)
  -h, --help            show this help

Exit codes: 0 promoted or already there, 1 an asset is missing or tampered with (nothing moved),
2 bad usage or bad input (unknown model or version, an undeclared alias), 3 GitHub refused or
kept failing a call (--repo).
`;

const options = {
  model: { type: 'string' },
  version: { type: 'string' },
  alias: { type: 'string' },
  reviewer: { type: 'string' },
  comment: { type: 'string' },
  environment: { type: 'string' },
  'create-alias': { type: 'boolean' },
  config: { type: 'string' },
  ...REGISTRY_FLAGS,
  'no-deployment': { type: 'boolean' },
  'environment-url': { type: 'string' },
  format: { type: 'string' },
} as const;

async function gitHubPromotePorts(values: { repo?: string; 'registry-branch'?: string; 'no-deployment'?: boolean; 'environment-url'?: string }, io: CliIo, warn: (m: string) => void): Promise<PromotePorts> {
  const { client, repo } = await gitHubFromFlags(values.repo!, io.env, usage, {
    need: 'contents: write to promote, deployments: write for the Deployment record (or --no-deployment)',
    warn,
  });
  const { openGitHubPromotePorts } = await import('../../github/promote-ports.js');
  const ports = openGitHubPromotePorts(client, {
    repo,
    requireApproval: false,
    deployment: values['no-deployment'] !== true,
    environmentUrl: values['environment-url'],
    registryBranch: values['registry-branch'],
    env: io.env,
    log: (m) => io.stderr(`${m}\n`),
  });
  return { ...ports, approval: undefined };
}

export const promoteCommand: Command = {
  name: 'promote',
  summary: 'Move an alias (staging, production) of a model to a verified version',
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs(argv, options, usage);
    const model = requireOption(values.model, 'model', usage);
    const version = requireOption(values.version, 'version', usage);
    const alias = requireOption(values.alias, 'alias', usage);
    const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', usage);
    // Loaded on demand: other commands should not pay for the config's code (yaml, zod) at start-up.
    const { loadDeclaredAliases } = await import('../../config/mlops-config.js');
    const declared = await loadDeclaredAliases(values.config);
    const warn = (m: string) => io.stderr(`mlops: ${m}\n`);
    if (values.repo !== undefined && values.registry !== undefined) throw new CommandUsageError('give --registry or --repo, not both', usage);
    if (values.repo === undefined && (values['no-deployment'] || values['environment-url'] !== undefined)) {
      throw new CommandUsageError(`--${values['no-deployment'] ? 'no-deployment' : 'environment-url'} goes with --repo`, usage);
    }
    // On GitHub, the action's ports: the registry and the Deployment record. Not the run's approval:
    // the command line is no workflow run, so --reviewer and --comment are what is recorded.
    const registry: PromotePorts = values.repo === undefined ? await openRegistryFromFlags(values, io.env, usage, { warn }) : await gitHubPromotePorts(values, io, warn);
    // Versions published with --oci are verified in the OCI registry too (credentials: docs/registry.md).
    const { openOciArtifacts } = await import('../../oci/oci-artifact-store.js');
    const ports = { ...registry, oci: openOciArtifacts({ env: io.env }) };
    const { promoteModel } = await import('../../steps/promote-model.js');
    const result = await promoteModel(
      { model, version, alias, declaredAliases: declared, createAlias: values['create-alias'] === true, approval: { reviewer: values.reviewer, comment: values.comment, environment: values.environment }, env: io.env },
      ports,
    );
    if (format === 'json') {
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    io.stdout(`verified ${result.verified.length} assets of ${result.tag} against its manifest\n`);
    if (result.status === 'unchanged') io.stdout(`${model}@${alias} already points to ${result.to}; nothing changed\n`);
    else io.stdout(`${model}@${alias}: ${result.from ?? '(new)'} -> ${result.to}\n`);
    if (result.deployment) io.stdout(`deployment recorded for ${result.environment}: ${result.deployment.url}\n`);
    return 0;
  },
};
