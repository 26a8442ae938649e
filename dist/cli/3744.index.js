export const id = 3744;
export const ids = [3744,1692];
export const modules = {

/***/ 3744:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N_: () => (/* binding */ callArgsOf),
  St: () => (/* binding */ findOwnCallProblems),
  GT: () => (/* binding */ majorTag),
  tb: () => (/* binding */ ownTargetOf)
});

// UNUSED EXPORTS: OWN_USES, isOwnUses, ownCallProblems

// EXTERNAL MODULE: ../../../../shared/runtime/published-coordinates.ts
var published_coordinates = __webpack_require__(8231);
// EXTERNAL MODULE: ../../../../shared/doctor/workflow.ts
var workflow = __webpack_require__(1797);
;// CONCATENATED MODULE: ../../../../shared/doctor/permissions.ts
/**
 * What GITHUB_TOKEN must be allowed for each of our actions and reusable workflows: the one table
 * `mlops doctor` checks a repository's workflows against, and the metadata tests check our own
 * workflows (and this table) against. docs/doctor.md prints it; each action's README says the same
 * in its `token` input.
 *
 * An entry depends on how the step is called, because some permissions serve optional features
 * (compare's check run, publish-model's provenance, drift-check's PR without its own token). Each
 * need comes with a condition on the call's inputs, evaluated three-valued: `yes` (the literal
 * values, or the defaults, turn the feature on), `no`, or `maybe` (an expression decides at run
 * time). A missing `yes` permission is an error; a missing `maybe` one a warning.
 *
 *   step or reusable workflow          needs
 *   actions/compare                    pull-requests: write (comment), checks: write (check-run),
 *                                      actions: read (baseline base-branch), contents: read (baseline production)
 *   actions/rank-candidates            pull-requests: write (comment), actions: read (baseline base-branch),
 *                                      contents: read (baseline production)
 *   actions/publish-model              contents: write; pull-requests: read (bump from the merged PR's label);
 *                                      id-token: write + attestations: write (attest); packages: write (oci on ghcr.io)
 *   actions/promote-model              contents: write, actions: read, deployments: write (deployment)
 *   actions/drift-check                contents: read; contents: write + pull-requests: write (the
 *                                      retraining PR, unless pr-token is given or pull-request is false)
 *   actions/validate-data, train, evaluate, explain   nothing
 *   mlops-pr-report.yml                contents: read
 *   mlops-pr-comment.yml               actions: read, checks: write, contents: read, pull-requests: write
 *   mlops-candidates.yml               actions: read, contents: read, pull-requests: write
 *   mlops-release.yml                  contents: write, pull-requests: read; + id-token, attestations write (attest)
 *   mlops-promote.yml                  actions: read, contents: write, deployments: write
 *   mlops-drift-check.yml              contents: read; contents + pull-requests write unless app-id
 *                                      or the pr-token secret is given (or pull-request is false)
 */

/** Every scope a permissions block can name (GitHub's workflow syntax). */
const ALL_SCOPES = [
    'actions',
    'attestations',
    'checks',
    'contents',
    'deployments',
    'discussions',
    'id-token',
    'issues',
    'models',
    'packages',
    'pages',
    'pull-requests',
    'repository-projects',
    'security-events',
    'statuses',
];
const LEVELS = { none: 0, read: 1, write: 2 };
/**
 * The access a permissions block gives one scope: 0 none, 1 read, 2 write; undefined when there is
 * no block (the token gets the repository's default, which a file cannot tell).
 */
