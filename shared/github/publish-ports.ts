/**
 * publish-model on GitHub: which bump the merged PR asked for, publishModel() on the GitHub
 * registry (releases + state branch), then the optional side products of a release: the workflow
 * artifact and the build-provenance attestation. The action's main.ts only reads inputs and writes
 * outputs.
 */
import type { PublishOptions } from './publish-model.js';
import type { PublishResult } from '../formats/registry-results.js';
import { publishModel } from './publish-model.js';
import { attestModelProvenance, checkCanAttest } from '../github/attest-provenance.js';
import { uploadWorkflowArtifact } from '../github/actions-artifact.js';
import { isForgeError } from '../ports/forge-error.js';
import { openGitHubRegistry } from '../github/github-registry.js';
import { validateRegistryBranch } from '../github/registry-branch.js';
import { normalizeVersion } from '../registry/semver.js';
import { validateModelName } from '../registry/tag.js';
import { labelsOfEventPullRequest, labelsOfMergedPullRequest } from '../github/merged-pr-labels.js';
import type { RepoRef } from '../ports/forge.js';
import type { GitHubClient } from '../github/octokit.js';

export interface PublishModelStepOptions extends Omit<PublishOptions, 'outDir' | 'env'> {
  repo: RepoRef;
  token: string;
  outDir: string;
  registryBranch?: string;
  targetCommitish?: string;
  artifact: boolean;
  attest: boolean;
  /** The event payload (GITHUB_EVENT_PATH) and name. */
  event: { name: string; payload: unknown };
  env: Record<string, string | undefined>;
  log: (message: string) => void;
}

export interface PublishModelStepResult {
  result: PublishResult;
  artifactId?: number;
  attestationUrl?: string;
}

/**
 * The release's files as the workflow artifact `mlops-model-<model>-<version>`. Artifact names are
 * unique per workflow run across attempts, so re-running the job finds the artifact an earlier
 * attempt uploaded (409): that one holds the same files (the version's content is immutable), so
 * it is kept and its id looked up.
 */
async function uploadReleaseArtifact(octokit: GitHubClient, o: PublishModelStepOptions, result: PublishResult): Promise<number | undefined> {
  const name = `mlops-model-${result.model}-${result.version}`;
  try {
    const uploaded = await uploadWorkflowArtifact({ name, files: result.files, rootDirectory: o.outDir });
    o.log(`uploaded workflow artifact ${name} (id ${uploaded.id}, ${uploaded.size} bytes)`);
    return uploaded.id;
  } catch (e) {
    if (!(isForgeError(e) && e.status === 409)) throw e;
  }
  const runId = Number(o.env.GITHUB_RUN_ID);
  const { data } = await octokit.rest.actions.listWorkflowRunArtifacts({ ...o.repo, run_id: runId, name, per_page: 1 }).catch(() => ({ data: { artifacts: [] as Array<{ id: number }> } }));
  const id = data.artifacts[0]?.id;
  o.log(`workflow artifact ${name} was uploaded by an earlier attempt of this run${id ? ` (id ${id})` : ''}; kept`);
  return id;
}

/** The labels a bump is read from: given, else the event's PR, else (push) the PR merged as this commit. */
async function labelsToRead(octokit: GitHubClient, o: PublishModelStepOptions): Promise<readonly string[]> {
  if (o.labels && o.labels.length) return o.labels;
  const fromEvent = labelsOfEventPullRequest(o.event.payload);
  if (fromEvent) return fromEvent;
  const sha = o.env.GITHUB_SHA;
  if (o.event.name !== 'push' || !sha) return [];
  const { pr, labels } = await labelsOfMergedPullRequest(octokit, { ...o.repo, sha });
  o.log(pr ? `commit ${sha.slice(0, 7)} merged PR #${pr}, labels: ${labels.join(', ') || '(none)'}` : `commit ${sha.slice(0, 7)} merged no PR: no labels`);
  return labels;
}

export async function runPublishModelStep(octokit: GitHubClient, o: PublishModelStepOptions): Promise<PublishModelStepResult> {
  // Refused before anything is published: a release without the provenance asked for is a half-done step.
  if (o.attest) checkCanAttest(o.env);
  // Everything that needs no GitHub answer is checked before the first call.
  validateModelName(o.model);
  if (o.version !== undefined && o.version !== '') normalizeVersion(o.version, 'version');
  if (o.registryBranch !== undefined) validateRegistryBranch(o.registryBranch);
  const explicit = (o.version !== undefined && o.version !== '') || o.bump !== undefined;
  const labels = explicit ? [] : await labelsToRead(octokit, o);
  const ports = openGitHubRegistry(octokit, o.repo, { branch: o.registryBranch, targetCommitish: o.targetCommitish ?? o.env.GITHUB_SHA });
  const result = await publishModel({ ...o, labels, outDir: o.outDir, env: o.env }, ports);
  o.log(result.status === 'published' ? `published ${result.tag} (${result.reason}): ${result.url}` : `${result.tag} already holds this content (${result.reason}); nothing changed`);

  const out: PublishModelStepResult = { result };
  if (o.artifact) out.artifactId = await uploadReleaseArtifact(octokit, o, result);
  if (o.attest) {
    const subjects = result.manifest.assets.map((a) => ({ name: `${result.tag}/${a.name}`, sha256: a.sha256 }));
    subjects.unshift({ name: `${result.tag}/manifest.json`, sha256: result.manifest_sha256 });
    const attestation = await attestModelProvenance({ token: o.token, subjects, serverUrl: o.env.GITHUB_SERVER_URL ?? 'https://github.com', repository: `${o.repo.owner}/${o.repo.repo}` });
    out.attestationUrl = attestation.url;
    o.log(`attested build provenance of ${subjects.length} files: ${attestation.url}`);
  }
  return out;
}
