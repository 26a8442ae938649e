/** `mlops publish`: the publish-model step on the command line, into a local registry folder or a repository's registry on GitHub. */
import { existsSync } from 'node:fs';
import { CommandUsageError, choiceOption, parseCommandArgs, requireOption, type CliIo, type Command } from '../../runtime/cli.js';
import { openRegistryFromFlags, REGISTRY_FLAGS, REGISTRY_FLAGS_HELP } from '../registry-flags.js';

const usage = `Usage: mlops publish --model NAME --files DIR --evaluation FILE [options]

Package a model as a new immutable version in the registry: a deterministic model.tar.gz of DIR,
a manifest (mlops-actions/model@1) with every file's SHA-256 and the lineage, a model card, and
the evaluation, profile, train record and comparison given. Publishing the same content again
changes nothing; different content under an existing version is refused (exit 1).

Options:
  --model NAME          the model's name: lowercase letters, digits, hyphens        (required)
  --files DIR           the folder with the model's files                          (required)
  --evaluation FILE     its evaluation report (mlops-actions/evaluation@1)         (required)
  --profile FILE        the training data's profile (mlops-actions/profile@1)
  --run FILE            the train record (mlops-actions/run@1): params and seed
  --comparison FILE     the compare step's result (mlops-actions/comparison@1)
  --explanation FILE    explain's result (mlops-actions/explanation@1): the model card's
                        importance table
  --version X.Y.Z       publish exactly this version
  --bump KIND           patch, minor or major from the highest published version
  --label NAME          a PR label; model:major|minor|patch picks the bump (repeatable)
  --oci HOST/PATH       also push the version to this OCI repository (e.g. ghcr.io/OWNER/models/NAME),
                        tagged with the version; an archive of 2 GiB or more goes there only and the
                        release holds its manifest and a pointer (credentials: docs/registry.md,
                        "OCI registries")
${REGISTRY_FLAGS_HELP}
  --target-commitish C  with --repo: the commit or branch a new release's tag points at (default
                        GITHUB_SHA, else this checkout's HEAD, which must be pushed; else the
                        repository's default branch)
  --config FILE         mlops.yaml with release.models.NAME (default ./mlops.yaml if present)
  --format text|json    what to print (default text)
  -h, --help            show this help

Without --version and --bump: the bump a model:* label asks for, else patch; a model's first
version is 1.0.0.

Exit codes: 0 published or already published, 1 the version exists with different content,
2 bad usage or bad input, 3 GitHub refused or kept failing a call (--repo).
`;

const options = {
  model: { type: 'string' },
  files: { type: 'string' },
  evaluation: { type: 'string' },
  profile: { type: 'string' },
  run: { type: 'string' },
  comparison: { type: 'string' },
  explanation: { type: 'string' },
  version: { type: 'string' },
  bump: { type: 'string' },
  label: { type: 'string', multiple: true },
  oci: { type: 'string' },
  ...REGISTRY_FLAGS,
  'target-commitish': { type: 'string' },
  config: { type: 'string' },
  format: { type: 'string' },
} as const;

export const publishCommand: Command = {
  name: 'publish',
  summary: 'Publish a model as a versioned, checksummed release with a model card',
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values } = parseCommandArgs(argv, options, usage);
    const model = requireOption(values.model, 'model', usage);
    const files = requireOption(values.files, 'files', usage);
    const evaluation = requireOption(values.evaluation, 'evaluation', usage);
    if (values.version !== undefined && values.bump !== undefined) throw new CommandUsageError('give --version or --bump, not both', usage);
    const bump = values.bump === undefined ? undefined : choiceOption(values.bump, 'bump', ['patch', 'minor', 'major'] as const, 'patch', usage);
    const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', usage);
    if (values['target-commitish'] !== undefined && values.repo === undefined) throw new CommandUsageError('--target-commitish goes with --repo', usage);
    // The tag goes on the commit the lineage records (GITHUB_SHA on a runner, else HEAD), not on
    // whatever the default branch holds when the release is created.
    let targetCommitish = values['target-commitish'];
    if (targetCommitish === undefined && values.repo !== undefined) {
      const { gitCommit } = await import('../../model/train/environment.js');
      targetCommitish = (await gitCommit(process.cwd(), io.env)) ?? undefined;
    }
    const registry = await openRegistryFromFlags(values, io.env, usage, { targetCommitish, warn: (m) => io.stderr(`mlops: ${m}\n`) });
    const oci = values.oci === undefined ? undefined : (await import('../../oci/oci-artifact-store.js')).openOciArtifacts({ env: io.env });
    const ports = { ...registry, oci };
    const { publishModel } = await import('../../steps/publish-model.js');
    const result = await publishModel(
      {
        model,
        files,
        evaluation,
        profile: values.profile,
        run: values.run,
        comparison: values.comparison,
        explanation: values.explanation,
        version: values.version,
        bump,
        labels: values.label ?? [],
        config: values.config ?? (existsSync('mlops.yaml') ? 'mlops.yaml' : undefined),
        env: io.env,
        oci: values.oci,
      },
      ports,
    );
    if (format === 'json') {
      const { manifest, ...rest } = result;
      io.stdout(`${JSON.stringify({ ...rest, files: manifest.archive.files.length, assets: manifest.assets }, null, 2)}\n`);
      return 0;
    }
    const what = result.status === 'published' ? 'published' : 'already published (same content), nothing changed:';
    io.stdout(`${what} ${result.tag} (${result.reason})\n`);
    io.stdout(`  ${result.manifest.archive.files.length} files, model.tar.gz sha256 ${result.manifest.archive.sha256}\n`);
    io.stdout(`  content digest ${result.content_digest}\n  ${result.url}\n`);
    if (result.oci) io.stdout(`  OCI ${result.oci.repository}:${result.oci.tag}@${result.oci.digest}${result.oci.archive_in_release ? '' : ' (the archive is only there)'}\n`);
    return 0;
  },
};