function access(p, scope) {
    if (p === undefined)
        return undefined;
    if (typeof p === 'string')
        return p === 'write-all' ? 2 : p === 'read-all' ? (scope === 'id-token' ? 0 : 1) : 0;
    return LEVELS[String(p[scope] ?? 'none')] ?? 0;
}
const levelName = (n) => (n === undefined ? 'the default' : n >= 2 ? 'write' : n === 1 ? 'read' : 'none');
/** The input's value is `expected` (true/false compare as words). */
function equals(v, expected) {
    if ((0,workflow/* isExpression */.BH)(v) || (typeof v === 'string' && v.includes('${{')))
        return 'maybe';
    return String(v ?? '').trim().toLowerCase() === expected ? 'yes' : 'no';
}
/** The input is empty or not given. */
function empty(v) {
    if ((0,workflow/* isExpression */.BH)(v))
        return 'maybe';
    return v === undefined || v === null || String(v).trim() === '' ? 'yes' : 'no';
}
/** The input or secret is given (an expression counts: the workflow means to pass something). */
const given = (v) => (v === undefined || v === null || String(v).trim() === '' ? 'no' : 'yes');
const not = (t) => (t === 'yes' ? 'no' : t === 'no' ? 'yes' : 'maybe');
function permissions_all(...ts) {
    if (ts.includes('no'))
        return 'no';
    return ts.includes('maybe') ? 'maybe' : 'yes';
}
/** The OCI repository is on ghcr.io, where the workflow's token (packages) is the credential. */
function onGhcr(v) {
    if ((0,workflow/* isExpression */.BH)(v) || (typeof v === 'string' && v.includes('${{')))
        return 'maybe';
    return String(v ?? '').trim().toLowerCase().startsWith('ghcr.io/') ? 'yes' : 'no';
}
function need(scope, level, why, when = 'yes') {
    return when === 'no' ? [] : [{ scope, level, why, when }];
}
const retrainingPr = (a, ownToken) => {
    const when = permissions_all(equals(a.value('pull-request'), 'true'), not(ownToken));
    return [...need('contents', 'write', 'the retraining branch', when), ...need('pull-requests', 'write', 'the retraining PR', when)];
};
/** The table. Keys: `actions/<step>` and `.github/workflows/<file>`, as they follow `owner/mlops-actions/`. */
const REQUIRED_PERMISSIONS = {
    'actions/validate-data': () => [],
    'actions/train': () => [],
    'actions/evaluate': () => [],
    'actions/explain': () => [],
    'actions/compare': (a) => [
        ...need('pull-requests', 'write', 'the sticky PR comment', equals(a.value('comment'), 'true')),
        ...need('checks', 'write', 'the check run', equals(a.value('check-run'), 'true')),
        ...need('actions', 'read', "the base branch's evaluation artifact (baseline: base-branch)", equals(a.value('baseline'), 'base-branch')),
        ...need('contents', 'read', "the registry's releases (baseline: production)", equals(a.value('baseline'), 'production')),
    ],
    'actions/rank-candidates': (a) => [
        ...need('pull-requests', 'write', 'the sticky PR comment with the ranking', equals(a.value('comment'), 'true')),
        ...need('actions', 'read', "the base branch's evaluation artifact (baseline: base-branch)", equals(a.value('baseline'), 'base-branch')),
        ...need('contents', 'read', "the registry's releases (baseline: production)", equals(a.value('baseline'), 'production')),
    ],
    'actions/publish-model': (a) => [
        ...need('contents', 'write', 'the release and the registry branch'),
        ...need('pull-requests', 'read', "the merged PR's model:* label (no bump, version or labels given)", permissions_all(empty(a.value('bump')), empty(a.value('version')), empty(a.value('labels')))),
        ...need('id-token', 'write', 'signing provenance (attest)', equals(a.value('attest'), 'true')),
        ...need('attestations', 'write', 'storing the attestation (attest)', equals(a.value('attest'), 'true')),
        ...need('packages', 'write', 'pushing the model to ghcr.io (oci)', onGhcr(a.value('oci'))),
    ],
    'actions/promote-model': (a) => [
        ...need('contents', 'write', 'the registry branch (alias and audit log)'),
        ...need('actions', 'read', "this run's environment approvals, for the audit log"),
        ...need('deployments', 'write', "the Deployment of the version's tag", equals(a.value('deployment'), 'true')),
    ],
    'actions/drift-check': (a) => [...need('contents', 'read', "the registry (the production version's profile)"), ...retrainingPr(a, given(a.value('pr-token')))],
    '.github/workflows/mlops-pr-report.yml': () => need('contents', 'read', 'the checkout'),
    '.github/workflows/mlops-pr-comment.yml': () => [
        ...need('actions', 'read', "the PR run's and the base branch's evaluation artifacts"),
        ...need('checks', 'write', 'the check run'),
        ...need('contents', 'read', 'mlops.yaml from the default branch'),
        ...need('pull-requests', 'write', 'the sticky PR comment'),
    ],
    '.github/workflows/mlops-candidates.yml': () => [
        ...need('actions', 'read', "the base branch's evaluation artifact"),
        ...need('contents', 'read', 'the checkout and mlops.yaml'),
        ...need('pull-requests', 'write', 'the ranking comment'),
    ],
    '.github/workflows/mlops-release.yml': (a) => [
        ...need('contents', 'write', 'the release and the registry branch'),
        ...need('pull-requests', 'read', "the merged PR's model:* label (no bump or version given)", permissions_all(empty(a.value('bump')), empty(a.value('version')))),
        ...need('id-token', 'write', 'signing provenance (attest)', equals(a.value('attest'), 'true')),
        ...need('attestations', 'write', 'storing the attestation (attest)', equals(a.value('attest'), 'true')),
    ],
    '.github/workflows/mlops-promote.yml': () => [
        ...need('actions', 'read', "this run's environment approvals, for the audit log"),
        ...need('contents', 'write', 'the registry branch (alias and audit log)'),
        ...need('deployments', 'write', "the Deployment of the version's tag"),
    ],
    '.github/workflows/mlops-drift-check.yml': (a) => [
        ...need('contents', 'read', 'the checkout and the registry'),
        // With a GitHub App (app-id) or a PAT (pr-token) the PR is written with that token instead.
        ...retrainingPr(a, given(a.value('app-id')) === 'yes' || given(a.secret('pr-token')) === 'yes' ? 'yes' : 'no'),
    ],
};
/**
 * What a call of `target` needs. A scope may appear twice: what is needed for sure (contents: read)
 * and more that an expression may turn on (contents: write for the retraining PR).
 */
