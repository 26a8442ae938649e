/**
 * The octokit an action step uses: the step's token, its log, and two test knobs read from the
 * environment (documented in docs/github.md, unset on real runners): MLOPS_GITHUB_RETRY_BASE_MS
 * (backoff unit in ms, so retries against the simulator take milliseconds) and
 * MLOPS_GITHUB_WRITE_SPACING=none (no 1 s spacing between writes).
 */
import { createGitHubClient, type GitHubClient } from './octokit.js';

export function stepGitHubClient(token: string, env: Record<string, string | undefined>, logInfo: (m: string) => void): GitHubClient {
  const log = { debug() {}, info: logInfo, warn: (m: string) => logInfo(`warning: ${m}`), error: (m: string) => logInfo(`error: ${m}`) };
  return createGitHubClient({
    token,
    logger: log,
    env,
    retryBaseMs: env.MLOPS_GITHUB_RETRY_BASE_MS ? Number(env.MLOPS_GITHUB_RETRY_BASE_MS) : undefined,
    writeSpacing: env.MLOPS_GITHUB_WRITE_SPACING === 'none' ? 'none' : 'github',
  });
}
