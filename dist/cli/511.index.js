export const id = 511;
export const ids = [511];
export const modules = {

/***/ 8511:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  doctorExitCode: () => (/* binding */ doctorExitCode),
  renderDoctorText: () => (/* binding */ renderDoctorText),
  runDoctor: () => (/* binding */ runDoctor)
});

// UNUSED EXPORTS: DOCTOR_SCHEMA, WORKFLOWS_DIR

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/config/mlops-config.ts + 1 modules
var mlops_config = __webpack_require__(2106);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/runtime/package-root.ts
var package_root = __webpack_require__(1692);
;// CONCATENATED MODULE: ../../../../shared/doctor/check.ts
const check = (area, status, message, extra = {}) => ({
    area,
    status,
    message,
    ...extra,
});

// EXTERNAL MODULE: ../../../yaml/dist/index.js
var dist = __webpack_require__(9171);
// EXTERNAL MODULE: ../../../../shared/config/yaml-source.ts
var yaml_source = __webpack_require__(1820);
;// CONCATENATED MODULE: ../../../../shared/doctor/workflow.ts
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
        const lines = new dist/* LineCounter */.HN();
        const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
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
        let offset = (0,yaml_source/* rangeStart */.O5)(node) ?? 0;
        for (const seg of path) {
            const next = (0,yaml_source/* childPair */.$r)(node, seg);
            if (!next)
                break;
            node = next.value;
            offset = (0,yaml_source/* rangeStart */.O5)(next.key) ?? (0,yaml_source/* rangeStart */.O5)(next.value) ?? offset;
        }
        const { line, col } = this.lines.linePos(offset);
        return { file: this.file, line, column: col };
    }
    /** Every string scalar of the file with its key path and place (comments are not scalars). */
    scalars() {
        const out = [];
        (0,dist/* visit */.YR)(this.doc, {
            Scalar: (key, node, ancestors) => {
                if (key === 'key' || typeof node.value !== 'string' || !node.range)
                    return;
                const chain = [...ancestors.slice(1), node];
                const path = [];
                for (let i = 0; i < chain.length - 1; i++) {
                    const a = chain[i];
                    if ((0,dist/* isPair */.tO)(a))
                        path.push((0,dist/* isScalar */.jn)(a.key) ? String(a.key.value) : String(a.key));
                    else if ((0,dist/* isSeq */.oP)(a))
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
 *                                      id-token: write + attestations: write (attest)
 *   actions/promote-model              contents: write, actions: read, deployments: write (deployment)
 *   actions/drift-check                contents: read; contents: write + pull-requests: write (the
 *                                      retraining PR, unless pr-token is given or pull-request is false)
 *   actions/validate-data, train, evaluate   nothing
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
    if (isExpression(v) || (typeof v === 'string' && v.includes('${{')))
        return 'maybe';
    return String(v ?? '').trim().toLowerCase() === expected ? 'yes' : 'no';
}
/** The input is empty or not given. */
function empty(v) {
    if (isExpression(v))
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


const OWNER = '[A-Za-z0-9_.-]+';
/** Anything under our repository, whoever's fork it is. */
const OWN_USES = new RegExp(`^${OWNER}/mlops-actions/`);
const ownAction = new RegExp(`^${OWNER}/mlops-actions/actions/([^/@]+)@(.+)$`);
const ownWorkflow = new RegExp(`^${OWNER}/mlops-actions/(\\.github/workflows/[^/@]+)@(.+)$`);
const stepOutputRef = /\bsteps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;
const jobOutputRef = /\bjobs\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g;
const defaultToken = /^\s*\$\{\{\s*(?:github\.token|secrets\.GITHUB_TOKEN)\s*\}\}\s*$/;
/** The step or reusable workflow a `uses:` names, when it is ours. */
function ownTargetOf(uses) {
    if (!uses)
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
            if (!step || typeof step.uses !== 'string' || !OWN_USES.test(step.uses))
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
            if (ref !== 'v1')
                problems.push({ ...base, kind: 'pin', path: [...path, 'uses'], ref, message: `pinned to ${ref}, not the major version v1` });
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
        for (const text of strings(job)) {
            for (const [, id, name] of text.matchAll(stepOutputRef)) {
                const declared = stepOutputs.get(id);
                if (declared && !declared.has(name))
                    problems.push({ kind: 'unknown-output', where: at, job: jobId, path: ['jobs', jobId], message: `steps.${id}.outputs.${name} is not an output of that action` });
            }
        }
        if (typeof job.uses === 'string' && OWN_USES.test(job.uses)) {
            const where = `${at} (${job.uses})`;
            const base = { where, job: jobId };
            const m = ownWorkflow.exec(job.uses);
            if (!m) {
                problems.push({ ...base, kind: 'not-ours', path: ['jobs', jobId, 'uses'], message: 'not one of our reusable workflows (.github/workflows/<file>@v1)' });
                continue;
            }
            const [, path, ref] = m;
            if (ref !== 'v1')
                problems.push({ ...base, kind: 'pin', path: ['jobs', jobId, 'uses'], ref, message: `pinned to ${ref}, not the major version v1` });
            const called = own.workflow(path);
            const call = workflowCallOf(called);
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
                if ((input.type === 'boolean' || input.type === 'number') && !isExpression(value) && typeof value !== input.type) {
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
    for (const [name, output] of Object.entries(workflowCallOf(wf)?.outputs ?? {})) {
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

;// CONCATENATED MODULE: ../../../../shared/doctor/own-uses.ts


function ownUsesOf(source, own) {
    const uses = [];
    const wf = source.workflow;
    for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
        if (!job || typeof job !== 'object')
            continue;
        for (const [n, step] of (Array.isArray(job.steps) ? job.steps : []).entries()) {
            const t = ownTargetOf(step?.uses);
            if (!t?.step)
                continue;
            const meta = own.action(t.step);
            if (!meta)
                continue;
            const given = step.with && typeof step.with === 'object' ? step.with : {};
            uses.push({ source, jobId, job, step, target: t.target, steps: [t.step], given, args: callArgsOf(given, meta.inputs), path: ['jobs', jobId, 'steps', n] });
        }
        const t = ownTargetOf(job.uses);
        if (t && !t.step) {
            const called = own.workflow(t.target);
            const call = workflowCallOf(called);
            if (!called || !call)
                continue;
            const steps = new Set();
            for (const calledJob of Object.values(called.jobs ?? {}))
                for (const s of calledJob.steps ?? []) {
                    const inner = ownTargetOf(s.uses);
                    if (inner?.step)
                        steps.add(inner.step);
                }
            const given = job.with && typeof job.with === 'object' ? job.with : {};
            uses.push({ source, jobId, job, target: t.target, steps: [...steps], given, args: callArgsOf(given, call.inputs, job.secrets), path: ['jobs', jobId] });
        }
    }
    return uses;
}
/**
 * The values an input may take: a literal; a matrix axis (`${{ matrix.X }}`, with include:); a
 * workflow_dispatch input (`${{ inputs.X }}`, `${{ github.event.inputs.X }}`): a choice's options,
 * else its default. Undefined when an expression decides in any other way.
 */
function possibleValues(v, job, wf, jobId) {
    if (v === undefined || v === null)
        return undefined;
    if (!isExpression(v))
        return typeof v === 'object' ? undefined : { values: [String(v)], from: 'literal', open: false };
    const expr = /^\s*\$\{\{\s*([\w.-]+)\s*\}\}\s*$/.exec(String(v))?.[1];
    if (!expr)
        return undefined;
    const matrixKey = /^matrix\.([\w-]+)$/.exec(expr)?.[1];
    if (matrixKey) {
        const matrix = job.strategy?.matrix;
        if (!matrix || typeof matrix !== 'object')
            return undefined;
        const values = [];
        const axis = matrix[matrixKey];
        if (Array.isArray(axis))
            values.push(...axis.filter((x) => typeof x !== 'object').map(String));
        else if (axis !== undefined)
            return undefined;
        const include = matrix.include;
        if (Array.isArray(include))
            for (const entry of include)
                if (entry && typeof entry === 'object' && matrixKey in entry)
                    values.push(String(entry[matrixKey]));
        return values.length > 0 && values.every((x) => !x.includes('${{')) ? { values: [...new Set(values)], from: `matrix.${matrixKey}`, open: false, path: ['jobs', jobId, 'strategy', 'matrix', matrixKey] } : undefined;
    }
    const inputKey = /^(?:github\.event\.)?inputs\.([\w-]+)$/.exec(expr)?.[1];
    if (inputKey) {
        const on = wf.on && typeof wf.on === 'object' && !Array.isArray(wf.on) ? wf.on : undefined;
        const dispatch = on?.workflow_dispatch?.inputs?.[inputKey];
        const input = dispatch ?? workflowCallOf(wf)?.inputs?.[inputKey];
        if (!input)
            return undefined;
        const path = ['on', dispatch ? 'workflow_dispatch' : 'workflow_call', 'inputs', inputKey];
        if (input.type === 'choice' && Array.isArray(input.options))
            return { values: input.options.map(String), from: `workflow_dispatch input ${inputKey}`, open: false, path: [...path, 'options'] };
        if (input.default !== undefined && input.default !== '')
            return { values: [String(input.default)], from: `the default of input ${inputKey}`, open: true, path: [...path, 'default'] };
    }
    return undefined;
}
/** The literal text of an input (undefined when absent, empty or an expression). */
function literalOf(v) {
    if (v === undefined || v === null || isExpression(v) || typeof v === 'object')
        return undefined;
    const s = String(v).trim();
    return s === '' ? undefined : s;
}

;// CONCATENATED MODULE: ../../../../shared/doctor/config-checks.ts
/**
 * mlops.yaml: that it exists and our loader takes it (its error, at file:line:column), and that
 * every model a workflow runs a step for has what that step reads from it: compare's gate rules,
 * publish-model's model card text, drift-check's sources.
 */






const toRepo = (dir, file) => ((0,external_node_path_.isAbsolute)(file) ? (0,external_node_path_.relative)(dir, file) : file).split(external_node_path_.sep).join('/');
/** The config file a use reads: its config input when that is a literal, else mlops.yaml. */
function configFileOf(use) {
    return literalOf(use.given.config) ?? mlops_config/* CONFIG_FILE */.g2;
}
/** Loads one config file of the repository into a check; `usedBy` names who reads it (for a missing file). */
async function loadRepoConfig(dir, file, usedBy) {
    const abs = (0,external_node_path_.join)(dir, file);
    if (!(0,external_node_fs_.existsSync)(abs)) {
        return {
            file,
            check: check('config', 'error', usedBy ? `${file} does not exist (${usedBy.where} reads it)` : `${file} does not exist`, {
                location: usedBy?.location ?? { file },
                fix: file === mlops_config/* CONFIG_FILE */.g2 ? 'create it with "version: 1" and your models (see docs/compare.md and docs/drift.md); mlops init writes a starter one' : 'fix the config input, or create the file',
            }),
        };
    }
    try {
        const config = await (0,mlops_config/* loadConfig */.Z9)(abs);
        const sections = [
            ['models', config.models],
            ['release', config.release?.models],
            ['drift', config.drift?.models],
        ];
        const described = sections.filter(([, m]) => m && Object.keys(m).length > 0).map(([s, m]) => `${s}: ${Object.keys(m).join(', ')}`);
        return { file, config, check: check('config', 'ok', `valid${described.length ? `: ${described.join('; ')}` : ''}`, { location: { file } }) };
    }
    catch (e) {
        if (!(0,errors/* isMlopsError */.s8)(e))
            throw e;
        const location = e.location ? { ...e.location, file: toRepo(dir, e.location.file) } : { file };
        // The loader's message carries its place and hint; the check keeps them in their own fields.
        let what = e.message;
        if (e.location)
            what = what.slice((0,errors/* formatLocation */.j$)(e.location).length + 2);
        if (e.hint && what.endsWith(` (${e.hint})`))
            what = what.slice(0, -(e.hint.length + 3));
        return { file, check: check('config', 'error', what, { location, fix: e.hint ?? 'see docs/compare.md and docs/drift.md for the keys' }) };
    }
}
/** What each model's steps need from the config file they read. */
function modelChecks(uses, configs) {
    const out = [];
    const seen = new Set();
    const once = (key, c) => {
        if (seen.has(key))
            return;
        seen.add(key);
        out.push(c);
    };
    for (const use of uses) {
        const file = configFileOf(use);
        const config = configs.get(file)?.config;
        if (!config)
            continue;
        const location = use.source.locate(use.path);
        const subject = `jobs.${use.jobId}`;
        const modelValues = possibleValues(use.given.model, use.job, use.source.workflow, use.jobId);
        const models = modelValues?.values ?? [];
        if (use.steps.includes('compare') && use.given.rules === undefined) {
            const gated = Object.keys(config.models ?? {});
            if (models.length === 0 && use.given.model === undefined && gated.length > 1) {
                out.push(check('models', 'error', `${subject}: compare does not say which model, and ${file} configures ${gated.length} (${gated.join(', ')})`, { location, fix: 'give compare its model input' }));
            }
            for (const model of models) {
                if (gated.length === 0) {
                    once(`compare-none:${file}:${model}`, check('models', 'warn', `${model}: ${file} has no models: section, so compare only reports and never fails a PR`, { location: { file }, fix: `add gate rules: models: { ${model}: { metrics: { <metric>: { threshold: ..., max_regression: ... } } } } (docs/compare.md)` }));
                }
                else if (!Object.hasOwn(config.models, model)) {
                    out.push(check('models', 'error', `${subject}: compare gates model "${model}", which ${file} does not configure under models (it has ${gated.join(', ')})`, { location, fix: `add models.${model} to ${file}, or fix the model name` }));
                }
                else {
                    const rules = Object.keys(config.models[model].metrics ?? {}).length;
                    once(`compare:${file}:${model}`, check('models', rules > 0 ? 'ok' : 'warn', `${model}: ${rules > 0 ? `compare gates ${rules} metric${rules === 1 ? '' : 's'}` : 'models entry has no metrics, so compare only reports'}`, { location: { file }, ...(rules > 0 ? {} : { fix: `add models.${model}.metrics (docs/compare.md)` }) }));
                }
            }
        }
        if (use.steps.includes('publish-model')) {
            for (const model of models) {
                const card = config.release?.models?.[model];
                const missing = ['intended_use', 'limitations', 'owners'].filter((k) => card?.[k] === undefined || (Array.isArray(card[k]) && card[k].length === 0));
                if (missing.length === 0)
                    once(`release:${file}:${model}`, check('models', 'ok', `${model}: the model card has its intended use, limitations and owners`, { location: { file } }));
                else {
                    once(`release:${file}:${model}`, check('models', 'warn', `${model}: ${file} has no release.models.${model}.${missing.join(', .')}, so the model card says "not set"`, {
                        location: { file },
                        fix: `add release: { models: { ${model}: { intended_use: ..., limitations: ..., owners: [...] } } } to ${file}`,
                    }));
                }
            }
        }
        if (use.steps.includes('drift-check')) {
            const current = use.given.current;
            const hasCurrent = current !== undefined && current !== null && String(current).trim() !== '';
            for (const model of models) {
                const settings = config.drift?.models?.[model];
                if (hasCurrent)
                    continue;
                if (!settings?.sources?.length) {
                    out.push(check('models', 'error', `${subject}: drift-check for ${model} has no current data: ${settings ? `drift.models.${model} has no sources` : `${file} has no drift.models.${model}`} and the job gives no current input`, {
                        location,
                        fix: `add drift: { models: { ${model}: { sources: [{ files: ["prod/*.csv"] }] } } } to ${file} (docs/drift.md), or pass current:`,
                    }));
                }
                else {
                    once(`drift:${file}:${model}`, check('models', 'ok', `${model}: drift-check reads ${settings.sources.length} source${settings.sources.length === 1 ? '' : 's'}`, { location: { file } }));
                }
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ../../../../shared/doctor/own-files.ts
/**
 * Our own actions' metadata and reusable workflows, read from the mlops-actions package (or this
 * repository in tests), to check a workflow's calls of them: the inputs they declare, their
 * defaults, and the permissions their jobs ask for.
 */



/** Readers over the package (or repository) at `root`; each file is read once. */
function ownFilesAt(root) {
    const cache = new Map();
    const read = (rel) => {
        if (!cache.has(rel)) {
            const file = (0,external_node_path_.join)(root, rel);
            cache.set(rel, (0,external_node_fs_.existsSync)(file) ? (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(file, 'utf8')) : undefined);
        }
        return cache.get(rel);
    };
    return {
        // A step name is one path segment: `../x` is never ours.
        action: (step) => (/^[a-z][a-z0-9-]*$/.test(step) ? read(`actions/${step}/action.yml`) : undefined),
        workflow: (path) => (/^\.github\/workflows\/[A-Za-z0-9_.-]+\.ya?ml$/.test(path) ? read(path) : undefined),
    };
}

;// CONCATENATED MODULE: ../../../../shared/doctor/secrets-check.ts



const EXPRESSION = /\$\{\{([\s\S]*?)\}\}/g;
const REFERENCE = /\b(secrets|vars)\s*(?:\.\s*([A-Za-z_][A-Za-z0-9_-]*)|\[\s*'([^']+)'\s*\])/g;
/** Every `secrets.X` and `vars.X` read in expressions, except GITHUB_TOKEN and a reusable workflow's own declared secrets. */
function referencedSecrets(sources) {
    const found = new Map();
    for (const source of sources) {
        const declared = new Set(Object.keys(workflowCallOf(source.workflow)?.secrets ?? {}));
        for (const scalar of source.scalars()) {
            for (const expr of scalar.value.matchAll(EXPRESSION)) {
                for (const ref of expr[1].matchAll(REFERENCE)) {
                    const kind = ref[1];
                    const name = ref[2] ?? ref[3];
                    if (kind === 'secrets' && (name === 'GITHUB_TOKEN' || declared.has(name)))
                        continue;
                    const key = `${kind}.${name}`;
                    const entry = found.get(key) ?? { kind, name, places: [] };
                    const index = expr.index + ref.index;
                    entry.places.push({ file: source.file, line: scalar.lineOf(index), column: scalar.location.line === scalar.lineOf(index) ? scalar.location.column : undefined });
                    found.set(key, entry);
                }
            }
        }
    }
    return [...found.values()].sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}
function secretListChecks(sources) {
    return referencedSecrets(sources).map((r) => {
        const where = r.places.map((p) => `${p.file}:${p.line}`);
        const what = r.kind === 'secrets' ? 'secret' : 'variable';
        const also = where.slice(1);
        return check('secrets', 'ok', `${what} ${r.name} is used${also.length ? ` (also at ${also.slice(0, 3).join(', ')}${also.length > 3 ? ` and ${also.length - 3} more` : ''})` : ''}`, {
            location: r.places[0],
            note: `make sure it exists: Settings > Secrets and variables > Actions > ${r.kind === 'secrets' ? 'Secrets' : 'Variables'} (doctor cannot read a repository's ${r.kind === 'secrets' ? 'secrets' : 'variables'} offline); an unset one reads as empty`,
        });
    });
}
/** The secret_env names of a model's drift sources. */
function secretEnvNames(config, model) {
    const sources = config.drift?.models?.[model]?.sources ?? [];
    return [...new Set(sources.flatMap((s) => [s.http?.secret_env, s.prometheus?.secret_env]).filter((n) => typeof n === 'string'))];
}
/**
 * Each drift job must hand the drift-check step the variables its sources name: through the
 * reusable workflow's source-secrets secret (one NAME=value line each), or in env: of the step,
 * its job or the workflow when the action is used directly.
 */
function sourceSecretChecks(uses, configOf) {
    const out = [];
    for (const use of uses.filter((u) => u.steps.includes('drift-check'))) {
        const loaded = configOf(use);
        if (!loaded)
            continue;
        // Files given as `current` replace the configured sources.
        if (literalOf(use.given.current) !== undefined || (typeof use.given.current === 'string' && use.given.current.includes('${{')))
            continue;
        const models = possibleValues(use.given.model, use.job, use.source.workflow, use.jobId)?.values ?? [];
        for (const model of models) {
            for (const name of secretEnvNames(loaded.config, model)) {
                const subject = `jobs.${use.jobId}${use.step ? `.steps[${use.path[3]}]` : ''}`;
                if (use.step) {
                    const env = { ...(use.source.workflow.env ?? {}), ...(use.job.env ?? {}), ...(use.step.env ?? {}) };
                    if (Object.hasOwn(env, name))
                        out.push(check('secrets', 'ok', `${subject}: drift source secret ${name} (${loaded.file}, drift.models.${model}) is in the step's environment`, { location: use.source.locate(use.path) }));
                    else {
                        out.push(check('secrets', 'error', `${subject}: ${loaded.file} drift.models.${model} reads ${name} (secret_env), but drift-check's environment does not have it`, {
                            location: use.source.locate(use.path),
                            fix: `add to the step: env: { ${name}: \${{ secrets.${name} }} }`,
                        }));
                    }
                    continue;
                }
                const secrets = use.job.secrets;
                const text = secrets && typeof secrets === 'object' ? secrets['source-secrets'] : undefined;
                const passed = typeof text === 'string' && new RegExp(`^\\s*${name}\\s*=`, 'm').test(text);
                if (passed) {
                    out.push(check('secrets', 'ok', `${subject}: drift source secret ${name} (${loaded.file}, drift.models.${model}) is passed in source-secrets`, { location: use.source.locate([...use.path, 'secrets', 'source-secrets']) }));
                }
                else {
                    out.push(check('secrets', 'error', `${subject}: ${loaded.file} drift.models.${model} reads ${name} (secret_env), but the job does not pass it in source-secrets${secrets === 'inherit' ? ' (secrets: inherit does not fill source-secrets)' : ''}`, {
                        location: use.source.locate(secrets && typeof secrets === 'object' ? [...use.path, 'secrets'] : use.path),
                        fix: `pass it: secrets: { source-secrets: "${name}=\${{ secrets.${name} }}" } (one NAME=value line per secret)`,
                    }));
                }
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ../../../../shared/doctor/workflow-checks.ts
/**
 * Doctor's checks of one workflow file: its calls of our actions and reusable workflows (inputs,
 * outputs, pins, permissions: own-calls.ts and the table in permissions.ts) and the environments
 * its promotions run in.
 */







/** GitHub: "An environment name may not exceed 255 characters"; names are not case sensitive. */
const MAX_ENVIRONMENT_NAME_LENGTH = 255;
/** promote-model's alias rule (shared/registry/tag.ts). */
const ALIAS_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const SHA_RE = /^[0-9a-f]{40}$/;
const V1_TAG_RE = /^v1(?:\.\d+){0,2}$/;
function grantFix(p) {
    const where = p.path[0] === 'permissions' ? 'the workflow\'s permissions' : `jobs.${p.job}.permissions`;
    return `grant ${p.grant.join(', ')} in ${where} (a job's permissions replace the workflow's, so list every scope the job needs)`;
}
/** Our repository's call problems as doctor findings, each with its severity and a fix. */
function callCheck(p, source, onlyCalled) {
    const location = source.locate(p.path);
    // `jobs.x.steps[0] (compare)`: the file is in the location, the ref (when it matters) in the message.
    const subject = p.where.slice(source.file.length + 1).replace(/\((?:[^()]*\/)?([^/()@]+)@[^()]*\)/, '($1)');
    const message = `${subject}: ${p.message}`;
    const inStep = p.path.includes('steps');
    switch (p.kind) {
        case 'pin':
            // A commit SHA or a v1 release tag is a deliberate pin; a branch moves under you.
            if (SHA_RE.test(p.ref) || V1_TAG_RE.test(p.ref))
                return undefined;
            return check('workflows', 'warn', message, { location, fix: 'pin to v1 (or a v1 release tag or commit SHA): a branch changes under you, and doctor checks the calls against v1' });
        case 'unknown-input':
            // The runner only warns about an action's unexpected input (and drops it); GitHub refuses to start a run that passes a reusable workflow one.
            return check('workflows', inStep ? 'warn' : 'error', message, { location, fix: inStep ? 'remove it or fix its name: the runner ignores it' : 'remove it or fix its name: GitHub refuses to start the run' });
        case 'missing-input':
            return check('workflows', 'error', message, { location, fix: 'add it under with:' });
        case 'input-type':
            return check('workflows', 'error', message, { location, fix: 'write the value without quotes (GitHub refuses to start the run)' });
        case 'not-ours':
        case 'unknown-action':
        case 'unknown-workflow':
            return check('workflows', 'error', message, { location, fix: 'use one of mlops-actions\' steps (actions/<step>@v1) or reusable workflows (.github/workflows/mlops-*.yml@v1)' });
        case 'unknown-output':
        case 'undeclared-job-output':
            return check('workflows', 'error', message, { location, fix: 'fix the name: an undeclared output reads as empty' });
        case 'permission-overreach':
            return check('permissions', 'error', `${message} (GitHub refuses to start the run)`, { location, fix: grantFix(p) });
        case 'permission':
            return check('permissions', 'error', `${message}: the step fails when it gets there`, { location, fix: grantFix(p) });
        case 'permission-maybe':
            return check('permissions', 'warn', message, { location, fix: grantFix(p) });
        case 'permission-default':
            // In a workflow that is only ever called, the job gets its caller's grant: checked where it is called.
            if (onlyCalled)
                return undefined;
            return check('permissions', 'warn', `${message}, so it gets the repository's default token permissions (read-only for repositories and organizations created since February 2023)`, {
                location,
                fix: `grant them explicitly: permissions: { ${p.grant.join(', ')} } on jobs.${p.job}`,
            });
    }
}
function workflowCallChecks(source, own) {
    const events = eventsOf(source.workflow);
    const onlyCalled = workflowCallOf(source.workflow) !== undefined && events.every((e) => e === 'workflow_call');
    return findOwnCallProblems(source.file, source.workflow, own)
        .map((p) => callCheck(p, source, onlyCalled))
        .filter((c) => c !== undefined);
}
/** Why an environment name is not one GitHub takes (undefined: it is fine). */
function environmentNameProblem(name) {
    if (name.trim() === '')
        return 'is empty';
    if (name !== name.trim())
        return 'starts or ends with a space';
    if (name.length > MAX_ENVIRONMENT_NAME_LENGTH)
        return `is ${name.length} characters long (GitHub allows ${MAX_ENVIRONMENT_NAME_LENGTH})`;
    if (/[\u0000-\u001f\u007f]/.test(name))
        return 'contains a control character';
    return undefined;
}
/** Why an alias is not one promote-model takes (undefined: it is fine). */
function aliasProblem(alias) {
    if (alias === 'latest')
        return 'is reserved (it means the highest published version)';
    if (alias.length > 64)
        return `is ${alias.length} characters long (at most 64)`;
    if (!ALIAS_RE.test(alias))
        return 'is not lowercase letters, digits and single hyphens starting with a letter';
    return undefined;
}
/**
 * The environments promotions run in: names GitHub and promote-model accept, the job gated by the
 * environment the step records, and production only behind require-approval.
 */
function environmentChecks(uses) {
    const out = [];
    for (const use of uses.filter((u) => u.steps.includes('promote-model'))) {
        const { source, job, jobId } = use;
        const wf = source.workflow;
        const at = (key) => [...use.path, 'with', key];
        const subject = use.step ? `jobs.${jobId}.steps[${use.path[3]}] (promote-model)` : `jobs.${jobId} (${use.target.split('/').pop()})`;
        const aliasValues = possibleValues(use.given.alias, job, wf, jobId);
        for (const alias of aliasValues?.values ?? []) {
            const problem = aliasProblem(alias);
            if (problem)
                out.push(check('environments', 'error', `${subject}: alias "${alias}" (${aliasValues.from}) ${problem}`, { location: source.locate(aliasValues.path ?? at('alias')), fix: 'use staging, production, or another lowercase name like canary' }));
        }
        const envGiven = use.given.environment !== undefined && use.given.environment !== '';
        const envValues = envGiven ? possibleValues(use.given.environment, job, wf, jobId) : aliasValues;
        for (const env of envGiven ? envValues?.values ?? [] : []) {
            const problem = environmentNameProblem(env);
            if (problem)
                out.push(check('environments', 'error', `${subject}: environment "${env}" (${envValues.from}) ${problem}`, { location: source.locate(envValues.path ?? at('environment')), fix: 'use the name of an environment in Settings > Environments' }));
        }
        // The action in a job of the team's own: the job's environment: is what holds it for approval.
        if (use.step) {
            const jobEnv = typeof job.environment === 'string' ? job.environment : job.environment?.name;
            const stepEnv = literalOf(use.given.environment) ?? literalOf(use.given.alias);
            if (!jobEnv) {
                out.push(check('environments', 'warn', `${subject}: jobs.${jobId} has no environment:, so nothing holds the promotion for approval`, { location: source.locate(['jobs', jobId]), fix: `add environment: ${stepEnv ?? '<the alias>'} to jobs.${jobId}, with required reviewers in Settings > Environments` }));
            }
            else if (stepEnv && literalOf(jobEnv) && jobEnv.toLowerCase() !== stepEnv.toLowerCase()) {
                out.push(check('environments', 'error', `${subject}: the job runs in environment "${jobEnv}" but promote-model records "${stepEnv}"`, { location: source.locate(['jobs', jobId, 'environment']), fix: 'give promote-model the job\'s environment (input environment), or run the job in the alias\'s environment' }));
            }
        }
        const names = envValues?.values ?? [];
        const production = names.some((n) => n.toLowerCase() === 'production') || envValues?.open === true || envValues === undefined;
        const approval = use.args.value('require-approval');
        const approvalText = String(approval ?? '').trim().toLowerCase();
        const onForProduction = approvalText === 'true' || (typeof approval === 'string' && approval.includes('${{') && /'production'/i.test(approval));
        // In a reusable workflow that passes its caller's input through, the caller decides: checked there.
        const passedThrough = workflowCallOf(wf) !== undefined && typeof approval === 'string' && /^\s*\$\{\{\s*inputs\.[\w-]+\s*\}\}\s*$/.test(approval);
        if (production && !onForProduction && !passedThrough) {
            const certain = names.some((n) => n.toLowerCase() === 'production');
            out.push(check('environments', 'warn', `${subject}: ${certain ? 'promotes to production' : 'may promote to production'} without require-approval${approval === undefined ? '' : ` (${JSON.stringify(approval)})`}, so it moves the alias even when the environment has no required reviewers`, {
                location: source.locate(approval === undefined ? use.path : at('require-approval')),
                fix: `set require-approval: true (or \${{ ${aliasExpression(use.given.alias)} == 'production' }}), and add required reviewers to the production environment`,
            }));
        }
        if (names.length > 0) {
            out.push(check('environments', 'ok', `${subject}: promotes to ${names.map((n) => `"${n}"`).join(', ')}${envValues.from === 'literal' ? '' : ` (${envValues.from})`}`, {
                location: source.locate(use.path),
                note: 'make sure each environment exists in Settings > Environments, production with required reviewers: GitHub creates a missing one without any protection rules, and doctor cannot see the settings offline',
            }));
        }
    }
    return out;
}
function aliasExpression(alias) {
    const m = typeof alias === 'string' ? /^\s*\$\{\{\s*([\w.-]+)\s*\}\}\s*$/.exec(alias) : null;
    return m ? m[1] : 'inputs.alias';
}
/** One line per file whose calls of our steps raised nothing. */
function workflowOk(source, uses, found) {
    if (uses.length === 0)
        return undefined;
    if (found.some((c) => c.location?.file === source.file && c.status !== 'ok'))
        return undefined;
    const targets = [...new Set(uses.map((u) => u.target.replace(/^actions\//, '').replace(/^\.github\/workflows\//, '')))];
    return check('workflows', 'ok', `calls ${targets.join(', ')} with inputs they declare and the permissions they need`, { location: { file: source.file } });
}
/**
 * The repository's own steps (`uses: ./actions/NAME`, as `mlops new-action` scaffolds them): the
 * runner runs the committed bundle, so a JavaScript action whose main file is not there fails.
 */
function localActionChecks(source, dir) {
    const out = [];
    for (const [jobId, job] of Object.entries(source.workflow.jobs ?? {})) {
        for (const [n, step] of (Array.isArray(job?.steps) ? job.steps : []).entries()) {
            const uses = step?.uses;
            if (typeof uses !== 'string' || !uses.startsWith('./'))
                continue;
            const rel = (0,external_node_path_.normalize)(uses).replace(/\\/g, '/').replace(/\/$/, '');
            if (rel.startsWith('..'))
                continue;
            const location = source.locate(['jobs', jobId, 'steps', n, 'uses']);
            const metaFile = ['action.yml', 'action.yaml'].map((f) => (0,external_node_path_.join)(dir, rel, f)).find((f) => (0,external_node_fs_.existsSync)(f));
            if (!metaFile) {
                out.push(check('workflows', 'error', `jobs.${jobId}.steps[${n}]: ${uses} has no action.yml`, { location, fix: 'fix the path, or scaffold the step with mlops new-action NAME' }));
                continue;
            }
            let runs;
            try {
                runs = (0,dist/* parse */.qg)((0,external_node_fs_.readFileSync)(metaFile, 'utf8'))?.runs;
            }
            catch {
                out.push(check('workflows', 'error', `jobs.${jobId}.steps[${n}]: ${rel}/${metaFile.endsWith('yaml') ? 'action.yaml' : 'action.yml'} is not valid YAML`, { location, fix: 'fix the file: the runner cannot load the step' }));
                continue;
            }
            if (typeof runs?.using !== 'string' || !/^node\d+$/.test(runs.using) || typeof runs.main !== 'string')
                continue;
            if (!(0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, rel, runs.main))) {
                out.push(check('workflows', 'error', `jobs.${jobId}.steps[${n}]: ${uses} runs ${runs.main}, which is not in the repository`, { location, fix: `build it (cd ${rel} && npm run build) and commit ${runs.main}: the runner runs the committed bundle and installs nothing` }));
            }
        }
    }
    return out;
}

;// CONCATENATED MODULE: ../../../../shared/doctor/doctor.ts
/**
 * `mlops doctor`: checks a repository's mlops-actions setup offline and says what to fix.
 *
 *   config        mlops.yaml (and any other config a workflow names) exists and loads
 *   workflows     .github/workflows/*.yml parse; calls of our actions and reusable workflows pass
 *                 inputs they declare, read outputs they declare, and are pinned to v1; the
 *                 repository's own steps (./actions/NAME) have their committed bundle
 *   permissions   each calling job grants what the call needs (the table in permissions.ts)
 *   environments  promotions run in valid environments, production behind require-approval
 *   secrets       the secrets and variables workflows read (to check by hand), and drift sources'
 *                 secret_env names reach the drift job
 *   models        each model a workflow runs a step for has what that step reads from mlops.yaml
 *
 * It reads files only: what lives in GitHub's settings (secrets, environments and their reviewers,
 * the default token permissions) is listed for a person to check, never guessed. The JSON form is
 * `mlops-actions/doctor@1` (docs/doctor.md).
 */













const DOCTOR_SCHEMA = 'mlops-actions/doctor@1';
const WORKFLOWS_DIR = '.github/workflows';
const AREAS = ['config', 'workflows', 'permissions', 'environments', 'secrets', 'models'];
async function readWorkflows(dir) {
    const folder = (0,external_node_path_.join)(dir, WORKFLOWS_DIR);
    const files = (0,external_node_fs_.existsSync)(folder) ? (0,external_node_fs_.readdirSync)(folder).filter((f) => /\.ya?ml$/.test(f) && (0,external_node_fs_.statSync)((0,external_node_path_.join)(folder, f)).isFile()).sort() : [];
    if (files.length === 0) {
        return {
            sources: [],
            checks: [check('workflows', 'warn', `no workflows in ${WORKFLOWS_DIR}/`, { location: { file: WORKFLOWS_DIR }, fix: "copy the starter workflows from mlops-actions' workflows/ folder (mlops init writes them)" })],
        };
    }
    const sources = [];
    const checks = [];
    for (const f of files) {
        const rel = `${WORKFLOWS_DIR}/${f}`;
        const parsed = WorkflowSource.parse(await (0,promises_.readFile)((0,external_node_path_.join)(folder, f), 'utf8'), rel);
        if ('error' in parsed)
            checks.push(check('workflows', 'error', parsed.error.what, { location: parsed.error.location, fix: 'GitHub does not run a workflow it cannot parse: fix the YAML (indentation, quoting) at this place' }));
        else
            sources.push(parsed);
    }
    return { sources, checks };
}
async function runDoctor(options) {
    const dir = (0,external_node_path_.resolve)(options.dir);
    if (!(0,external_node_fs_.existsSync)(dir) || !(0,external_node_fs_.statSync)(dir).isDirectory())
        throw new errors/* UsageError */.eb(`${options.dir} is not a folder`, { hint: 'pass --dir with the root of your repository (default: the current folder)' });
    const own = options.own ?? ownFilesAt((0,package_root/* packageRoot */.Zl)());
    const checks = [];
    const { sources, checks: yamlChecks } = await readWorkflows(dir);
    checks.push(...yamlChecks);
    const uses = sources.flatMap((s) => ownUsesOf(s, own));
    for (const source of sources)
        checks.push(...workflowCallChecks(source, own), ...localActionChecks(source, dir));
    // mlops.yaml, and any other config file a workflow names.
    const configs = new Map();
    configs.set(mlops_config/* CONFIG_FILE */.g2, await loadRepoConfig(dir, mlops_config/* CONFIG_FILE */.g2));
    for (const use of uses) {
        const file = configFileOf(use);
        if (!configs.has(file))
            configs.set(file, await loadRepoConfig(dir, file, { where: `${use.source.file} jobs.${use.jobId}`, location: use.source.locate([...use.path, 'with', 'config']) }));
    }
    checks.push(...[...configs.values()].map((c) => c.check));
    checks.push(...environmentChecks(uses));
    checks.push(...secretListChecks(sources));
    checks.push(...sourceSecretChecks(uses, (use) => {
        const loaded = configs.get(configFileOf(use));
        return loaded?.config ? { file: loaded.file, config: loaded.config } : undefined;
    }));
    checks.push(...modelChecks(uses, configs));
    for (const source of sources) {
        const ok = workflowOk(source, uses.filter((u) => u.source === source), checks);
        if (ok)
            checks.push(ok);
    }
    const ordered = AREAS.flatMap((area) => checks.filter((c) => c.area === area));
    const counts = { ok: 0, warn: 0, error: 0 };
    for (const c of ordered)
        counts[c.status]++;
    return { schema: DOCTOR_SCHEMA, root: dir, counts, checks: ordered };
}
/** 1 when any check is an error (warnings alone pass), else 0. */
const doctorExitCode = (report) => (report.counts.error > 0 ? 1 : 0);
const LABEL = { error: 'error', warn: 'warn ', ok: 'ok   ' };
/** For people: errors, then warnings, then what checked out; each with its place and fix. */
function renderDoctorText(report) {
    const lines = [`mlops doctor: ${report.root}`, ''];
    for (const status of ['error', 'warn', 'ok']) {
        for (const c of report.checks.filter((x) => x.status === status)) {
            const where = c.location ? `${(0,errors/* formatLocation */.j$)(c.location)}: ` : '';
            lines.push(`${LABEL[status]}  ${where}${c.message}`);
            if (c.fix)
                lines.push(`       fix: ${c.fix}`);
            if (c.note)
                lines.push(`       note: ${c.note}`);
        }
    }
    const { ok, warn, error } = report.counts;
    lines.push('', `${error} error${error === 1 ? '' : 's'}, ${warn} warning${warn === 1 ? '' : 's'}, ${ok} ok`, '');
    return lines.join('\n');
}


/***/ })

};