function neededPermissions(target, args) {
    const entry = REQUIRED_PERMISSIONS[target];
    if (!entry)
        return [];
    const out = [];
    for (const n of entry(args)) {
        const same = out.findIndex((o) => o.scope === n.scope && o.when === n.when);
        if (same < 0)
            out.push(n);
        else if (LEVELS[n.level] > LEVELS[out[same].level])
            out[same] = n;
    }
    // A `maybe` need no stronger than a `yes` one on the same scope adds nothing.
    return out.filter((n) => n.when === 'yes' || !out.some((o) => o.scope === n.scope && o.when === 'yes' && LEVELS[o.level] >= LEVELS[n.level]));
}
/**
 * The needs a permissions block does not meet, one per scope: the needed-for-sure one when that is
 * unmet (an error), else the one an expression may turn on (a warning). An undefined block (the
 * repository's default token) meets nothing and fails nothing: the caller says so separately.
 */
function unmetNeeds(needs, granted) {
    if (granted === undefined)
        return [];
    const out = [];
    for (const scope of new Set(needs.map((n) => n.scope))) {
        const have = access(granted, scope) ?? 0;
        const unmet = needs.filter((n) => n.scope === scope && have < LEVELS[n.level]);
        const pick = unmet.find((n) => n.when === 'yes') ?? unmet[0];
        if (pick)
            out.push({ ...pick, granted: have });
    }
    return out;
}

;// CONCATENATED MODULE: ../../../../shared/doctor/own-calls.ts
/**
 * What actionlint cannot see: our actions and reusable workflows are called by their published name
 * (`<owner>/mlops-actions/actions/<step>@v1`, `<owner>/mlops-actions/.github/workflows/<file>@v1`),
 * which it does not resolve, so a renamed or removed input would pass the lint and be dropped (or
 * missing) at run time, and a job granting too little would fail only when it runs. These resolve
 * the names to our files and check each call against what they declare and what they need
 * (permissions.ts).
 *
 * One implementation for two readers: test/actions/metadata.test.ts checks this repository's own
 * workflows with it (ownCallProblems, as text), and `mlops doctor` checks a team's workflows
 * (findOwnCallProblems, with key paths for file:line and a kind that decides the severity).
 */



const OWNER = '[A-Za-z0-9_.-]+';
/** Anything under a repository named mlops-actions, whoever's fork it is. */
const OWN_USES = new RegExp(`^${OWNER}/mlops-actions/`);
const ownAction = new RegExp(`^${OWNER}/${OWNER}/actions/([^/@]+)@(.+)$`);
const ownWorkflow = new RegExp(`^${OWNER}/${OWNER}/(\\.github/workflows/[^/@]+)@(.+)$`);
/** Our reusable workflows' file names, whatever the repository holding them is called. */
const OWN_WORKFLOW_FILE = /^\.github\/workflows\/mlops-[^/@]+\.ya?ml$/;
/**
 * Whether a `uses:` calls us: anything under a repository named mlops-actions, or, under any other
 * name (`mlops init --uses acme/ml-actions@v1.4.2`, a fork renamed), one of our actions by its step
 * name or one of our reusable workflows (`mlops-*.yml`).
 */
