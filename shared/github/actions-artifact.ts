/**
 * The `ArtifactDownloader` on github.com: @actions/artifact's public download. It calls
 * `GET /repos/{owner}/{repo}/actions/artifacts/{id}/zip` on GITHUB_API_URL (through
 * @actions/github's octokit) with `redirect: manual`, then streams the zip from the blob-storage
 * URL in the 302's `location` and unzips it into `destination`. Kept apart from
 * artifact-download.ts so that only the compare action's bundle carries @actions/artifact (and its
 * real HTTP client), as a chunk loaded on first use; the CLI never loads it.
 */
import type { ArtifactDownloader } from '../compare/baseline.js';
import { ForgeError } from './forge-error.js';

export function actionsArtifactDownloader(token: string): ArtifactDownloader {
  return async ({ repo, runId, artifactId, destination }) => {
    try {
      // Loaded on first use: @actions/artifact (with the Azure storage client) is most of the compare
      // bundle, and a run without a base-branch baseline never needs it.
      const { DefaultArtifactClient } = await import('@actions/artifact');
      await new DefaultArtifactClient().downloadArtifact(artifactId, {
        path: destination,
        findBy: { token, workflowRunId: runId, repositoryOwner: repo.owner, repositoryName: repo.repo },
      });
    } catch (e) {
      throw new ForgeError({
        method: 'GET',
        route: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
        githubMessage: (e as Error).message,
        hint: 'the token needs `actions: read` (add it under `permissions:` in the workflow)',
        cause: e,
      });
    }
  };
}
