/** Test wiring: an octokit for the simulator with millisecond retry delays and a log that tests can read. */
import { createGitHubClient, type GitHubClient, type GitHubClientOptions } from '../../shared/github/octokit.js';
import type { GitHubSim } from '../support/github-sim/index.js';

export interface CapturedLog {
  lines: string[];
  debug(m: string): void;
  info(m: string): void;
  warn(m: string): void;
  error(m: string): void;
}

export function captureLog(): CapturedLog {
  const lines: string[] = [];
  return {
    lines,
    debug: () => {},
    info: () => {},
    warn: (m) => lines.push(`warn: ${m}`),
    error: (m) => lines.push(`error: ${m}`),
  };
}

export function simClient(sim: GitHubSim, options: GitHubClientOptions = {}): GitHubClient {
  return createGitHubClient({
    baseUrl: sim.url,
    token: sim.installationToken,
    // retry-after seconds and backoff units become milliseconds; no write spacing.
    retryBaseMs: 1,
    writeSpacing: 'none',
    timeoutMs: 2_000,
    env: {},
    ...options,
  });
}

export const REPO = { owner: 'octo-org', repo: 'model-zoo' } as const;