function isOwnUses(uses, own) {
    if (OWN_USES.test(uses))
        return true;
    const a = ownAction.exec(uses);
    if (a)
        return own ? own.action(a[1]) !== undefined : false;
    const w = ownWorkflow.exec(uses);
    return w !== null && OWN_WORKFLOW_FILE.test(w[1]);
}
/** The tag our release moves (`v1` for 1.x): package.json's major, as init writes it. */
const majorTag = () => (0,published_coordinates/* publishedCoordinates */.kB)().ref;
const stepOutputRef = /\bsteps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;
const jobOutputRef = /\bjobs\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;
const defaultToken = /^\s*\$\{\{\s*(?:github\.token|secrets\.GITHUB_TOKEN)\s*\}\}\s*$/;
/** The step or reusable workflow a `uses:` names, when it is ours. */
function ownTargetOf(uses, own) {
    if (!uses || !isOwnUses(uses, own))
        return undefined;
    const a = ownAction.exec(uses);
    if (a)
        return { target: `actions/${a[1]}`, step: a[1], ref: a[2] };
    const w = ownWorkflow.exec(uses);
    if (w)
        return { target: w[1], ref: w[2] };
    return undefined;
}
const isRequired = (i) => i.required === true && i.default === undefined;
/** A call's inputs: the value under with:, else the declared default; its secrets (reusable workflows). */
function callArgsOf(given, declared, secrets) {
    return {
        value: (name) => (given && Object.hasOwn(given, name) ? given[name] : declared?.[name]?.default),
        secret: (name) => (secrets && typeof secrets === 'object' && Object.hasOwn(secrets, name) ? secrets[name] : undefined),
    };
}
/** One problem naming every required input the call leaves out. */
function missingInputs(declared, given, base) {
    const missing = Object.entries(declared).filter(([key, input]) => isRequired(input) && !(key in given)).map(([key]) => key);
    if (missing.length === 0)
        return [];
    return [{ ...base, kind: 'missing-input', message: missing.length === 1 ? `required input ${missing[0]} is not given` : `required inputs ${missing.join(', ')} are not given` }];
}
/** Where a job's grant is written: its permissions, else the workflow's, else the job. */
function grantPath(wf, jobId, job) {
    return job.permissions !== undefined ? ['jobs', jobId, 'permissions'] : wf.permissions !== undefined ? ['permissions'] : ['jobs', jobId];
}
function permissionProblems(needs, granted, subject, base, skip = new Set()) {
    if (needs.length === 0)
        return [];
    if (granted === undefined) {
        return [{ ...base, kind: 'permission-default', message: `${subject} needs ${needs.map((n) => `${n.scope}: ${n.level}`).join(', ')}; the job has no permissions block`, grant: needs.map((n) => `${n.scope}: ${n.level}`) }];
    }
    return unmetNeeds(needs, granted)
        .filter((n) => !skip.has(n.scope))
        .map((n) => ({
        ...base,
        kind: n.when === 'yes' ? 'permission' : 'permission-maybe',
        message: n.when === 'yes'
            ? `${subject} needs ${n.scope}: ${n.level} for ${n.why}, but this job grants ${levelName(n.granted)}`
            : `${subject} may need ${n.scope}: ${n.level} for ${n.why} (an expression decides), but this job grants ${levelName(n.granted)}`,
        grant: [`${n.scope}: ${n.level}`],
    }));
}
/** Every way a workflow's calls of our actions and reusable workflows disagree with what they declare and need. */
function findOwnCallProblems(file, wf, own) {
    const problems = [];
    for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
        if (!job || typeof job !== 'object')
            continue;
        const at = `${file} jobs.${jobId}`;
        const granted = job.permissions ?? wf.permissions;
        const stepOutputs = new Map();
        for (const [n, step] of (Array.isArray(job.steps) ? job.steps : []).entries()) {
            if (!step || typeof step.uses !== 'string' || !isOwnUses(step.uses, own))
                continue;
            const where = `${at}.steps[${n}] (${step.uses})`;
            const path = ['jobs', jobId, 'steps', n];
            const base = { where, job: jobId };
            const m = ownAction.exec(step.uses);
            if (!m) {
                problems.push({ ...base, kind: 'not-ours', path: [...path, 'uses'], message: 'not one of our actions (actions/<step>@v1)' });
                continue;
            }
            const [, name, ref] = m;
            if (ref !== majorTag())
                problems.push({ ...base, kind: 'pin', path: [...path, 'uses'], ref, message: `pinned to ${ref}, not the major version ${majorTag()}` });
            const meta = own.action(name);
            if (!meta) {
                problems.push({ ...base, kind: 'unknown-action', path: [...path, 'uses'], message: `no actions/${name}/action.yml` });
                continue;
            }
            const inputs = meta.inputs ?? {};
            const given = step.with && typeof step.with === 'object' ? step.with : {};
            for (const key of Object.keys(given))
                if (!(key in inputs))
                    problems.push({ ...base, kind: 'unknown-input', path: [...path, 'with', key], message: `with.${key} is not an input of actions/${name}` });
            problems.push(...missingInputs(inputs, given, { ...base, path }));
            if (step.id)
                stepOutputs.set(step.id, new Set(Object.keys(meta.outputs ?? {})));
            // A step given a token of its own does not use the job's GITHUB_TOKEN.
            const token = given.token;
            if (token === undefined || (typeof token === 'string' && defaultToken.test(token))) {
                problems.push(...permissionProblems(neededPermissions(`actions/${name}`, callArgsOf(given, inputs)), granted, `actions/${name}`, { ...base, path: grantPath(wf, jobId, job) }));
            }
        }
        // Outputs of our steps read anywhere in the job (later steps, job outputs, environment url).
        for (const text of (0,workflow/* strings */.P$)(job)) {
            for (const [, id, name] of text.matchAll(stepOutputRef)) {
                const declared = stepOutputs.get(id);
                if (declared && !declared.has(name))
                    problems.push({ kind: 'unknown-output', where: at, job: jobId, path: ['jobs', jobId], message: `steps.${id}.outputs.${name} is not an output of that action` });
            }
        }
        if (typeof job.uses === 'string' && isOwnUses(job.uses, own)) {
            const where = `${at} (${job.uses})`;
            const base = { where, job: jobId };
            const m = ownWorkflow.exec(job.uses);
            if (!m) {
                problems.push({ ...base, kind: 'not-ours', path: ['jobs', jobId, 'uses'], message: 'not one of our reusable workflows (.github/workflows/<file>@v1)' });
                continue;
            }
            const [, path, ref] = m;
            if (ref !== majorTag())
                problems.push({ ...base, kind: 'pin', path: ['jobs', jobId, 'uses'], ref, message: `pinned to ${ref}, not the major version ${majorTag()}` });
            const called = own.workflow(path);
            const call = (0,workflow/* workflowCallOf */.H$)(called);
            if (!called || !call) {
                problems.push({ ...base, kind: 'unknown-workflow', path: ['jobs', jobId, 'uses'], message: `no reusable workflow (on: workflow_call) at ${path}` });
                continue;
            }
            const inputs = call.inputs ?? {};
            const given = job.with && typeof job.with === 'object' ? job.with : {};
            for (const [key, value] of Object.entries(given)) {
                const input = inputs[key];
                if (!input) {
                    problems.push({ ...base, kind: 'unknown-input', path: ['jobs', jobId, 'with', key], message: `with.${key} is not an input of ${path}` });
                    continue;
                }
                if ((input.type === 'boolean' || input.type === 'number') && !(0,workflow/* isExpression */.BH)(value) && typeof value !== input.type) {
                    problems.push({ ...base, kind: 'input-type', path: ['jobs', jobId, 'with', key], message: `with.${key} is ${JSON.stringify(value)}, but the input is a ${input.type}` });
                }
            }
            problems.push(...missingInputs(inputs, given, { ...base, path: ['jobs', jobId] }));
            // GitHub refuses to start the whole run when a called job asks for more than the caller grants.
            const over = new Set();
            for (const [calledId, calledJob] of Object.entries(called.jobs ?? {})) {
                const asked = calledJob.permissions ?? called.permissions;
                if (asked === undefined || granted === undefined)
                    continue;
                const scopes = typeof asked === 'string' ? ALL_SCOPES : Object.keys(asked);
                for (const scope of scopes) {
                    if ((access(asked, scope) ?? 0) > (access(granted, scope) ?? 0)) {
                        over.add(scope);
                        const level = typeof asked === 'string' ? asked : asked[scope];
                        problems.push({ ...base, kind: 'permission-overreach', path: grantPath(wf, jobId, job), message: `${path} job ${calledId} asks for ${scope}: ${level}, more than this job grants`, grant: [`${scope}: ${level === 'write-all' ? 'write' : level === 'read-all' ? 'read' : level}`] });
                    }
                }
            }
            const args = callArgsOf(given, inputs, job.secrets);
            problems.push(...permissionProblems(neededPermissions(path, args), granted, path, { ...base, path: grantPath(wf, jobId, job) }, over));
        }
    }
    // A reusable workflow's outputs read its jobs' outputs: a misspelt one is silently empty.
    for (const [name, output] of Object.entries((0,workflow/* workflowCallOf */.H$)(wf)?.outputs ?? {})) {
        for (const [, jobId, jobOutput] of (output?.value ?? '').matchAll(jobOutputRef)) {
            if (!(jobOutput in (wf.jobs?.[jobId]?.outputs ?? {}))) {
                problems.push({ kind: 'undeclared-job-output', where: `${file} on.workflow_call.outputs.${name}`, path: ['on', 'workflow_call', 'outputs', name], message: `jobs.${jobId}.outputs.${jobOutput} is not declared` });
            }
        }
    }
    return problems;
}
/**
 * The problems as text (`<where>: <message>`), for this repository's own workflows. A job without
 * a permissions block is not one: in a reusable workflow it takes the caller's grant.
 */
