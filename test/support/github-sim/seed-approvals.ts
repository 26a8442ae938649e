/** Seeding a run's environment approvals from the real `deployment_review` webhook payload. */
import type { GitHubSim } from './server.js';
import { webhookPayload } from './seed.js';
import type { Json, SimUser } from './state.js';
import { deploymentDb } from './routes/deployments.js';

export interface ApprovalSeed {
  repo: string;
  /** Default: the run id of the `deployment_review.requested` example. */
  runId?: number;
  /** Default: one approval of the example's environment by the example's requestor. */
  approvals?: Array<{ environment?: string; state?: 'approved' | 'rejected'; comment?: string; user?: SimUser }>;
}

/**
 * Approvals of a run's environments (`GET …/actions/runs/{run_id}/approvals`), built from the
 * real `deployment_review.requested` payload: its run id, its environment (`TST`) and, as the
 * reviewer, its `requestor` (a real user object). Returns the run id and the payload used.
 */
export function seedRunApprovals(sim: GitHubSim, seed: ApprovalSeed): { runId: number; payload: Json } {
  const payload = webhookPayload('deployment_review', 'requested');
  const runId = seed.runId ?? (payload.workflow_run.id as number);
  const reviewer = payload.requestor as SimUser;
  const list = (seed.approvals ?? [{}]).map((a) => ({
    environments: [a.environment ?? (payload.environment as string)],
    state: a.state ?? ('approved' as const),
    user: a.user ?? reviewer,
    comment: a.comment ?? 'Approved: metrics hold on every slice.',
  }));
  deploymentDb(sim.state).approvals.set(`${seed.repo.toLowerCase()}#${runId}`, list);
  return { runId, payload };
}
