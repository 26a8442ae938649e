/**
 * What the PR-facing steps (compare, rank-candidates) share: the inputs that say where the PR and
 * the baseline are, the run context and PR target they resolve to, and the baseline spec built from
 * them. One definition, so both steps take the same inputs with the same meaning.
 */
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import type { CompareStepBaseline } from '../compare/baseline.js';
import { UsageError } from '../runtime/errors.js';
import { resolvePullTarget, runContextOf, type PullTarget, type RunContext } from './event-context.js';
import type { GitHubForge } from './github-forge.js';
import type { GitHubClient } from './octokit.js';

/** The inputs' zod shapes (names as in action.yml). */
export const prStepInputShape = {
  baseline: z.string(),
  token: z.string().optional(),
  'head-sha': z.string().regex(/^[0-9a-f]{40}$/, 'a 40-hex commit SHA').optional(),
  'pr-number': z.coerce.number().int().positive().optional(),
  'base-branch': z.string().optional(),
  'baseline-workflow': z.string().optional(),
  'artifact-name': z.string().default('mlops-evaluation'),
  'artifact-report': z.string().default('evaluation.json'),
  'registry-branch': z.string().default('mlops-registry'),
  'baseline-alias': z.string().default('production'),
  'comment-author': z.string().optional(),
};

export interface PrStepInputs {
  baseline: string;
  token?: string;
  'head-sha'?: string;
  'pr-number'?: number;
  'base-branch'?: string;
  'baseline-workflow'?: string;
  'artifact-name': string;
  'artifact-report': string;
  'registry-branch': string;
  'baseline-alias': string;
  'comment-author'?: string;
}

export interface PrStep {
  ctx: RunContext;
  client?: GitHubClient;
  forge?: GitHubForge;
  target: PullTarget;
  baseline: CompareStepBaseline;
}

/** The run, the PR it reports on, and the baseline, from the event payload and the inputs. */
export async function openPrStep(input: PrStepInputs, env: Record<string, string | undefined>, log: (m: string) => void): Promise<PrStep> {
  // Loaded here, not with the input shapes: the steps read their inputs before they pay for the
  // forge, the registry and the baseline code (issue 18).
  const { baselineKindOf } = await import('../compare/baseline.js');
  const { GitHubForge } = await import('./github-forge.js');
  const { openGitHubRegistry } = await import('./github-registry.js');
  const { stepGitHubClient } = await import('./step-client.js');
  const payload = env.GITHUB_EVENT_PATH && existsSync(env.GITHUB_EVENT_PATH) ? JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, 'utf8')) : {};
  const ctx = runContextOf(env, payload);
  const client = input.token ? stepGitHubClient(input.token, env, log) : undefined;
  const forge = client ? new GitHubForge(client, { commentAuthor: input['comment-author'] }) : undefined;
  const target = await resolvePullTarget(ctx, forge, { prNumber: input['pr-number'], headSha: input['head-sha'] });
  log(target.prNumber !== undefined ? `PR #${target.prNumber} (from ${target.via}), head ${target.headSha ?? '?'}` : `no PR for ${target.headSha ?? 'this run'}: no comment`);

  const kind = baselineKindOf(input.baseline);
  const repo = { owner: ctx.owner, repo: ctx.repo };
  let baseline: CompareStepBaseline;
  if (kind === 'base-branch') {
    const branch = input['base-branch'] ?? target.baseRef ?? ctx.refName;
    const workflow = input['baseline-workflow'] ?? ctx.workflowFile;
    if (!branch || !workflow) throw new UsageError('baseline base-branch: cannot tell the base branch or the workflow', { hint: 'set inputs base-branch and baseline-workflow' });
    baseline = { kind, repo, workflow, branch, artifact: input['artifact-name'], reportPath: input['artifact-report'], excludeRunId: ctx.sourceRunId ?? ctx.runId };
  } else if (kind === 'production') {
    if (!client) throw new UsageError('baseline production reads the model registry on GitHub and needs a token', { hint: 'give the step a token with contents: read (input token)' });
    baseline = { kind, registry: openGitHubRegistry(client, repo, { branch: input['registry-branch'] }), alias: input['baseline-alias'] };
  } else baseline = kind === 'file' ? { kind, path: input.baseline } : { kind };
  return { ctx, client, forge, target, baseline };
}