function ownCallProblems(file, wf, action, workflow) {
    return findOwnCallProblems(file, wf, { action, workflow })
        .filter((p) => p.kind !== 'permission-default')
        .map((p) => `${p.where}: ${p.message}`);
}


/***/ }),

/***/ 1797:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BH: () => (/* binding */ isExpression),
/* harmony export */   H$: () => (/* binding */ workflowCallOf),
/* harmony export */   P$: () => (/* binding */ strings),
/* harmony export */   XL: () => (/* binding */ eventsOf),
/* harmony export */   Xz: () => (/* binding */ WorkflowSource)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9171);
/* harmony import */ var _runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1576);
/**
 * GitHub Actions workflow files as `mlops doctor` and the metadata tests read them: the few parts
 * we check (jobs, steps, uses/with/secrets/env, permissions, environment, triggers), parsed with
 * their positions so every problem is reported at file:line:column.
 */


/** `on.workflow_call` of a reusable workflow, or undefined. */
function workflowCallOf(wf) {
    const on = wf?.on;
    if (typeof on === 'string')
        return on === 'workflow_call' ? {} : undefined;
    if (Array.isArray(on))
        return on.includes('workflow_call') ? {} : undefined;
    if (on && typeof on === 'object' && 'workflow_call' in on)
        return on.workflow_call ?? {};
    return undefined;
}
/** The events a workflow runs on. */
function eventsOf(wf) {
    const on = wf.on;
    if (typeof on === 'string')
        return [on];
    if (Array.isArray(on))
        return on.map(String);
    return on && typeof on === 'object' ? Object.keys(on) : [];
}
/** A value that is one whole `${{ ... }}` expression. */
const isExpression = (v) => typeof v === 'string' && /^\s*\$\{\{[\s\S]*\}\}\s*$/.test(v);
/** Every string anywhere in a value (for scanning a job for `steps.X.outputs.Y`). */
const strings = (v) => (typeof v === 'string' ? [v] : v && typeof v === 'object' ? Object.values(v).flatMap(strings) : []);
/** A parsed workflow that can say where a key path is. */
class WorkflowSource {
    file;
    workflow;
    doc;
    lines;
    constructor(file, workflow, doc, lines) {
        this.file = file;
        this.workflow = workflow;
        this.doc = doc;
        this.lines = lines;
    }
    /**
     * Parses workflow YAML; `file` (relative to the repository) names it in locations. A syntax error
     * is returned as `{ error }` at its place rather than thrown, so one broken file is one problem.
     */
    static parse(text, file) {
        const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
        const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
        if (doc.errors.length > 0) {
            const err = doc.errors[0];
            const { line, col } = lines.linePos(err.pos[0]);
            return { error: { what: `invalid YAML: ${err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`, location: { file, line, column: col } } };
        }
        let data;
        try {
            data = doc.toJS({ maxAliasCount: 100 });
        }
        catch (e) {
            return { error: { what: `cannot read the YAML: ${e.message}`, location: { file } } };
        }
        if (data === null || typeof data !== 'object' || Array.isArray(data)) {
            return { error: { what: 'not a workflow: the file is not a mapping with on: and jobs:', location: { file, line: 1, column: 1 } } };
        }
        return new WorkflowSource(file, data, doc, lines);
    }
    /** Where the key at `path` is written (its closest existing ancestor when it is not). */
    locate(path) {
        let node = this.doc.contents;
        let offset = (0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .rangeStart */ .O5)(node) ?? 0;
        for (const seg of path) {
            const next = (0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .childPair */ .$r)(node, seg);
            if (!next)
                break;
            node = next.value;
            offset = (0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .rangeStart */ .O5)(next.key) ?? (0,_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_1__/* .rangeStart */ .O5)(next.value) ?? offset;
        }
        const { line, col } = this.lines.linePos(offset);
        return { file: this.file, line, column: col };
    }
    /** Every string scalar of the file with its key path and place (comments are not scalars). */
    scalars() {
        const out = [];
        (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(this.doc, {
            Scalar: (key, node, ancestors) => {
                if (key === 'key' || typeof node.value !== 'string' || !node.range)
                    return;
                const chain = [...ancestors.slice(1), node];
                const path = [];
                for (let i = 0; i < chain.length - 1; i++) {
                    const a = chain[i];
                    if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isPair */ .tO)(a))
                        path.push((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(a.key) ? String(a.key.value) : String(a.key));
                    else if ((0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(a))
                        path.push(a.items.indexOf(chain[i + 1]));
                }
                const start = this.lines.linePos(node.range[0]);
                const block = node.type === 'BLOCK_LITERAL' || node.type === 'BLOCK_FOLDED';
                const value = node.value;
                out.push({
                    value,
                    path,
                    location: { file: this.file, line: start.line, column: start.col },
                    // A block scalar's text starts on the line after its `|` or `>` indicator.
                    lineOf: (index) => (block ? start.line + 1 + countNewlines(value, index) : start.line),
                });
            },
        });
        return out;
    }
}
function countNewlines(s, end) {
    let n = 0;
    for (let i = 0; i < end && i < s.length; i++)
        if (s[i] === '\n')
            n++;
    return n;
}


/***/ }),

