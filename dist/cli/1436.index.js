export const id = 1436;
export const ids = [1436];
export const modules = {

/***/ 1436:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  openGitHubPromotePorts: () => (/* binding */ openGitHubPromotePorts)
});

// EXTERNAL MODULE: ../../../../shared/registry/errors.ts
var errors = __webpack_require__(1543);
;// CONCATENATED MODULE: ../../../../shared/github/deployments.ts
async function upsertModelDeployment(octokit, p) {
    const key = { model: p.model, version: p.version, alias: p.alias, run_id: p.runId, run_attempt: p.runAttempt };
    const existing = await octokit.paginate(octokit.rest.repos.listDeployments, { owner: p.owner, repo: p.repo, environment: p.environment, ref: p.ref, per_page: 100 });
    const match = existing.filter((d) => sameKey(d.payload, key)).sort((a, b) => a.id - b.id)[0];
    if (match)
        return { action: 'found', deploymentId: match.id, url: match.url };
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
    if (status !== 201 || !('id' in data))
        throw new Error(`GitHub did not create the deployment: ${JSON.stringify(data)}`);
    return { action: 'created', deploymentId: data.id, url: data.url };
}
async function setDeploymentStatus(octokit, p) {
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
async function recordModelDeployment(octokit, p) {
    const d = await upsertModelDeployment(octokit, p);
    const s = await setDeploymentStatus(octokit, { owner: p.owner, repo: p.repo, deploymentId: d.deploymentId, state: p.state, environmentUrl: p.environmentUrl, logUrl: p.logUrl });
    return { ...d, statusId: s.statusId, statusAction: s.action };
}
function sameKey(payload, key) {
    const m = payload?.mlops;
    return !!m && m.model === key.model && m.version === key.version && m.alias === key.alias && m.run_id === key.run_id && m.run_attempt === key.run_attempt;
}

// EXTERNAL MODULE: ../../../../shared/ports/forge-error.ts
var forge_error = __webpack_require__(5335);
// EXTERNAL MODULE: ../../../../shared/github/github-registry.ts + 2 modules
var github_registry = __webpack_require__(8707);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var runtime_errors = __webpack_require__(9980);
;// CONCATENATED MODULE: ../../../../shared/github/registry-branch.ts
/**
 * The registry branch a step writes to (`registry-branch` input), checked before the first call to
 * GitHub: a name git refuses (`git check-ref-format`) would otherwise fail only after labels,
 * approvals and releases were read, or halfway through a publish.
 */

/** git-check-ref-format(1)'s rules for a branch name, plus a length GitHub accepts. */
function validateRegistryBranch(branch) {
    const problem = branchProblem(branch);
    if (problem === undefined)
        return branch;
    const shown = JSON.stringify(branch.length > 80 ? `${branch.slice(0, 80)}…` : branch);
    throw new runtime_errors/* UsageError */.eb(`registry branch ${shown} is not a valid branch name: ${problem}`, {
        hint: 'use letters, digits, "-", "_", "." and "/" (default mlops-registry)',
    });
}
function branchProblem(b) {
    if (b === '')
        return 'it is empty';
    if (b.length > 200)
        return 'it is longer than 200 characters';
    // Control characters, space and the characters git gives meaning to in revisions.
    if (/[\x00-\x20\x7f~^:?*[\\]/.test(b))
        return 'it contains a space, a control character or one of ~ ^ : ? * [ \\';
    if (b.includes('..'))
        return 'it contains ".."';
    if (b.includes('@{') || b === '@')
        return 'it contains "@{" or is "@"';
    if (b.startsWith('/') || b.endsWith('/') || b.includes('//'))
        return 'it starts or ends with "/" or has an empty part';
    if (b.startsWith('-'))
        return 'it starts with "-"';
    if (b.endsWith('.'))
        return 'it ends with "."';
    if (b.split('/').some((part) => part.startsWith('.') || part.endsWith('.lock')))
        return 'a part starts with "." or ends with ".lock"';
    return undefined;
}

;// CONCATENATED MODULE: ../../../../shared/github/run-approvals.ts
async function listRunApprovals(octokit, { owner, repo, run_id }) {
    const { data } = await octokit.rest.actions.getReviewsForRun({ owner, repo, run_id });
    return data.flatMap((a) => a.environments.map((e) => ({
        reviewer: a.user.login,
        comment: a.comment,
        environment: e.name ?? '',
        state: a.state,
    })));
}
/**
 * The approval that let this run into `environment`: the last approved review naming it (GitHub
 * environment names are case-insensitive). A rejection stops the run before our step, so only
 * approvals are looked at.
 */
function approvalFor(approvals, environment) {
    const want = environment.toLowerCase();
    return approvals.filter((a) => a.state === 'approved' && a.environment.toLowerCase() === want).at(-1);
}

;// CONCATENATED MODULE: ../../../../shared/github/promote-ports.ts
/**
 * promote-model's ports on GitHub: the registry (releases and the state branch), who approved this
 * run for its environment (the run approvals API), and the Deployment recording the promotion.
 * The step itself is shared/steps/promote-model.ts.
 */






async function approvalOfThisRun(octokit, o, environment) {
    const runId = Number(o.env.GITHUB_RUN_ID);
    if (!Number.isInteger(runId) || runId <= 0) {
        if (o.requireApproval)
            throw new errors/* ApprovalError */.g3('require-approval is set, but this is not a workflow run (GITHUB_RUN_ID is not set)');
        return undefined;
    }
    let approvals;
    try {
        approvals = await listRunApprovals(octokit, { ...o.repo, run_id: runId });
    }
    catch (e) {
        // Recording the approval is best effort unless it is required: a token without actions: read
        // must not block a promotion the environment already gated.
        if (o.requireApproval || !(0,forge_error/* isForgeError */.Qu)(e))
            throw e;
        o.log(`warning: cannot read this run's approvals (${e.message}); promoting without recording one`);
        return undefined;
    }
    const approval = approvalFor(approvals, environment);
    if (!approval && o.requireApproval) {
        throw new errors/* ApprovalError */.g3(`require-approval is set, but run ${runId} has no approval for environment "${environment}"`, {
            hint: `run the job with \`environment: ${environment}\` and add required reviewers to that environment (Settings → Environments)`,
        });
    }
    return approval;
}
function openGitHubPromotePorts(octokit, o) {
    // Checked here, before the step makes its first call.
    if (o.registryBranch !== undefined)
        validateRegistryBranch(o.registryBranch);
    return {
        ...(0,github_registry.openGitHubRegistry)(octokit, o.repo, { branch: o.registryBranch }),
        async approval(environment) {
            const approval = await approvalOfThisRun(octokit, o, environment);
            if (!approval)
                return undefined;
            o.log(`approved by ${approval.reviewer} for ${environment}${approval.comment ? `: ${approval.comment}` : ''}`);
            return { reviewer: approval.reviewer, comment: approval.comment || null, environment };
        },
        recordDeployment: o.deployment
            ? async (result, environment) => {
                const server = (o.env.GITHUB_SERVER_URL ?? 'https://github.com').replace(/\/+$/, '');
                const runId = Number(o.env.GITHUB_RUN_ID) || 0;
                const d = await recordModelDeployment(octokit, {
                    ...o.repo,
                    environment,
                    ref: result.tag,
                    model: result.model,
                    version: result.to,
                    alias: result.alias,
                    runId,
                    runAttempt: Number(o.env.GITHUB_RUN_ATTEMPT) || 1,
                    state: 'success',
                    environmentUrl: o.environmentUrl,
                    logUrl: runId ? `${server}/${o.repo.owner}/${o.repo.repo}/actions/runs/${runId}` : undefined,
                });
                o.log(`deployment ${d.deploymentId} of ${result.tag} to ${environment}: ${d.action}, status success ${d.statusAction}`);
                return { id: d.deploymentId, url: d.url };
            }
            : undefined,
    };
}


/***/ })

};
