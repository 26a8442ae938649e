/**
 * The REST methods our steps call (`octokit.rest.<scope>.<method>`), by the names @octokit/rest
 * gives them, as an octokit plugin.
 *
 * Why not @octokit/rest: its endpoint plugin carries GitHub's whole API, ~1,000 routes in a 98 KB
 * table that every GitHub-facing bundle parsed and indexed at each start (~7 ms), for the 42 we call.
 * The methods are built the way that plugin builds them (`octokit.request.defaults({ method, url })`,
 * so pagination and hooks see the same thing) and typed with its types. None of the 42 carries
 * extra defaults or renamed parameters there; test/github/rest-endpoints.test.ts checks each route
 * against the plugin's own table.
 */
import type { Octokit } from '@octokit/core';
import type { Api } from '@octokit/plugin-rest-endpoint-methods';

export const REST_ROUTES = {
  actions: {
    downloadArtifact: 'GET /repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
    getReviewsForRun: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/approvals',
    listWorkflowRunArtifacts: 'GET /repos/{owner}/{repo}/actions/runs/{run_id}/artifacts',
    listWorkflowRuns: 'GET /repos/{owner}/{repo}/actions/workflows/{workflow_id}/runs',
  },
  checks: {
    create: 'POST /repos/{owner}/{repo}/check-runs',
    listForRef: 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs',
    update: 'PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}',
  },
  git: {
    createBlob: 'POST /repos/{owner}/{repo}/git/blobs',
    createCommit: 'POST /repos/{owner}/{repo}/git/commits',
    createRef: 'POST /repos/{owner}/{repo}/git/refs',
    createTree: 'POST /repos/{owner}/{repo}/git/trees',
    deleteRef: 'DELETE /repos/{owner}/{repo}/git/refs/{ref}',
    getBlob: 'GET /repos/{owner}/{repo}/git/blobs/{file_sha}',
    getCommit: 'GET /repos/{owner}/{repo}/git/commits/{commit_sha}',
    getRef: 'GET /repos/{owner}/{repo}/git/ref/{ref}',
    getTree: 'GET /repos/{owner}/{repo}/git/trees/{tree_sha}',
    updateRef: 'PATCH /repos/{owner}/{repo}/git/refs/{ref}',
  },
  issues: {
    addLabels: 'POST /repos/{owner}/{repo}/issues/{issue_number}/labels',
    createComment: 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments',
    deleteComment: 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}',
    listComments: 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments',
    updateComment: 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}',
  },
  pulls: {
    create: 'POST /repos/{owner}/{repo}/pulls',
    get: 'GET /repos/{owner}/{repo}/pulls/{pull_number}',
    list: 'GET /repos/{owner}/{repo}/pulls',
    requestReviewers: 'POST /repos/{owner}/{repo}/pulls/{pull_number}/requested_reviewers',
    update: 'PATCH /repos/{owner}/{repo}/pulls/{pull_number}',
  },
  repos: {
    createDeployment: 'POST /repos/{owner}/{repo}/deployments',
    createDeploymentStatus: 'POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    createRelease: 'POST /repos/{owner}/{repo}/releases',
    deleteRelease: 'DELETE /repos/{owner}/{repo}/releases/{release_id}',
    deleteReleaseAsset: 'DELETE /repos/{owner}/{repo}/releases/assets/{asset_id}',
    get: 'GET /repos/{owner}/{repo}',
    getRelease: 'GET /repos/{owner}/{repo}/releases/{release_id}',
    getReleaseByTag: 'GET /repos/{owner}/{repo}/releases/tags/{tag}',
    listBranches: 'GET /repos/{owner}/{repo}/branches',
    listDeploymentStatuses: 'GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses',
    listDeployments: 'GET /repos/{owner}/{repo}/deployments',
    listPullRequestsAssociatedWithCommit: 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls',
    listReleases: 'GET /repos/{owner}/{repo}/releases',
    updateRelease: 'PATCH /repos/{owner}/{repo}/releases/{release_id}',
  },
  users: {
    getAuthenticated: 'GET /user',
  },
} as const;

type Routes = typeof REST_ROUTES;
type AllMethods = Api['rest'];

/** `octokit.rest` with just our methods, each typed as @octokit/rest types it. */
export type RestMethods = { [S in keyof Routes & keyof AllMethods]: Pick<AllMethods[S], keyof Routes[S] & keyof AllMethods[S]> };

/** The plugin: adds `rest` (our methods) to an octokit. */
export function restEndpoints(octokit: Octokit): { rest: RestMethods } {
  const rest: Record<string, Record<string, unknown>> = {};
  for (const [scope, methods] of Object.entries(REST_ROUTES)) {
    const built: Record<string, unknown> = (rest[scope] = {});
    for (const [name, route] of Object.entries(methods)) {
      const [method, url] = route.split(' ');
      built[name] = octokit.request.defaults({ method, url });
    }
  }
  return { rest: rest as unknown as RestMethods };
}