/***/ 1692:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   packageRoot: () => (/* binding */ packageRoot)
/* harmony export */ });
/* unused harmony exports PACKAGE_NAME, findPackageRoot */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);
/**
 * Where mlops-actions' own files are at run time: its action.yml files, reusable workflows and
 * action-templates/, which `mlops doctor` and `mlops new-action` read. The same code runs from
 * source (shared/runtime/ under tsx and vitest), from the CLI bundle (dist/cli/index.js) and from an
 * install of the package (node_modules/mlops-actions/...), so the folder is found by walking up
 * from this module to the package.json named mlops-actions rather than by a fixed `../..`.
 */



const PACKAGE_NAME = 'mlops-actions';
let cached;
/** The package's root folder, or undefined when this module is not inside the package. */
function findPackageRoot(start = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))) {
    let dir = start;
    for (let i = 0; i < 8; i++) {
        const manifest = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(dir, 'package.json');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(manifest)) {
            try {
                if (JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)(manifest, 'utf8')).name === PACKAGE_NAME)
                    return dir;
            }
            catch {
                // ncc writes a bare {"type":"module"} next to each bundle; anything unreadable is not ours either.
            }
        }
        const up = (0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)(dir);
        if (up === dir)
            break;
        dir = up;
    }
    return undefined;
}
/** The package's root folder; throws when the package is incomplete (a bundle copied on its own). */
function packageRoot() {
    cached ??= findPackageRoot();
    if (!cached)
        throw new Error(`cannot find the ${PACKAGE_NAME} package folder above ${(0,node_path__WEBPACK_IMPORTED_MODULE_1__.dirname)((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url))}`);
    return cached;
}


