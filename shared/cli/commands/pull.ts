/** `mlops pull NAME@ALIAS`: a published version's model files, fetched from the release or the OCI registry and verified. */
import { CommandUsageError, choiceOption, parseCommandArgs, requireOption, type CliIo, type Command } from '../../runtime/cli.js';
import { openRegistryFromFlags, REGISTRY_FLAGS, REGISTRY_FLAGS_HELP } from '../registry-flags.js';

const usage = `Usage: mlops pull NAME@ALIAS --out DIR [options]

Download a published model version and extract its files into DIR, after checking the manifest
against the digest recorded at publish and the archive against the manifest. The archive comes
from the release, or from the OCI registry the version was pushed to (publish --oci), which is
the only copy for archives of 2 GiB and more. NAME@ALIAS may also be NAME@VERSION or NAME@latest.

Options:
  --out DIR             the folder to create with the model's files (new or empty)     (required)
${REGISTRY_FLAGS_HELP}
  --format text|json    what to print (default text)
  -h, --help            show this help

OCI credentials: GITHUB_TOKEN for ghcr.io; MLOPS_OCI_USERNAME and MLOPS_OCI_PASSWORD, or
MLOPS_OCI_TOKEN, for other registries (docs/registry.md, "OCI registries").

Exit codes: 0 pulled, 1 the release or the OCI artifact was tampered with (nothing written),
2 bad usage or bad input (unknown model, alias or version; DIR not empty), 3 GitHub or the OCI
registry refused or kept failing a call.
`;

const options = {
  out: { type: 'string' },
  ...REGISTRY_FLAGS,
  format: { type: 'string' },
} as const;

export const pullCommand: Command = {
  name: 'pull',
  summary: 'Download and verify a model version (NAME@ALIAS) from the release or the OCI registry',
  usage,
  async run(argv: string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseCommandArgs(argv, options, usage, true);
    if (positionals.length !== 1) throw new CommandUsageError(positionals.length ? `expected one NAME@ALIAS, got ${positionals.length}` : 'name the model: NAME@ALIAS', usage);
    const out = requireOption(values.out, 'out', usage);
    const format = choiceOption(values.format, 'format', ['text', 'json'] as const, 'text', usage);
    const { parseModelTarget, pullModel } = await import('../../steps/pull-model.js');
    const { model, target } = parseModelTarget(positionals[0]!);
    const registry = await openRegistryFromFlags(values, io.env, usage, { warn: (m) => io.stderr(`mlops: ${m}\n`) });
    const { openOciArtifacts } = await import('../../oci/oci-artifact-store.js');
    const result = await pullModel({ model, target, outDir: out }, { ...registry, oci: openOciArtifacts({ env: io.env }) });
    if (format === 'json') {
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    const via = result.alias ? `${result.model}@${result.alias} = ${result.version}` : `${result.model} ${result.version}`;
    io.stdout(`pulled ${via}: ${result.files} files into ${result.out}\n`);
    io.stdout(`  model.tar.gz sha256 ${result.archive_sha256}, from ${result.source === 'oci' ? result.oci : `the release ${result.tag}`}\n`);
    return 0;
  },
};
