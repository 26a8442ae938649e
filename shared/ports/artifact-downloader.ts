/**
 * The ArtifactDownloader port: compare's `baseline: base-branch` fetches the base branch's
 * evaluation from a workflow artifact. GitHub's implementations: shared/github/artifact-download.ts
 * (through the Forge) and shared/github/actions-artifact.ts (@actions/artifact).
 */
import type { RepoRef } from './forge.js';

/** Downloads artifact `artifactId` of run `runId` and extracts it into `destination`. */
export type ArtifactDownloader = (p: { repo: RepoRef; runId: number; artifactId: number; destination: string }) => Promise<void>;