/***/ }),

/***/ 8231:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NC: () => (/* binding */ formatCoordinates),
/* harmony export */   jW: () => (/* binding */ parseCoordinates),
/* harmony export */   kB: () => (/* binding */ publishedCoordinates)
/* harmony export */ });
/* unused harmony exports repositoryOf, majorTagOf */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9980);
/* harmony import */ var _package_root_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1692);
/**
 * Where teams get mlops-actions from: the GitHub repository and the ref every `uses:` line, schema URL
 * and scaffold dependency points at (`mlops-actions/mlops-actions` and `v1`). The one source is our
 * package.json: its `repository` field names the repository and the major of its `version` is the tag
 * the release workflow (.github/workflows/release-actions.yml) moves, so a release of 2.0.0 makes
 * `v2` the default everywhere, and `mlops init --uses` / `mlops new-action --uses` override both
 * (a fork, a release tag such as v1.2.0, a commit SHA).
 */




// GitHub's rules: an owner is letters, digits and single hyphens; a repository name also takes `.` and `_`.
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
// A git ref as `uses:` and npm's `#ref` take it: no spaces, no `..`, none of ~^:?*[\ and not ending in `/` or `.lock`.
const REF = /^(?!.*\.\.)(?!.*\/\/)(?!\/)(?!.*\/$)(?!.*\.lock$)[A-Za-z0-9._\/-]{1,200}$/;
function isRepository(s) {
    const [owner, repo, ...rest] = s.split('/');
    return rest.length === 0 && owner !== undefined && repo !== undefined && OWNER.test(owner) && REPO.test(repo) && repo !== '.' && repo !== '..';
}
/**
 * `owner/repo` from package.json's `repository`: `github:owner/repo`, `owner/repo`, or
 * `{ "url": "git+https://github.com/owner/repo.git" }` (what `npm pkg fix` writes).
 */
