/**
 * Which registry a CLI command works on: the local folder (`--registry DIR`, default
 * `.mlops/registry`), or a repository's registry on GitHub (`--repo OWNER/REPO`: releases and the
 * `mlops-registry` branch, or `--registry-branch`), with the token from GITHUB_TOKEN or GH_TOKEN and
 * the API at GITHUB_API_URL (GitHub Enterprise Server) or api.github.com.
 */
import { CommandUsageError } from '../runtime/cli.js';
import { UsageError } from '../runtime/errors.js';
import type { RegistryPorts } from '../ports/registry-stores.js';
import type { RepoRef } from '../ports/forge.js';
import type { GitHubClient } from '../github/octokit.js';

export const REGISTRY_FLAGS = {
  registry: { type: 'string' },
  repo: { type: 'string' },
  'registry-branch': { type: 'string' },
} as const;

export const REGISTRY_FLAGS_HELP = `  --registry DIR        the local registry (default .mlops/registry)
  --repo OWNER/REPO     the registry on GitHub instead: that repository's releases and its
                        registry branch (token from GITHUB_TOKEN or GH_TOKEN; GITHUB_API_URL for GHES)
  --registry-branch B   with --repo: the registry branch (default mlops-registry)`;

export interface RegistryFlagValues {
  registry?: string;
  repo?: string;
  'registry-branch'?: string;
}

export interface OpenRegistryOptions {
  /** Publish only: the commit a new release's tag points at; undefined = GitHub's default branch. */
  targetCommitish?: string;
  /** Where the GitHub client's warnings go (a rate-limit wait), so a long pause is not silent. */
  warn?: (message: string) => void;
}

/**
 * A branch name git and GitHub accept (the parts of `git check-ref-format` a typo or a hostile
 * value would hit): no `..`, `//`, `@{`, control characters, spaces or `~^:?*[\`, no leading `-`
 * `/` `.`, no trailing `/` `.` or `.lock`.
 */
function isBranchName(name: string): boolean {
  return (
    /^[A-Za-z0-9_][A-Za-z0-9._/-]*$/.test(name) &&
    !/\.\.|\/\/|\/\.|@\{/.test(name) &&
    !/(\/|\.|\.lock)$/.test(name) &&
    name.length <= 255
  );
}

/** How a command names the registry it opened, e.g. in "no models in … yet". */
export function describeRegistry(values: RegistryFlagValues): string {
  if (values.repo !== undefined) return `the registry of ${values.repo} (branch ${values['registry-branch'] ?? 'mlops-registry'})`;
  return `the local registry ${values.registry ?? '.mlops/registry'}`;
}

export async function openRegistryFromFlags(
  values: RegistryFlagValues,
  env: Record<string, string | undefined>,
  usage: string,
  options: OpenRegistryOptions = {},
): Promise<RegistryPorts> {
  if (values.repo !== undefined) {
    if (values.registry !== undefined) throw new CommandUsageError('give --registry or --repo, not both', usage);
    const branch = values['registry-branch'];
    if (branch !== undefined && !isBranchName(branch)) throw new CommandUsageError(`--registry-branch ${JSON.stringify(branch)} is not a branch name`, usage);
    const { client, repo } = await gitHubFromFlags(values.repo, env, usage, { warn: options.warn, need: 'contents: read to read the registry, contents: write to publish or promote' });
    const { openGitHubRegistry } = await import('../github/github-registry.js');
    return openGitHubRegistry(client, repo, { branch, targetCommitish: options.targetCommitish });
  }
  if (values['registry-branch'] !== undefined) throw new CommandUsageError('--registry-branch goes with --repo', usage);
  const { openLocalRegistry, DEFAULT_REGISTRY_DIR } = await import('../local/local-registry.js');
  return openLocalRegistry(values.registry ?? DEFAULT_REGISTRY_DIR);
}

/**
 * The GitHub API client for `--repo OWNER/REPO`: the token from GITHUB_TOKEN or GH_TOKEN, the API at
 * GITHUB_API_URL (GHES) or api.github.com. `need` says which permissions the command needs, for the
 * message when no token is set.
 */
export async function gitHubFromFlags(
  repoFlag: string,
  env: Record<string, string | undefined>,
  usage: string,
  options: { warn?: (message: string) => void; need: string },
): Promise<{ client: GitHubClient; repo: RepoRef }> {
  const { parseRepository } = await import('../github/github-registry.js');
  const repo = parseRepository(repoFlag);
  if (!repo) throw new CommandUsageError(`--repo ${JSON.stringify(repoFlag)} is not OWNER/REPO`, usage);
  // Checked here, not left to createGitHubClient: its message speaks to workflow authors (`github-token:`).
  const token = env.GITHUB_TOKEN || env.GH_TOKEN;
  if (!token) {
    throw new UsageError(`--repo ${repoFlag} needs a GitHub token: set GITHUB_TOKEN or GH_TOKEN`, {
      hint: `${options.need}; with the GitHub CLI: GH_TOKEN=$(gh auth token)`,
    });
  }
  const { createGitHubClient } = await import('../github/octokit.js');
  const warn = options.warn ?? (() => {});
  const client = createGitHubClient({
    token,
    env,
    logger: { debug() {}, info() {}, warn, error: warn },
    // Test knobs (docs/registry.md), as in the actions: never set them for real use, GitHub asks
    // for writes to be spaced and rate-limit waits to be honoured in seconds.
    retryBaseMs: env.MLOPS_GITHUB_RETRY_BASE_MS ? Number(env.MLOPS_GITHUB_RETRY_BASE_MS) : undefined,
    writeSpacing: env.MLOPS_GITHUB_WRITE_SPACING === 'none' ? 'none' : 'github',
  });
  return { client, repo };
}
