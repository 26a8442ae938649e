/**
 * The registry on GitHub: versions as GitHub Releases tagged `model/<name>/v<version>`
 * (shared/registry/tag.ts), state and audit log on a dedicated branch (default `mlops-registry`).
 * The same `RegistryPorts` as the local registry folder, so publishModel, promoteModel, compare's
 * `baseline: production` and `mlops registry` run unchanged on either.
 */
import type { RegistryPorts } from '../ports/registry-stores.js';
import { tagOf } from '../registry/tag.js';
import { GitHubReleaseStore, type GitHubReleaseStoreOptions } from './github-release-store.js';
import { GitHubStateStore } from './github-state-store.js';
import type { RepoRef } from '../ports/forge.js';
import type { GitHubClient } from './octokit.js';

export interface GitHubRegistryOptions extends GitHubReleaseStoreOptions {
  /** The state branch; default `mlops-registry`. */
  branch?: string;
}

export function openGitHubRegistry(octokit: GitHubClient, repo: RepoRef, options: GitHubRegistryOptions = {}): RegistryPorts {
  return {
    releases: new GitHubReleaseStore(octokit, repo, tagOf, options),
    state: new GitHubStateStore(octokit, repo, { branch: options.branch }),
  };
}

/** `owner/repo` → RepoRef, or undefined when the text is not one. */
export function parseRepository(text: string | undefined): RepoRef | undefined {
  const m = /^([A-Za-z0-9](?:[A-Za-z0-9-]{0,38}))\/([A-Za-z0-9._-]{1,100})$/.exec(text ?? '');
  return m && m[2] !== '.' && m[2] !== '..' ? { owner: m[1]!, repo: m[2]! } : undefined;
}