function repositoryOf(field) {
    const text = typeof field === 'string' ? field : field !== null && typeof field === 'object' ? field.url : undefined;
    if (typeof text !== 'string')
        return undefined;
    const m = /^(?:github:|(?:git\+)?(?:https?|ssh|git):\/\/(?:git@)?github\.com\/|git@github\.com:)?([^/:]+\/[^/]+?)(?:\.git)?\/?$/.exec(text.trim());
    return m && isRepository(m[1]) ? m[1] : undefined;
}
/** `v<major>` of a semver version: 1.4.2 → v1. */
function majorTagOf(version) {
    const m = typeof version === 'string' ? /^(\d+)\.\d+\.\d+(?:[-+].*)?$/.exec(version) : null;
    return m ? `v${Number(m[1])}` : undefined;
}
/** The coordinates package.json names: its repository at `v<major of version>`. Throws on a broken manifest (our bug). */
function publishedCoordinates(manifest = ownManifest()) {
    const repository = repositoryOf(manifest.repository);
    const ref = majorTagOf(manifest.version);
    if (!repository || !ref)
        throw new Error(`package.json needs a GitHub "repository" and a semver "version" (got ${JSON.stringify(manifest.repository)}, ${JSON.stringify(manifest.version)})`);
    return { repository, ref };
}
function ownManifest() {
    return JSON.parse((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readFileSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)((0,_package_root_js__WEBPACK_IMPORTED_MODULE_3__.packageRoot)(), 'package.json'), 'utf8'));
}
/** `OWNER/REPO@REF` as a person types it after `--uses`; UsageError naming the flag otherwise. */
function parseCoordinates(text, flag = '--uses') {
    const at = text.lastIndexOf('@');
    const repository = at < 0 ? text : text.slice(0, at);
    const ref = at < 0 ? '' : text.slice(at + 1);
    if (!isRepository(repository) || !REF.test(ref)) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .UsageError */ .eb(`${flag} ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)} is not OWNER/REPO@REF`, {
            hint: `e.g. ${flag} ${formatCoordinates(publishedCoordinates())} (the default), ${flag} my-org/mlops-actions@v1 (a fork), or a release tag (@v1.2.0) or commit SHA as the ref`,
        });
    }
    return { repository, ref };
}
const formatCoordinates = (c) => `${c.repository}@${c.ref}`;


/***/ })

};
