/**
 * publish-model's ports on GitHub: the registry (releases and the state branch), the bump label of
 * the PR a push merged, and a release's side products, the workflow artifact and the
 * build-provenance attestation. The step itself is shared/steps/publish-model.ts.
 */
import type { PublishPorts } from '../ports/registry-stores.js';
import type { PublishResult } from '../formats/registry-results.js';
import { attestModelProvenance, checkCanAttest } from './attest-provenance.js';
import { storeProvenanceBundle } from './provenance-asset.js';
import { uploadWorkflowArtifact } from './actions-artifact.js';
import { isForgeError } from '../ports/forge-error.js';
import { openGitHubRegistry } from './github-registry.js';
import { validateRegistryBranch } from './registry-branch.js';
import { labelsOfEventPullRequest, labelsOfMergedPullRequest } from './merged-pr-labels.js';
import type { RepoRef } from '../ports/forge.js';
import type { GitHubClient } from './octokit.js';

export interface GitHubPublishSettings {
  repo: RepoRef;
  token: string;
  /** Where the step writes the release's files (the artifact's root). */
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

/**
 * The release's files as the workflow artifact `mlops-model-<model>-<version>`. Artifact names are
 * unique per workflow run across attempts, so re-running the job finds the artifact an earlier
 * attempt uploaded (409): that one holds the same files (the version's content is immutable), so
 * it is kept and its id looked up.
 */
async function uploadReleaseArtifact(octokit: GitHubClient, o: GitHubPublishSettings, result: PublishResult): Promise<number | undefined> {
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

/** The labels a bump is read from: the event's PR, else (push) the PR merged as this commit. */
async function labelsToRead(octokit: GitHubClient, o: GitHubPublishSettings): Promise<readonly string[]> {
  const fromEvent = labelsOfEventPullRequest(o.event.payload);
  if (fromEvent) return fromEvent;
  const sha = o.env.GITHUB_SHA;
  if (o.event.name !== 'push' || !sha) return [];
  const { pr, labels } = await labelsOfMergedPullRequest(octokit, { ...o.repo, sha });
  o.log(pr ? `commit ${sha.slice(0, 7)} merged PR #${pr}, labels: ${labels.join(', ') || '(none)'}` : `commit ${sha.slice(0, 7)} merged no PR: no labels`);
  return labels;
}

export function openGitHubPublishPorts(octokit: GitHubClient, o: GitHubPublishSettings): PublishPorts {
  // Checked here, before the step makes its first call.
  if (o.registryBranch !== undefined) validateRegistryBranch(o.registryBranch);
  const registry = openGitHubRegistry(octokit, o.repo, { branch: o.registryBranch, targetCommitish: o.targetCommitish ?? o.env.GITHUB_SHA });
  return {
    ...registry,
    // A release without the provenance asked for would be a half-done step: refused before anything is published.
    preflight: o.attest ? () => checkCanAttest(o.env) : undefined,
    bumpLabels: () => labelsToRead(octokit, o),
    async sideProducts(result: PublishResult) {
      const out: Pick<PublishResult, 'artifact_id' | 'attestation_url'> = {};
      if (o.artifact) out.artifact_id = await uploadReleaseArtifact(octokit, o, result);
      if (o.attest) {
        const subjects = result.manifest.assets.map((a) => ({ name: `${result.tag}/${a.name}`, sha256: a.sha256 }));
        subjects.unshift({ name: `${result.tag}/manifest.json`, sha256: result.manifest_sha256 });
        const attestation = await attestModelProvenance({ token: o.token, subjects, serverUrl: o.env.GITHUB_SERVER_URL ?? 'https://github.com', repository: `${o.repo.owner}/${o.repo.repo}` });
        out.attestation_url = attestation.url;
        o.log(`attested build provenance of ${subjects.length} files: ${attestation.url}`);
        // Kept with the release, so promote verifies it offline (docs/registry.md, "Provenance").
        const stored = await storeProvenanceBundle(octokit, o.repo, result.tag, attestation.bundle);
        o.log(stored === 'private-instance'
          ? 'provenance bundle not stored with the release: GitHub signed it with its own Sigstore instance (private repository), which promote cannot verify offline'
          : `provenance bundle ${stored === 'stored' ? 'stored' : 'already stored'} as release asset provenance.sigstore.json`);
      }
      return out;
    },
  };
}
