/**
 * Artifact downloads for compare's `baseline: base-branch`, behind the `ArtifactDownloader` port
 * (shared/compare/baseline.ts). Two implementations:
 * - `actionsArtifactDownloader` (actions-artifact.ts): @actions/artifact's public download
 *   (`downloadArtifact(id, { findBy })`), as GitHub intends actions to fetch another run's
 *   artifact: it asks the REST API (GITHUB_API_URL) for the 302 and streams the zip from blob storage.
 * - `forgeArtifactDownloader` (here): the Forge's `downloadArtifact` (our octokit on GitHub, a
 *   folder locally) and extractZip. Used by the CLI (LocalForge) and on GHES, where
 *   @actions/artifact refuses public downloads (GHESNotSupportedError).
 */
import type { ArtifactDownloader } from '../ports/artifact-downloader.js';
import { MAX_EXAMPLES_BYTES, MAX_REPORT_BYTES } from '../formats/report-limits.js';
import { extractZip } from './artifact-zip.js';
import { MAX_PROFILE_BYTES, MAX_RUN_RECORD_BYTES } from '../compare/training-records.js';
import type { Forge } from '../ports/forge.js';

export function forgeArtifactDownloader(forge: Forge): ArtifactDownloader {
  return async ({ repo, artifactId, destination }) => {
    const zip = await forge.downloadArtifact({ ...repo, artifact_id: artifactId });
    await extractZip(zip, destination, { maxBytes: MAX_REPORT_BYTES + MAX_EXAMPLES_BYTES + MAX_RUN_RECORD_BYTES + MAX_PROFILE_BYTES, name: `artifact ${artifactId}` });
  };
}

/** @actions/artifact's public download refuses GHES; what it checks (GITHUB_SERVER_URL's host). */
export function isGitHubEnterpriseServer(serverUrl: string | undefined): boolean {
  const host = new URL(serverUrl || 'https://github.com').hostname.toUpperCase();
  return !(host === 'GITHUB.COM' || host.endsWith('.GHE.COM') || host.endsWith('.LOCALHOST'));
}
