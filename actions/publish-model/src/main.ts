/** publish-model: inputs -> publishModel() through GitHub's ports -> outputs, job summary. */
import { existsSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { appendSummary, logInfo, readInputs, runAction, setOutputs } from '../../../shared/runtime/action.js';

const bool = z.enum(['true', 'false']);
const inputs = z.object({
  model: z.string(),
  files: z.string(),
  evaluation: z.string(),
  profile: z.string().optional(),
  run: z.string().optional(),
  comparison: z.string().optional(),
  explanation: z.string().optional(),
  version: z.string().optional(),
  bump: z.enum(['patch', 'minor', 'major']).optional(),
  labels: z.string().optional(),
  oci: z.string().optional(),
  config: z.string().optional(),
  'registry-branch': z.string().default('mlops-registry'),
  'target-commitish': z.string().optional(),
  artifact: bool.default('true'),
  attest: bool.default('false'),
  'out-dir': z.string().default('mlops-out/publish'),
  token: z.string(),
});

/** The step (actions/typescript-action's convention): src/index.ts runs it; @github/local-action imports it. */
export const run = (): Promise<void> =>
  runAction(async () => {
  const input = readInputs(inputs);
  // Loaded once the inputs are known good: a run that fails at its inputs pays for none of it (issue 18).
  const { runContextOf } = await import('../../../shared/github/event-context.js');
  const { openGitHubPublishPorts } = await import('../../../shared/github/publish-ports.js');
  const { publishModel } = await import('../../../shared/steps/publish-model.js');
  const { openOciArtifacts } = await import('../../../shared/oci/oci-artifact-store.js');
  const { ociReferenceOf } = await import('../../../shared/formats/oci-artifact-format.js');
  const { stepGitHubClient } = await import('../../../shared/github/step-client.js');
  const { renderPublishSummary } = await import('../../../shared/report/registry-summary.js');
  const env = process.env;
  const payload = env.GITHUB_EVENT_PATH && existsSync(env.GITHUB_EVENT_PATH) ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {};
  const ctx = runContextOf(env, payload);
  const github = openGitHubPublishPorts(stepGitHubClient(input.token, env, logInfo), {
    repo: { owner: ctx.owner, repo: ctx.repo },
    token: input.token,
    outDir: input['out-dir'],
    registryBranch: input['registry-branch'],
    targetCommitish: input['target-commitish'],
    artifact: input.artifact === 'true',
    attest: input.attest === 'true',
    event: { name: ctx.eventName, payload },
    env,
    log: logInfo,
  });
  // ghcr.io takes the workflow's token (packages: write); the action gets it as an input, not as GITHUB_TOKEN.
  const ports = { ...github, oci: input.oci ? openOciArtifacts({ env: { ...env, GITHUB_TOKEN: env.GITHUB_TOKEN || input.token } }) : undefined };
  const result = await publishModel(
    {
      model: input.model,
      files: input.files,
      evaluation: input.evaluation,
      profile: input.profile,
      run: input.run,
      comparison: input.comparison,
      explanation: input.explanation,
      version: input.version,
      bump: input.bump,
      labels: input.labels?.split('\n').map((l) => l.trim()).filter(Boolean),
      config: input.config ?? (existsSync('mlops.yaml') ? 'mlops.yaml' : undefined),
      outDir: input['out-dir'],
      env,
      oci: input.oci,
    },
    ports,
  );
  logInfo(result.status === 'published' ? `published ${result.tag} (${result.reason}): ${result.url}` : `${result.tag} already holds this content (${result.reason}); nothing changed`);
  // Paths as the workflow named the folder (relative stays relative), for later steps' inputs.
  const outPath = (name: string) => (result.files.some((f) => basename(f) === name) ? join(input['out-dir'], name) : '');
  setOutputs({
    status: result.status,
    version: result.version,
    tag: result.tag,
    'release-url': result.url,
    'content-digest': `sha256:${result.content_digest}`,
    'manifest-sha256': result.manifest_sha256,
    'manifest-path': outPath('manifest.json'),
    'model-card-path': outPath('model-card.md'),
    'artifact-id': result.artifact_id ?? '',
    'attestation-url': result.attestation_url ?? '',
    'oci-reference': result.oci ? ociReferenceOf(result.oci) : '',
  });
  await appendSummary(renderPublishSummary(result));
});
