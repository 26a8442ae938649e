/**
 * GitHub Deployments for model promotions: one deployment per (environment, ref, model, version,
 * alias, run id, run attempt) and its statuses. The deployment makes a promotion show on the
 * repository's Environments page with who, what and when; promote-model records it after moving
 * the alias.
 *
 * Idempotent per run: a re-run of the same step in the same run attempt finds the deployment it
 * created (by `payload.mlops`) instead of creating another, and a status equal to the latest one
 * is not posted again.
 */
import type { RepoRef } from '../ports/forge.js';
import type { GitHubClient } from './octokit.js';

export interface ModelDeploymentParams extends RepoRef {
  /** GitHub Environment name, e.g. `production`. */
  environment: string;
  /** The model version's tag (or a commit SHA). */
  ref: string;
  model: string;
  version: string;
  alias: string;
  /** `GITHUB_RUN_ID` and `GITHUB_RUN_ATTEMPT`. */
  runId: number;
  runAttempt: number;
  description?: string;
  /** Default: false. */
  transient?: boolean;
  /** Default: `environment === 'production'`. */
  production?: boolean;
}

export interface ModelDeployment {
  action: 'created' | 'found';
  deploymentId: number;
  url: string;
}

export type DeploymentState = 'success' | 'failure' | 'error' | 'in_progress' | 'queued' | 'pending' | 'inactive';

export interface DeploymentStatusParams extends RepoRef {
  deploymentId: number;
  state: DeploymentState;
  /** Where the deployed model can be seen or called. */
  environmentUrl?: string;
  /** The run's log (`…/actions/runs/<id>`). */
  logUrl?: string;
  description?: string;
}

/** What the deployment's `payload.mlops` holds; the key that makes it findable on a re-run. */
export interface ModelDeploymentPayload {
  model: string;
  version: string;
  alias: string;
  run_id: number;
  run_attempt: number;
}

export async function upsertModelDeployment(octokit: GitHubClient, p: ModelDeploymentParams): Promise<ModelDeployment> {
  const key: ModelDeploymentPayload = { model: p.model, version: p.version, alias: p.alias, run_id: p.runId, run_attempt: p.runAttempt };
  const existing = await octokit.paginate(octokit.rest.repos.listDeployments, { owner: p.owner, repo: p.repo, environment: p.environment, ref: p.ref, per_page: 100 });
  const match = existing.filter((d) => sameKey(d.payload, key)).sort((a, b) => a.id - b.id)[0];
  if (match) return { action: 'found', deploymentId: match.id, url: match.url };
  const { data, status } = await octokit.rest.repos.createDeployment({
    owner: p.owner,
    repo: p.repo,
    ref: p.ref,
    environment: p.environment,
    payload: { mlops: key },
    description: p.description ?? `${p.model} ${p.version} as ${p.alias}`,
    // A model tag is not a branch to merge, and the promotion's own gate was the approval.
    auto_merge: false,
    required_contexts: [],
    transient_environment: p.transient ?? false,
    production_environment: p.production ?? p.environment === 'production',
  });
  // 202 is GitHub's "merged the default branch instead" answer, impossible with auto_merge: false.
  if (status !== 201 || !('id' in data)) throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data)}`);
  return { action: 'created', deploymentId: data.id, url: data.url };
}

export async function setDeploymentStatus(octokit: GitHubClient, p: DeploymentStatusParams): Promise<{ action: 'created' | 'unchanged'; statusId: number }> {
  const { data: latest } = await octokit.rest.repos.listDeploymentStatuses({ owner: p.owner, repo: p.repo, deployment_id: p.deploymentId, per_page: 1 });
  const last = latest[0];
  if (last && last.state === p.state && (last.environment_url || '') === (p.environmentUrl ?? '') && (last.log_url || '') === (p.logUrl ?? '')) {
    return { action: 'unchanged', statusId: last.id };
  }
  const { data } = await octokit.rest.repos.createDeploymentStatus({
    owner: p.owner,
    repo: p.repo,
    deployment_id: p.deploymentId,
    state: p.state,
    ...(p.environmentUrl ? { environment_url: p.environmentUrl } : {}),
    ...(p.logUrl ? { log_url: p.logUrl } : {}),
    ...(p.description ? { description: p.description.slice(0, 140) } : {}),
  });
  return { action: 'created', statusId: data.id };
}

/** Both steps: the run's deployment (found or created) and its status. */
export async function recordModelDeployment(
  octokit: GitHubClient,
  p: ModelDeploymentParams & Pick<DeploymentStatusParams, 'state' | 'environmentUrl' | 'logUrl'>,
): Promise<ModelDeployment & { statusId: number; statusAction: 'created' | 'unchanged' }> {
  const d = await upsertModelDeployment(octokit, p);
  const s = await setDeploymentStatus(octokit, { owner: p.owner, repo: p.repo, deploymentId: d.deploymentId, state: p.state, environmentUrl: p.environmentUrl, logUrl: p.logUrl });
  return { ...d, statusId: s.statusId, statusAction: s.action };
}

function sameKey(payload: unknown, key: ModelDeploymentPayload): boolean {
  const m = (payload as { mlops?: Partial<ModelDeploymentPayload> } | null)?.mlops;
  return !!m && m.model === key.model && m.version === key.version && m.alias === key.alias && m.run_id === key.run_id && m.run_attempt === key.run_attempt;
}
