export const id = 6064;
export const ids = [6064];
export const modules = {

/***/ 6064:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  playWorkflows: () => (/* binding */ playWorkflows),
  renderPlayText: () => (/* binding */ renderPlayText)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/config/mlops-config.ts + 2 modules
var mlops_config = __webpack_require__(7855);
// EXTERNAL MODULE: ../../../../shared/local/local-forge.ts
var local_forge = __webpack_require__(1118);
// EXTERNAL MODULE: ../../../../shared/local/local-registry.ts + 2 modules
var local_registry = __webpack_require__(9224);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var runtime_errors = __webpack_require__(9980);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ../../../../shared/doctor/action-process.ts
/**
 * Runs one of our actions' bundles the way the GitHub runner does (`node actions/<step>/dist/index.js`
 * in the workspace, inputs as `INPUT_<NAME>`, outputs and the job summary through the files named by
 * `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`), so `mlops doctor --run` plays exactly the code a
 * workflow runs: no second implementation of any step.
 *
 * The child gets the person's environment (the training command needs their PATH, virtualenv,
 * PYTHONPATH) less everything that would make it talk to GitHub or a runner's services: tokens,
 * `GITHUB_*`, `ACTIONS_*`, `RUNNER_*` and stray `INPUT_*` variables. Nothing is posted.
 */




const DROPPED = /^(?:GITHUB_|ACTIONS_|RUNNER_|INPUT_)|^(?:GH_TOKEN|GITHUB_TOKEN|GH_ENTERPRISE_TOKEN)$/;
/** `@actions/core` escaping of workflow-command data and properties, undone. */
function unescapeCommand(s) {
    return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%');
}
const NUMERIC_PROPERTIES = new Set(['line', 'endLine', 'col', 'endColumn']);
/**
 * The annotations in a step's stdout, one workflow command a line as the runner reads them. The
 * message is the rest of the line (`s`: a raw U+2028 in a column name is data, not a line end; only
 * %, CR and LF are escaped). This is also the parser of the tests (test/support/run-action.ts), so
 * what doctor reads and what the action tests check cannot drift apart.
 */
function annotationsOf(stdout) {
    const out = [];
    for (const line of stdout.split('\n')) {
        const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/s.exec(line.endsWith('\r') ? line.slice(0, -1) : line);
        if (!m)
            continue;
        const a = { level: m[1], message: unescapeCommand(m[3]) };
        for (const prop of (m[2] ?? '').split(',')) {
            const eq = prop.indexOf('=');
            if (eq < 0)
                continue;
            const key = prop.slice(0, eq).trim();
            const value = unescapeCommand(prop.slice(eq + 1));
            if (key === 'file' || key === 'title')
                a[key] = value;
            else if (NUMERIC_PROPERTIES.has(key))
                a[key] = Number(value);
        }
        out.push(a);
    }
    return out;
}
/**
 * GITHUB_OUTPUT as the runner reads it: `name=value` lines and `name<<DELIMITER` ... `DELIMITER`
 * blocks (what @actions/core writes), empty lines skipped. doctor keeps what it could read; the
 * action tests (test/support/run-action.ts) fail on any problem.
 */
function outputFileOf(text) {
    const outputs = new Map();
    const problems = [];
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i];
        if (line === '')
            continue;
        const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
        if (heredoc) {
            const [, name, delimiter] = heredoc;
            const value = [];
            for (i++; i < lines.length && lines[i] !== delimiter; i++)
                value.push(lines[i]);
            if (i >= lines.length)
                problems.push(`unterminated value for "${name}" (delimiter ${delimiter})`);
            outputs.set(name, value.join('\n'));
            continue;
        }
        const eq = line.indexOf('=');
        if (eq <= 0)
            problems.push(`malformed line ${JSON.stringify(line)}`);
        if (eq >= 0)
            outputs.set(line.slice(0, eq), line.slice(eq + 1));
    }
    return { outputs, problems };
}
async function runActionProcess(o) {
    await (0,promises_.mkdir)(o.scratch, { recursive: true });
    const outputFile = (0,external_node_path_.join)(o.scratch, 'output');
    const summaryFile = (0,external_node_path_.join)(o.scratch, 'summary.md');
    const logFile = (0,external_node_path_.join)(o.scratch, 'log.txt');
    await Promise.all([(0,promises_.writeFile)(outputFile, ''), (0,promises_.writeFile)(summaryFile, '')]);
    const env = {};
    for (const [k, v] of Object.entries(process.env))
        if (v !== undefined && !DROPPED.test(k))
            env[k] = v;
    // The runner's names: `INPUT_` + the name upper-cased with spaces as `_` (hyphens kept).
    for (const [name, value] of o.inputs)
        env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
    Object.assign(env, {
        CI: 'true',
        GITHUB_ACTIONS: 'true',
        GITHUB_WORKSPACE: o.workspace,
        GITHUB_OUTPUT: outputFile,
        GITHUB_STEP_SUMMARY: summaryFile,
        RUNNER_TEMP: o.runnerTemp,
    });
    const log = (0,external_node_fs_.createWriteStream)(logFile);
    let stdout = '';
    const tail = [];
    const keep = (chunk) => {
        const text = chunk.toString('utf8');
        for (const line of text.split('\n'))
            if (line.trim() !== '')
                tail.push(line);
        if (tail.length > 40)
            tail.splice(0, tail.length - 40);
    };
    const exitCode = await new Promise((resolvePromise, reject) => {
        const child = (0,external_node_child_process_.spawn)(process.execPath, [o.bundle], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
        child.stdout.on('data', (c) => {
            stdout += c.toString('utf8');
            log.write(c);
            keep(c);
        });
        child.stderr.on('data', (c) => {
            log.write(c);
            keep(c);
        });
        child.on('error', reject);
        child.on('close', (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
    });
    await new Promise((r) => log.end(r));
    return {
        exitCode,
        outputs: outputFileOf(await (0,promises_.readFile)(outputFile, 'utf8')).outputs,
        summary: await (0,promises_.readFile)(summaryFile, 'utf8'),
        annotations: annotationsOf(stdout),
        logFile,
        tail: tail.slice(-20),
    };
}

;// CONCATENATED MODULE: ../../../../shared/doctor/play-expression.ts
/**
 * The part of GitHub's expression language that `mlops doctor --run` needs to play a workflow's
 * `with:` values locally: context paths (`inputs.data`, `steps.train.outputs.run-path`,
 * `github.workspace`, `runner.temp`, `matrix.model`), string literals, and `a || b` (the first
 * operand that is not empty), which covers what our reusable workflows and init's starter workflows
 * pass. Anything else (functions, comparisons, `secrets.*` other than the token) is reported as
 * unresolved rather than guessed: doctor then says it cannot play that step, and why.
 *
 * Semantics from GitHub's "Evaluate expressions in workflows and actions": a missing property is
 * null, `||` returns the first truthy operand (an empty string is falsy), and the result is
 * interpolated as a string.
 */
const PATH = /^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*$/;
const LITERAL = /^'((?:[^']|'')*)'$/;
function operand(text, ctx) {
    const t = text.trim();
    const lit = LITERAL.exec(t);
    if (lit)
        return lit[1].replace(/''/g, "'");
    if (!PATH.test(t))
        return undefined;
    const [head, ...rest] = t.split('.');
    switch (head) {
        case 'inputs':
            return rest.length === 1 ? (ctx.inputs.get(rest[0]) ?? null) : undefined;
        case 'matrix':
            return rest.length === 1 ? (ctx.matrix.get(rest[0]) ?? null) : undefined;
        case 'github':
            if (rest.length === 3 && rest[0] === 'event' && rest[1] === 'inputs')
                return ctx.inputs.get(rest[2]) ?? null;
            return rest.length === 1 ? (ctx.github.get(rest[0]) ?? null) : undefined;
        case 'runner':
            return rest.length === 1 ? (ctx.runner.get(rest[0]) ?? null) : undefined;
        case 'steps':
            if (rest.length === 3 && rest[1] === 'outputs')
                return ctx.steps.get(rest[0])?.get(rest[2]) ?? null;
            return undefined;
        case 'secrets':
            // The job token is what the runner hands every step; a local play has none, so nothing is posted.
            return rest.length === 1 && rest[0] === 'GITHUB_TOKEN' ? '' : undefined;
        default:
            return undefined;
    }
}
/** One `${{ ... }}` body: `a || b || 'c'`. Splitting on `||` is safe: operands are paths or quoted literals without `|`. */
function evaluate(body, ctx) {
    const parts = body.includes("'") && /'[^']*\|\|[^']*'/.test(body) ? undefined : body.split('||');
    if (!parts)
        return undefined;
    let last = null;
    for (const part of parts) {
        const v = operand(part, ctx);
        if (v === undefined)
            return undefined;
        if (v !== null && v !== '')
            return v;
        last = v;
    }
    return last ?? '';
}
/** `text` with every `${{ ... }}` replaced by its value, or the first expression it cannot resolve. */
function resolveExpressions(text, ctx) {
    let out = '';
    let at = 0;
    for (const m of text.matchAll(/\$\{\{([\s\S]*?)\}\}/g)) {
        const value = evaluate(m[1], ctx);
        if (value === undefined)
            return { unresolved: m[0] };
        out += text.slice(at, m.index) + value;
        at = m.index + m[0].length;
    }
    return { value: out + text.slice(at) };
}

// EXTERNAL MODULE: ../../../../shared/doctor/own-calls.ts + 1 modules
var own_calls = __webpack_require__(3744);
// EXTERNAL MODULE: ../../../../shared/doctor/workflow.ts
var workflow = __webpack_require__(1797);
;// CONCATENATED MODULE: ../../../../shared/doctor/play-plan.ts



/** The steps doctor --run plays, in the order a PR report runs them. */
const PLAYED_STEPS = ['validate-data', 'train', 'evaluate'];
const NO_STEPS = new Map();
const EMPTY = new Map();
/** The first value of each scalar matrix axis (and include: entries' scalars), as a one-job play of the matrix. */
function firstMatrixValues(job) {
    const out = new Map();
    const matrix = job.strategy?.matrix;
    if (!matrix || typeof matrix !== 'object')
        return out;
    for (const [axis, values] of Object.entries(matrix)) {
        if (axis === 'include' || axis === 'exclude' || !Array.isArray(values) || values.length === 0)
            continue;
        const first = values[0];
        if (first !== null && typeof first !== 'object')
            out.set(axis, String(first));
    }
    return out;
}
/** workflow_dispatch defaults: what a run started by hand would get without typing anything. */
function dispatchDefaults(wf) {
    const out = new Map();
    const on = wf.on && typeof wf.on === 'object' && !Array.isArray(wf.on) ? wf.on : undefined;
    for (const [name, input] of Object.entries(on?.workflow_dispatch?.inputs ?? {}))
        if (input?.default !== undefined)
            out.set(name, String(input.default));
    return out;
}
function textOf(v) {
    if (v === null || v === undefined)
        return '';
    return typeof v === 'object' ? JSON.stringify(v) : String(v);
}
/** The `with:` of a step as PlayInputs, each located at its own key. */
function inputsAsWritten(source, path, given) {
    const out = new Map();
    for (const [key, v] of Object.entries(given ?? {}))
        out.set(key, { text: textOf(v), location: source.locate([...path, 'with', key]), key });
    return out;
}
function describeOther(step) {
    if (step.uses)
        return `uses: ${step.uses}`;
    const run = typeof step.run === 'string' ? step.run.trim().split('\n')[0] : '';
    return step.name ? `${step.name} (run: ${run})` : `run: ${run}`;
}
function stepsOf(source, own, job, jobPath, bind) {
    const out = [];
    for (const [n, raw] of (Array.isArray(job.steps) ? job.steps : []).entries()) {
        const step = raw;
        const path = [...jobPath, 'steps', n];
        const t = (0,own_calls/* ownTargetOf */.tb)(step?.uses, own);
        if (!t?.step) {
            out.push({ kind: 'other', what: describeOther(step ?? {}), location: source.locate(path) });
            continue;
        }
        let inputs = inputsAsWritten(source, path, step.with);
        if (bind)
            inputs = new Map([...inputs].map(([k, v]) => [k, bind(k, v)]));
        out.push({ kind: 'ours', step: t.step, id: step.id, inputs, location: source.locate(path) });
    }
    return out;
}
const playsSteps = (steps) => steps.some((s) => s.kind === 'ours' && PLAYED_STEPS.includes(s.step));
/** Every job of `sources` that runs validate-data, train or evaluate, expanded as described above. */
function planPlays(sources, own) {
    const plays = [];
    for (const source of sources) {
        const wf = source.workflow;
        const events = (0,workflow/* eventsOf */.XL)(wf);
        for (const [jobId, job] of Object.entries(wf.jobs ?? {})) {
            if (!job || typeof job !== 'object')
                continue;
            const jobPath = ['jobs', jobId];
            const callerCtx = { inputs: dispatchDefaults(wf), matrix: firstMatrixValues(job), steps: NO_STEPS, github: EMPTY, runner: EMPTY };
            const direct = stepsOf(source, own, job, jobPath);
            if (playsSteps(direct)) {
                plays.push({ workflow: source.file, job: `jobs.${jobId}`, events, steps: direct, context: { inputs: callerCtx.inputs, matrix: callerCtx.matrix }, location: source.locate(jobPath) });
                continue;
            }
            const t = (0,own_calls/* ownTargetOf */.tb)(job.uses, own);
            const called = t && !t.step ? own.workflow(t.target) : undefined;
            const call = (0,workflow/* workflowCallOf */.H$)(called);
            if (!called || !call)
                continue;
            // The called workflow's inputs: the caller's with: (its own expressions resolved where they can
            // be: a matrix axis, a dispatch default), else the input's default.
            const inputs = new Map();
            const inputPlace = new Map();
            for (const [name, decl] of Object.entries(call.inputs ?? {}))
                if (decl?.default !== undefined)
                    inputs.set(name, textOf(decl.default));
            for (const [name, v] of Object.entries(job.with ?? {})) {
                const text = textOf(v);
                const r = (0,workflow/* isExpression */.BH)(text) || text.includes('${{') ? resolveExpressions(text, callerCtx) : { value: text };
                inputs.set(name, 'value' in r ? r.value : text);
                inputPlace.set(name, source.locate([...jobPath, 'with', name]));
            }
            const bind = (key, input) => {
                const from = /^\s*\$\{\{\s*inputs\.([\w-]+)\s*\}\}\s*$/.exec(input.text)?.[1];
                const place = from ? inputPlace.get(from) : undefined;
                return place ? { ...input, location: place, key: from } : { ...input, location: source.locate(jobPath), key };
            };
            for (const [innerId, inner] of Object.entries(called.jobs ?? {})) {
                const steps = stepsOf(source, own, inner, jobPath, bind).map((s) => (s.kind === 'other' ? { ...s, location: source.locate(jobPath) } : s));
                if (!playsSteps(steps))
                    continue;
                plays.push({ workflow: source.file, job: `jobs.${jobId} > ${t.target.replace('.github/workflows/', '')} jobs.${innerId}`, events, steps, context: { inputs, matrix: firstMatrixValues(inner) }, location: source.locate(jobPath) });
            }
        }
    }
    return plays;
}
/** The compare settings of the first workflow that runs compare, with literal values only. */
function compareSettingsOf(sources, own) {
    for (const source of sources) {
        for (const [jobId, job] of Object.entries(source.workflow.jobs ?? {})) {
            if (!job || typeof job !== 'object')
                continue;
            const jobPath = ['jobs', jobId];
            const found = (given, path) => {
                const literal = (k) => {
                    const v = given?.[k];
                    return v === undefined || v === null || (0,workflow/* isExpression */.BH)(v) || String(v).trim() === '' ? undefined : String(v);
                };
                return { model: literal('model'), config: literal('config'), rules: literal('rules'), failOnRegression: literal('fail-on-regression') !== 'false', location: source.locate(path), workflow: source.file };
            };
            for (const [n, step] of (Array.isArray(job.steps) ? job.steps : []).entries()) {
                if ((0,own_calls/* ownTargetOf */.tb)(step?.uses, own)?.step === 'compare')
                    return found(step.with, [...jobPath, 'steps', n]);
            }
            const t = (0,own_calls/* ownTargetOf */.tb)(job.uses, own);
            if (t && !t.step) {
                const called = own.workflow(t.target);
                const runsCompare = Object.values(called?.jobs ?? {}).some((j) => (j.steps ?? []).some((s) => (0,own_calls/* ownTargetOf */.tb)(s.uses, own)?.step === 'compare'));
                if (runsCompare)
                    return found(job.with, jobPath);
            }
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ../../../../shared/report/what-changed-section.ts
var what_changed_section = __webpack_require__(8334);
// EXTERNAL MODULE: ../../../../shared/formats/manifest-format.ts
var manifest_format = __webpack_require__(9680);
;// CONCATENATED MODULE: ../../../../shared/doctor/play.ts
/**
 * `mlops doctor --run`: plays the PR report locally before pushing. It reads the repository's own
 * workflows (planPlays), runs their validate-data, train and evaluate steps with the `with:` values
 * they pass, through the actions' own bundles (action-process.ts: the code the runner runs), then
 * compares the evaluation with a local baseline through the compare step and a LocalForge, which
 * writes the comment, job summary and check run the PR would get. Nothing is posted.
 *
 * The baseline (`auto`): the local registry's production version of the model when the registry
 * has one, else the evaluation of the last `doctor --run` whose gate passed (kept in
 * `<out-dir>/previous/`, standing in for the base branch's last run), else none (a first run).
 */












const where = (input, fallback) => (0,runtime_errors/* formatLocation */.j$)(input?.location ?? fallback);
/** The PR-triggered plays (or the one workflow asked for). */
function choosePlays(plays, workflow) {
    if (workflow !== undefined) {
        const want = workflow.includes('/') ? workflow : `.github/workflows/${workflow}`;
        const chosen = plays.filter((p) => p.workflow === want);
        if (chosen.length === 0)
            throw new runtime_errors/* UsageError */.eb(`--workflow ${workflow}: no job in it runs validate-data, train or evaluate`, { hint: `workflows that do: ${[...new Set(plays.map((p) => p.workflow))].join(', ') || 'none'}` });
        return chosen;
    }
    const onPr = plays.filter((p) => p.events.some((e) => e === 'pull_request' || e === 'pull_request_target'));
    return onPr.length > 0 ? onPr : plays;
}
async function playWorkflows(o) {
    const dir = (0,external_node_path_.resolve)(o.dir);
    const outDir = (0,external_node_path_.resolve)(dir, o.outDir);
    const all = planPlays(o.sources, o.own);
    if (all.length === 0) {
        return { plays: [{ workflow: '.github/workflows', job: '', steps: [], failure: 'no workflow job runs validate-data, train or evaluate: nothing to play (mlops init writes pr-report.yml)' }], exitCode: 1 };
    }
    const plays = choosePlays(all, o.workflow);
    const reports = [];
    for (const [n, play] of plays.entries())
        reports.push(await playOne(play, (0,external_node_path_.join)(outDir, plays.length === 1 ? '' : `play-${n + 1}`), dir, o));
    return { plays: reports, exitCode: reports.some((r) => r.failure !== undefined) ? 1 : 0 };
}
async function playOne(play, outDir, dir, o) {
    const report = { workflow: play.workflow, job: play.job, steps: [] };
    o.log(`${play.workflow} ${play.job}`);
    const stepOutputs = new Map();
    const runnerTemp = (0,external_node_path_.join)(outDir, 'runner-temp');
    await (0,promises_.rm)((0,external_node_path_.join)(outDir, 'steps'), { recursive: true, force: true });
    await (0,promises_.mkdir)(runnerTemp, { recursive: true });
    const ctx = () => ({
        inputs: play.context.inputs,
        matrix: play.context.matrix,
        steps: stepOutputs,
        github: new Map([['workspace', dir], ['token', '']]),
        runner: new Map([['temp', runnerTemp]]),
    });
    let evaluation;
    let model;
    for (const [n, s] of play.steps.entries()) {
        if (s.kind === 'other') {
            report.steps.push({ step: s.what, status: 'skipped', note: 'not mlops steps; locally your checkout and environment stand in for them (install your requirements first)', annotations: [], outputs: {}, location: s.location });
            o.log(`  skip  ${s.what}`);
            continue;
        }
        if (!PLAYED_STEPS.includes(s.step)) {
            const note = s.step === 'explain' ? explainNote(s.inputs.get('predict'), ctx()) : 'doctor --run plays validate-data, train and evaluate; compare is played after them with the local baseline';
            report.steps.push({ step: s.step, status: 'skipped', note, annotations: [], outputs: {}, location: s.location });
            continue;
        }
        const meta = o.own.action(s.step);
        const inputs = new Map();
        let unresolved;
        for (const [name, decl] of Object.entries(meta?.inputs ?? {})) {
            const given = s.inputs.get(name);
            const text = given?.text ?? (decl?.default === undefined ? '' : String(decl.default));
            const r = resolveExpressions(text, ctx());
            if ('unresolved' in r) {
                unresolved ??= `${where(given, s.location)}: ${s.step} input "${name}" is ${r.unresolved}, which doctor cannot evaluate locally; give a literal value to play this job`;
                continue;
            }
            // As the runner passes it: the action trims (all but a tab delimiter) and reads empty as unset.
            inputs.set(name, r.value);
            if (decl?.required && r.value.trim() === '')
                unresolved ??= `${where(given, s.location)}: ${s.step} input "${name}" is required but empty`;
        }
        if (unresolved) {
            report.steps.push({ step: s.step, status: 'failed', note: unresolved, annotations: [], outputs: {}, location: s.location });
            report.failure = unresolved;
            o.log(`  fail  ${s.step}: ${unresolved}`);
            return report;
        }
        o.log(`  run   ${s.step}`);
        const r = await runActionProcess({ bundle: (0,external_node_path_.join)(o.packageRoot, 'actions', s.step, 'dist', 'index.js'), inputs, workspace: dir, scratch: (0,external_node_path_.join)(outDir, 'steps', `${n + 1}-${s.step}`), runnerTemp });
        const outputs = Object.fromEntries(r.outputs);
        if (s.id)
            stepOutputs.set(s.id, r.outputs);
        const played = { step: s.step, status: r.exitCode === 0 ? 'passed' : 'failed', exitCode: r.exitCode, annotations: r.annotations, outputs, logFile: r.logFile, location: s.location };
        report.steps.push(played);
        for (const a of r.annotations.filter((x) => x.level !== 'notice'))
            o.log(`        ${a.level}: ${a.file ? `${a.file}${a.line ? `:${a.line}` : ''}${a.col ? `:${a.col}` : ''}: ` : ''}${a.message}`);
        if (r.exitCode !== 0) {
            const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message);
            const said = errors.length > 0 ? errors.join('; ') : r.tail.slice(-5).join(' | ') || `exit ${r.exitCode}`;
            // Name the workflow's own keys the failing step was given, so the fix is one edit away.
            const named = [...s.inputs.values()].filter((i) => said.includes(`"${resolvedOf(i, ctx())}"`) || said.includes(`(${i.key})`) || said.includes(`input "${i.key}"`));
            const at = named.length > 0 ? named.map((i) => `${(0,runtime_errors/* formatLocation */.j$)(i.location)} (${i.key}: ${resolvedOf(i, ctx())})`).join(', ') : (0,runtime_errors/* formatLocation */.j$)(s.location);
            report.failure = `${s.step} failed (exit ${r.exitCode}): ${said}\n  set at ${at}\n  log: ${r.logFile}`;
            o.log(`  fail  ${s.step} (exit ${r.exitCode}); log: ${r.logFile}`);
            return report;
        }
        if (s.step === 'evaluate')
            evaluation = outputs['report-path'] ? (0,external_node_path_.resolve)(dir, outputs['report-path']) : undefined;
        if (s.step === 'train' || s.step === 'evaluate')
            model ??= inputs.get('model') || undefined;
    }
    if (evaluation === undefined) {
        report.failure = `${play.workflow} ${play.job} has no evaluate step: nothing to compare`;
        return report;
    }
    report.compare = await compareLocally(evaluation, model, play, outDir, dir, o);
    o.log(`  compare: ${report.compare.verdict} against ${report.compare.baseline}`);
    if (report.compare.whatChanged)
        o.log(`  what changed: ${report.compare.whatChanged}`);
    if (report.compare.exitCode !== 0)
        report.failure = `the gate would fail: ${report.compare.failures.join('; ') || report.compare.verdict}`;
    return report;
}
/**
 * Why explain is not played: doctor --run does not run it (a predict command over every permuted
 * copy takes long), so the local report has no "What the model relies on"; say how to get it.
 */
function explainNote(predict, ctx) {
    const given = predict === undefined ? '' : resolvedOf(predict, ctx);
    if (given.trim() === '' || given.includes('${{'))
        return 'explain runs in CI only when the workflow is given a predict command (docs/explain.md, "In the PR report")';
    return 'doctor --run does not play explain (the PR report in CI does); run `mlops explain --data FILE --label COL --predict "CMD {input} {output}"` to see what the model relies on (docs/explain.md)';
}
function resolvedOf(i, ctx) {
    const r = resolveExpressions(i.text, ctx);
    return 'value' in r ? r.value : i.text;
}
async function compareLocally(head, trainedModel, play, outDir, dir, o) {
    const settings = compareSettingsOf(o.sources, o.own);
    const model = settings?.model ?? trainedModel;
    const configFile = settings?.config ? (0,external_node_path_.resolve)(dir, settings.config) : (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'mlops.yaml')) ? (0,external_node_path_.join)(dir, 'mlops.yaml') : undefined;
    const rules = settings?.rules === undefined ? undefined : (0,mlops_config.parseModelRulesText)(settings.rules, `${settings.workflow} rules`);
    const previous = (0,external_node_path_.join)(outDir, 'previous', 'evaluation.json');
    const registryDir = (0,external_node_path_.resolve)(dir, o.registry ?? local_registry.DEFAULT_REGISTRY_DIR);
    let baseline;
    let said;
    const choice = o.baseline;
    const production = async () => {
        const registry = (0,local_registry.openLocalRegistry)(registryDir);
        return model !== undefined && (await registry.state.read(model)) !== undefined ? registry : undefined;
    };
    if (typeof choice === 'object') {
        baseline = { kind: 'file', path: (0,external_node_path_.resolve)(choice.file) };
        said = choice.file;
    }
    else if (choice === 'none') {
        baseline = { kind: 'none' };
        said = 'none (a first run)';
    }
    else if (choice === 'production' || (choice === 'auto' && (0,external_node_fs_.existsSync)(registryDir) && (await production()))) {
        baseline = { kind: 'production', registry: (0,local_registry.openLocalRegistry)(registryDir), ...(model === undefined ? {} : { model }) };
        said = `the production version in ${registryDir}`;
    }
    else if ((0,external_node_fs_.existsSync)(previous)) {
        baseline = { kind: 'file', path: previous };
        said = `the last passing doctor --run (${previous})`;
    }
    else {
        if (choice === 'previous')
            throw new runtime_errors/* UsageError */.eb(`--baseline previous: no earlier doctor --run passed here (${previous} does not exist)`);
        baseline = { kind: 'none' };
        said = 'none (a first run: the next doctor --run compares with this one)';
    }
    const { runCompareStep } = await Promise.all(/* import() */[__webpack_require__.e(7248), __webpack_require__.e(7060), __webpack_require__.e(9712), __webpack_require__.e(2936), __webpack_require__.e(5170), __webpack_require__.e(1881), __webpack_require__.e(9349), __webpack_require__.e(5919)]).then(__webpack_require__.bind(__webpack_require__, 8300));
    const result = await runCompareStep({
        head,
        baseline,
        config: configFile,
        rules,
        model: settings?.model,
        outDir,
        workflow: (0,external_node_path_.basename)(play.workflow),
        failOnRegression: settings?.failOnRegression ?? true,
        target: { owner: 'local', repo: (0,external_node_path_.basename)(dir), prNumber: 1, headSha: 'local' },
    }, { forge: new local_forge.LocalForge((0,external_node_path_.join)(outDir, 'forge')) });
    if (result.exitCode === 0)
        await keepAsPrevious(head, previous);
    return {
        verdict: result.comparison.verdict,
        exitCode: result.exitCode,
        comment: result.files.comment,
        summary: result.files.summary,
        checkRun: result.checkRunUrl,
        baseline: said,
        failures: result.comparison.gate.failures.filter((f) => !f.startsWith('warning:')),
        ...(result.comparison.what_changed ? { whatChanged: (0,what_changed_section.whatChangedLine)(result.comparison.what_changed) } : {}),
    };
}
/**
 * The head evaluation (and its per-example file, for paired tests) becomes the next run's baseline.
 * The report names its examples file relative to its own folder, so both go into `previous/` side
 * by side; a name that is not a plain file name is not followed.
 */
async function keepAsPrevious(head, previous) {
    if ((0,external_node_path_.resolve)(head) === (0,external_node_path_.resolve)(previous))
        return;
    const folder = (0,external_node_path_.dirname)(previous);
    await (0,promises_.rm)(folder, { recursive: true, force: true });
    await (0,promises_.mkdir)(folder, { recursive: true });
    await (0,promises_.copyFile)(head, previous);
    const examples = JSON.parse(await (0,promises_.readFile)(head, 'utf8')).examples?.file;
    if (typeof examples === 'string' && examples === (0,external_node_path_.basename)(examples) && (0,external_node_fs_.existsSync)((0,external_node_path_.join)((0,external_node_path_.dirname)(head), examples))) {
        await (0,promises_.copyFile)((0,external_node_path_.join)((0,external_node_path_.dirname)(head), examples), (0,external_node_path_.join)(folder, examples));
    }
    // The run record and training-data profile beside it, so the next run's "What changed" has a baseline side.
    for (const name of [manifest_format/* RUN_ASSET */.VI, manifest_format/* PROFILE_ASSET */.Pr]) {
        if ((0,external_node_fs_.existsSync)((0,external_node_path_.join)((0,external_node_path_.dirname)(head), name)))
            await (0,promises_.copyFile)((0,external_node_path_.join)((0,external_node_path_.dirname)(head), name), (0,external_node_path_.join)(folder, name));
    }
}
/** For people: each play's steps, then the failure or the comment's place. */
function renderPlayText(result) {
    const lines = [];
    for (const p of result.plays) {
        lines.push('', `${p.workflow} ${p.job}`);
        for (const s of p.steps)
            lines.push(`  ${s.status.padEnd(7)} ${s.step}`);
        const notes = [...new Set(p.steps.filter((s) => s.status === 'skipped' && s.note).map((s) => s.note))];
        for (const note of notes)
            lines.push(`  (skipped: ${note})`);
        if (p.compare) {
            lines.push(`  compare against ${p.compare.baseline}: ${p.compare.verdict}`);
            if (p.compare.whatChanged)
                lines.push(`  what changed:       ${p.compare.whatChanged}`);
            lines.push(`  the PR comment:     ${p.compare.comment}`, `  the job summary:    ${p.compare.summary}`);
            if (p.compare.checkRun)
                lines.push(`  the check run:      ${p.compare.checkRun}`);
        }
        if (p.failure)
            lines.push('', `error: ${p.failure}`);
    }
    lines.push('', result.exitCode === 0 ? 'the PR jobs would pass' : 'the PR jobs would fail', '');
    return lines.join('\n');
}


/***/ }),

/***/ 9680:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   MS: () => (/* binding */ ARCHIVE_ASSET),
/* harmony export */   NX: () => (/* binding */ COMPARISON_ASSET),
/* harmony export */   Oe: () => (/* binding */ EVALUATION_ASSET),
/* harmony export */   Pr: () => (/* binding */ PROFILE_ASSET),
/* harmony export */   VI: () => (/* binding */ RUN_ASSET),
/* harmony export */   Wd: () => (/* binding */ MODEL_CARD_ASSET),
/* harmony export */   a2: () => (/* binding */ modelManifestSchema),
/* harmony export */   ek: () => (/* binding */ MODEL_MANIFEST_SCHEMA),
/* harmony export */   g7: () => (/* binding */ EVALUATION_EXAMPLES_ASSET),
/* harmony export */   ny: () => (/* binding */ MANIFEST_ASSET),
/* harmony export */   tW: () => (/* binding */ PROVENANCE_ASSET)
/* harmony export */ });
/* unused harmony exports fileEntrySchema, lineageSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1100);
/* harmony import */ var _runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2881);
/* harmony import */ var _evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9729);
/**
 * `mlops-actions/model@1`: what a published model version is. Written by publish as the asset
 * `manifest.json` next to the archive; read by promote (to verify every asset before an alias
 * moves) and by drift-check (the training data profile is its reference). Documented in
 * docs/registry.md ("The manifest").
 *
 * `content_digest` is what immutability compares: a SHA-256 over the archive's files (paths, sizes,
 * digests), the evaluation, the profile and the params, but not lineage, times or the model card,
 * so re-running the same publish in another workflow run is recognized as the same release.
 */



const MODEL_MANIFEST_SCHEMA = 'mlops-actions/model@1';
const MANIFEST_ASSET = 'manifest.json';
const ARCHIVE_ASSET = 'model.tar.gz';
const MODEL_CARD_ASSET = 'model-card.md';
const EVALUATION_ASSET = 'evaluation.json';
/** The evaluation's per-example file, when it has one: compare's paired tests against this version. */
const EVALUATION_EXAMPLES_ASSET = 'evaluation.examples.jsonl.gz';
const PROFILE_ASSET = 'profile.json';
const RUN_ASSET = 'run.json';
const COMPARISON_ASSET = 'comparison.json';
/**
 * The release's build provenance, when publish attested it (GitHub, attest: true): the Sigstore
 * bundle @actions/attest returned, uploaded after the release was created. Not among the manifest's
 * `assets`: the bundle signs manifest.json's digest, so the manifest cannot list the bundle's. Its
 * own signature is its integrity check (promote verifies it; docs/registry.md, "Provenance").
 */
const PROVENANCE_ASSET = 'provenance.sigstore.json';
// Built on first use (shared/runtime/lazy-schema.ts): a step that never reads this format
// does not pay for its schemas at start.
const schemas = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .once */ .Oo)(() => {
    const sha256 = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().regex(/^[0-9a-f]{64}$/);
    const fileEntrySchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** For archive files: the path inside the archive; for assets: the asset name. */
        name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
        sha256,
    });
    const lineageSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        /** Where these values came from: the GitHub Actions environment, local git, or nothing known. */
        source: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['github', 'git', 'none']),
        /** owner/name on GitHub; locally the `origin` remote URL (credentials removed), or null. */
        repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        ref: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        workflow: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        run_id: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        run_attempt: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().positive().nullable(),
        /** Link to the workflow run, when on GitHub. */
        run_url: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        actor: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
        /** The event that started the run (`push`, `workflow_dispatch`, ...), or `local`. */
        trigger: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(),
    });
    const modelManifestSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
        schema: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(MODEL_MANIFEST_SCHEMA),
        name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        version: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** model/<name>/v<version> (shared/registry/tag.ts). */
        tag: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        content_digest: sha256,
        created_at: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
        /** The model archive and every file in it, sorted by path. */
        archive: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            size: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(),
            sha256,
            files: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fileEntrySchema),
            /**
             * Set when publish also pushed the archive to an OCI registry (`--oci`): where. Absent in
             * manifests published without it, so older manifests read unchanged. When the archive is not
             * among `assets`, the registry is its only copy (over 2 GiB); the OCI manifest's digest is in
             * the release's oci-artifact.json (shared/formats/oci-artifact-format.ts), not here.
             */
            oci: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ repository: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), tag: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP() }).optional(),
        }),
        /** Every stored asset of the version except manifest.json itself (which cannot hold its own digest). */
        assets: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(fileEntrySchema),
        lineage: lineageSchema,
        /** From the train run record (mlops-actions/run@1), when one was given. */
        training: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ asset: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha256, params: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_2__/* .unknown */ .L5J()), seed: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int(), cache_key: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable(), commit: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable() })
            .nullable(),
        evaluation: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({
            asset: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(),
            sha256,
            task: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['binary', 'multiclass', 'regression']).nullable(),
            rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative().nullable(),
            dataset_sha256: sha256.nullable(),
            metrics: zod__WEBPACK_IMPORTED_MODULE_2__/* .record */ .g1P(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), _evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__/* .metricValueSchema */ .tm),
            omitted: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(_evaluation_format_js__WEBPACK_IMPORTED_MODULE_1__/* .omittedMetricSchema */ .I8),
        }),
        /** The compare step's verdict on this model, when a comparison was given. */
        comparison: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ asset: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha256, verdict: zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['pass', 'fail', 'report-only']), failures: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), baseline_dataset_sha256: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().nullable() })
            .nullable(),
        /** The training data's profile (mlops-actions/profile@1): drift-check's reference. */
        data: zod__WEBPACK_IMPORTED_MODULE_2__/* .object */ .Ikc({ profile: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP(), sha256, rows: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().int().nonnegative(), columns: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()), sources: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()) })
            .nullable(),
    });
    return { fileEntrySchema, lineageSchema, modelManifestSchema };
});
const fileEntrySchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().fileEntrySchema);
const lineageSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().lineageSchema);
const modelManifestSchema = (0,_runtime_lazy_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .lazySchema */ .ID)(() => schemas().modelManifestSchema);


/***/ }),

/***/ 1118:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LocalForge: () => (/* binding */ LocalForge)
/* harmony export */ });
/* unused harmony exports LOCAL_CHECK_RUN_SCHEMA, LOCAL_RETRAIN_PR_SCHEMA */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var _runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3196);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9980);
/* harmony import */ var _ports_forge_requests_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(7479);
/* harmony import */ var _formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(2362);
/* harmony import */ var _report_drift_pr_body_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(7700);
/**
 * The Forge as files: what would have been posted is written to a folder, so `mlops` runs every
 * step locally and a person (or a test) reads the result. Same idempotency as GitHub: one file per
 * sticky marker, one per check run name + SHA; writing the same content again changes nothing.
 *
 *   <root>/<owner>/<repo>/comments/<issue_number>/<marker id>.md     sticky comments (body as posted)
 *   <root>/<owner>/<repo>/check-runs/<head_sha>/<name>.json          check runs
 *   <root>/<owner>/<repo>/retrain/<model>/pull.json                  the retraining PR: number, state, decision, labels, …
 *   <root>/<owner>/<repo>/retrain/<model>/body.md                    its description
 *   <root>/<owner>/<repo>/retrain/<model>/request.json               the request file it would commit
 *   <root>/<owner>/<repo>/retrain/<model>/comments/<number>/<n>-<decision>.md   its comments
 * Read, when present (written by the user or a test, to play earlier runs):
 *   <root>/<owner>/<repo>/pulls.json                                  ForgePullRequest[]
 *   <root>/<owner>/<repo>/runs/<workflow>.json                        LocalWorkflowRun[]
 *   <root>/<owner>/<repo>/artifacts/<run_id>/<name>.zip               artifacts of a run
 */











const LOCAL_CHECK_RUN_SCHEMA = 'mlops-actions/local-check-run@1';
const LOCAL_RETRAIN_PR_SCHEMA = 'mlops-actions/local-retrain-pr@1';
/** A stable positive id for a local object (GitHub ids are numbers; ours derive from the path). */
function localId(key) {
    return (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(key).digest().readUIntBE(0, 6);
}
/** A path segment from untrusted text: no separators, no `..`, nothing hidden. */
function segment(s) {
    const clean = s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_');
    return clean === '' ? '_' : clean;
}
async function readIfExists(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path, 'utf8');
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
async function readJsonIfExists(path) {
    const text = await readIfExists(path);
    if (text === undefined)
        return undefined;
    try {
        return JSON.parse(text);
    }
    catch (e) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`not valid JSON: ${e.message}`, { location: { file: path }, cause: e });
    }
}
class LocalForge {
    root;
    kind = 'local';
    constructor(root) {
        this.root = root;
    }
    repoDir({ owner, repo }) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.root, segment(owner), segment(repo));
    }
    /** Where the sticky comment for this marker is written. */
    commentPath(params) {
        const m = /^<!-- mlops-actions:(.+) -->$/.exec(params.marker);
        if (!m)
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .UsageError */ .eb(`sticky comment marker ${JSON.stringify(params.marker)} is not of the form <!-- mlops-actions:<id> -->`);
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.repoDir(params), 'comments', String(params.issue_number), `${segment(m[1].replace(/\//g, '--'))}.md`);
    }
    checkRunPath(params) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.repoDir(params), 'check-runs', segment(params.head_sha), `${segment(params.name.replace(/\s*\/\s*/g, '--'))}.json`);
    }
    async upsertStickyComment(params) {
        const body = (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .withMarker */ .Pe)(params.marker, params.body);
        (0,_ports_forge_requests_js__WEBPACK_IMPORTED_MODULE_6__/* .assertCommentFits */ .q)(body);
        const path = this.commentPath(params);
        const before = await readIfExists(path);
        if (before !== body)
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(path, body);
        const action = before === undefined ? 'created' : before === body ? 'unchanged' : 'updated';
        return { action, commentId: localId(path), url: (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(path).href, deletedIds: [] };
    }
    async upsertCheckRun(params) {
        (0,_ports_forge_requests_js__WEBPACK_IMPORTED_MODULE_6__/* .assertCheckOutputFits */ .mE)(params);
        const path = this.checkRunPath(params);
        const status = params.status ?? (params.conclusion ? 'completed' : 'in_progress');
        // No timestamps: a re-run with the same result writes the same bytes.
        const record = {
            schema: LOCAL_CHECK_RUN_SCHEMA,
            name: params.name,
            head_sha: params.head_sha,
            status,
            conclusion: status === 'completed' ? (params.conclusion ?? null) : null,
            details_url: params.details_url ?? null,
            output: { title: params.title, summary: params.summary, text: params.text ?? null },
        };
        const text = `${JSON.stringify(record, null, 2)}\n`;
        const before = await readIfExists(path);
        if (before !== text)
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(path, text);
        return { action: before === undefined ? 'created' : 'updated', checkRunId: localId(path), url: (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(path).href };
    }
    async findPullRequestsForSha(params) {
        const pulls = (await readJsonIfExists((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.repoDir(params), 'pulls.json'))) ?? [];
        return pulls.filter((p) => p.state === 'open' && p.headSha === params.sha);
    }
    async listSuccessfulWorkflowRuns(q) {
        const runs = (await readJsonIfExists((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.repoDir(q), 'runs', `${segment(String(q.workflow))}.json`))) ?? [];
        return runs
            .filter((r) => r.conclusion === 'success' &&
            (r.status === undefined || r.status === 'completed') &&
            (q.branch === undefined || r.headBranch === q.branch) &&
            (q.event === undefined || r.event === q.event) &&
            (q.head_sha === undefined || r.headSha === q.head_sha))
            .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
            .slice(0, q.limit ?? 30)
            .map(({ status: _status, ...run }) => run);
    }
    runArtifactsDir(params) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.repoDir(params), 'artifacts', String(params.run_id));
    }
    async listRunArtifacts(params) {
        const dir = this.runArtifactsDir(params);
        let names;
        try {
            names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(dir)).filter((n) => n.endsWith('.zip')).sort();
        }
        catch (e) {
            if (e.code === 'ENOENT')
                return [];
            throw e;
        }
        const out = [];
        for (const n of names) {
            const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, n);
            out.push({ id: localId(path), name: n.slice(0, -'.zip'.length), sizeInBytes: (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.stat)(path)).size, expired: false });
        }
        return out;
    }
    /** The folder of a model's retraining PR. */
    retrainDir(params) {
        return (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.repoDir(params), 'retrain', segment((0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .modelSlug */ .RE)(params.model)));
    }
    /**
     * The retraining PR as files, with the GitHub forge's rules: one open PR per model, the request
     * file "committed" only when its evidence changed, a comment only when the decision changes, and
     * on recovery `comment` / `close` / `none`. A new drift after a close opens a new PR (new number).
     */
    async upsertRetrainPullRequest(params) {
        const p = (0,_ports_forge_requests_js__WEBPACK_IMPORTED_MODULE_6__/* .resolveRetrainParams */ .Y4)(params);
        const dir = this.retrainDir(params);
        const pullPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'pull.json');
        const bodyPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'body.md');
        const requestPath = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'request.json');
        const before = await readJsonIfExists(pullPath);
        const open = before?.state === 'open' ? before : undefined;
        const result = (operation, pr, commented, committed) => ({
            operation,
            ...(pr ? { number: pr.number, url: pr.url } : {}),
            commented,
            committed,
            warnings: [],
        });
        const writeIfChanged = async (path, text) => {
            if ((await readIfExists(path)) === text)
                return false;
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(path, text);
            return true;
        };
        /** Posts the event comment unless the PR's last one says this decision already. */
        const comment = async (pr, from, closing) => {
            const last = pr.comments[pr.comments.length - 1];
            if (last !== undefined && last.endsWith(`-${p.decision}.md`))
                return false;
            const name = `${String(pr.comments.length + 1).padStart(3, '0')}-${p.decision}.md`;
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(dir, 'comments', String(pr.number), name), (0,_report_drift_pr_body_js__WEBPACK_IMPORTED_MODULE_7__/* .renderRetrainEventComment */ .d1)({ model: p.model, from, to: p.decision, closing }));
            pr.comments.push(name);
            return true;
        };
        if (p.decision === 'ok') {
            if (!open)
                return result('none', undefined, false, false);
            if (p.onRecovery === 'none')
                return result('none', open, false, false);
            const previous = (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .readRetrainDecision */ .Yr)(await readIfExists(bodyPath), p.model);
            const pr = { ...open, comments: [...open.comments] };
            if (p.onRecovery === 'close') {
                const commented = await comment(pr, previous, true);
                await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(pullPath, `${JSON.stringify({ ...pr, state: 'closed' }, null, 2)}\n`);
                return result('closed', pr, commented, false);
            }
            const commented = previous !== 'ok' ? await comment(pr, previous, false) : false;
            await writeIfChanged(bodyPath, p.body);
            await writeIfChanged(pullPath, `${JSON.stringify({ ...pr, decision: 'ok' }, null, 2)}\n`);
            return result('updated', pr, commented, false);
        }
        if (!open) {
            const generation = (before?.generation ?? 0) + 1;
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.mkdir)(dir, { recursive: true });
            const pr = {
                schema: LOCAL_RETRAIN_PR_SCHEMA,
                // Small like a PR number: the model's Nth retraining PR (the folder tells models apart).
                number: generation,
                url: (0,node_url__WEBPACK_IMPORTED_MODULE_3__.pathToFileURL)(bodyPath).href,
                state: 'open',
                decision: p.decision,
                title: p.title,
                base: p.base ?? null,
                branch: p.branch,
                path: p.path,
                labels: p.labels,
                reviewers: p.reviewers,
                team_reviewers: p.teamReviewers,
                commits: 1,
                comments: [],
                generation,
            };
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(requestPath, p.requestText);
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(bodyPath, p.body);
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(pullPath, `${JSON.stringify(pr, null, 2)}\n`);
            return result('created', pr, false, true);
        }
        const pr = { ...open, comments: [...open.comments] };
        const previous = (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_8__/* .readRetrainDecision */ .Yr)(await readIfExists(bodyPath), p.model);
        const committed = !(0,_ports_forge_requests_js__WEBPACK_IMPORTED_MODULE_6__/* .sameRequestEvidence */ .b$)(await readIfExists(requestPath), p.requestText);
        if (committed) {
            await (0,_runtime_atomic_write_js__WEBPACK_IMPORTED_MODULE_4__/* .writeFileAtomic */ .Zf)(requestPath, p.requestText);
            pr.commits += 1;
        }
        const commented = previous !== undefined && previous !== p.decision ? await comment(pr, previous, false) : false;
        await writeIfChanged(bodyPath, p.body);
        const labels = [...pr.labels, ...p.labels.filter((l) => !pr.labels.some((x) => x.toLowerCase() === l.toLowerCase()))];
        await writeIfChanged(pullPath, `${JSON.stringify({ ...pr, decision: p.decision, labels }, null, 2)}\n`);
        return result('updated', pr, commented, committed);
    }
    async downloadArtifact(params) {
        const base = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(this.repoDir(params), 'artifacts');
        let runs = [];
        try {
            runs = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(base);
        }
        catch (e) {
            if (e.code !== 'ENOENT')
                throw e;
        }
        for (const run of runs) {
            for (const n of await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)((0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, run))) {
                const path = (0,node_path__WEBPACK_IMPORTED_MODULE_2__.join)(base, run, n);
                if (localId(path) === params.artifact_id)
                    return new Uint8Array(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readFile)(path));
            }
        }
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`no local artifact with id ${params.artifact_id}`, {
            location: { file: base },
            hint: 'put artifacts at <root>/<owner>/<repo>/artifacts/<run_id>/<name>.zip',
        });
    }
}


/***/ }),

/***/ 7479:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DC: () => (/* binding */ checkBranch),
/* harmony export */   Y4: () => (/* binding */ resolveRetrainParams),
/* harmony export */   b$: () => (/* binding */ sameRequestEvidence),
/* harmony export */   mE: () => (/* binding */ assertCheckOutputFits),
/* harmony export */   q: () => (/* binding */ assertCommentFits)
/* harmony export */ });
/* unused harmony exports DEFAULT_RETRAIN_LABELS, requestText */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/* harmony import */ var _formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2362);
/* harmony import */ var _formats_retrain_request_format_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5376);
/* harmony import */ var _forge_error_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5335);
/**
 * What every Forge checks before it posts, so the file-based forge refuses exactly what GitHub
 * would: comment and check-run sizes, and a retraining PR's parameters resolved to the values both
 * implementations then write (branch, request file path and bytes, title, marked body, labels).
 */




/** Throws when the body (with its marker) exceeds GitHub's limit; the renderer must truncate first. */
function assertCommentFits(body, route = '/repos/{owner}/{repo}/issues/{issue_number}/comments') {
    // String length counts UTF-16 units, never fewer than GitHub's character count: a safe bound.
    if (body.length > _formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_BODY_LIMIT */ .tx) {
        throw new _forge_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ForgeError */ .Q8({
            method: 'POST',
            route,
            githubMessage: `comment body is ${body.length} characters; GitHub accepts at most ${_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .COMMENT_BODY_LIMIT */ .tx}`,
            hint: 'shorten the report before posting (truncateMarkdown in shared/report/truncate.ts keeps the marker)',
        });
    }
}
function assertCheckOutputFits(params) {
    for (const [field, value] of [['summary', params.summary], ['text', params.text]]) {
        if (value !== undefined && value.length > _formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECK_SUMMARY_LIMIT */ .Ce) {
            throw new _forge_error_js__WEBPACK_IMPORTED_MODULE_1__/* .ForgeError */ .Q8({
                method: 'POST',
                route: '/repos/{owner}/{repo}/check-runs',
                githubMessage: `check run output.${field} is ${value.length} characters; GitHub accepts at most ${_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .CHECK_SUMMARY_LIMIT */ .Ce}`,
                hint: 'shorten it before posting (truncateMarkdown in shared/report/truncate.ts)',
            });
        }
    }
}
const DEFAULT_RETRAIN_LABELS = ['mlops:retrain'];
const PULLS_ROUTE = '/repos/{owner}/{repo}/pulls';
/** A branch name we are willing to reset and delete: plain characters, no `..`, not the base. */
function checkBranch(branch, base) {
    const ok = /^[A-Za-z0-9._/-]+$/.test(branch) && !/(^|\/)\.|\.\.|\/\/|^\/|\/$|\.lock(\/|$)/.test(branch);
    if (!ok)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`retraining branch ${JSON.stringify(branch)} is not a plain branch name`, { hint: 'use letters, digits, ".", "_", "-" and "/" (default mlops/retrain/<model>)' });
    if (base !== undefined && branch === base)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`the retraining branch and the base branch are both ${JSON.stringify(branch)}`, { hint: 'the retraining branch is reset and deleted by the step: never point it at a branch people use' });
    return branch;
}
/** A path inside the repository: relative, no `.`/`..` segments, no empty segments. */
function checkPath(path) {
    const parts = path.split('/');
    if (path.length === 0 || path.length > 1024 || parts.some((s) => s === '' || s === '.' || s === '..') || /[\0\\]/.test(path)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`request file path ${JSON.stringify(path)} is not a relative path inside the repository`, { hint: 'e.g. .mlops/retrain/<model>.json' });
    }
    return path;
}
function resolveRetrainParams(params) {
    const { owner, repo, model, decision } = params;
    const branch = checkBranch(params.branch ?? (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .retrainBranch */ .yb)(model), params.base);
    const body = (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .withMarker */ .Pe)((0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .retrainMarker */ .UF)(model, decision), params.body);
    assertCommentFits(body, PULLS_ROUTE);
    return {
        repo: { owner, repo },
        model,
        decision,
        base: params.base,
        branch,
        path: checkPath(params.path ?? (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .retrainRequestPath */ .Af)(model)),
        request: params.request,
        requestText: requestText(params.request),
        title: params.title ?? (0,_formats_forge_markers_js__WEBPACK_IMPORTED_MODULE_2__/* .retrainPrTitle */ .ux)(model),
        body,
        labels: [...new Set(params.labels ?? DEFAULT_RETRAIN_LABELS)],
        reviewers: params.reviewers ?? [],
        teamReviewers: params.teamReviewers ?? [],
        onRecovery: params.onRecovery ?? 'comment',
        deleteBranchOnClose: params.deleteBranchOnClose ?? true,
    };
}
/** The request file's bytes: pretty JSON, one trailing newline (what a person reads on the branch). */
function requestText(request) {
    return `${JSON.stringify(request, null, 2)}\n`;
}
/** Same evidence: equal once the fields describing the run (run_url, detected_at) are set aside. */
function sameRequestEvidence(before, after) {
    if (before === undefined)
        return false;
    const strip = (text) => {
        try {
            const o = JSON.parse(text);
            if (typeof o !== 'object' || o === null || Array.isArray(o))
                return undefined;
            for (const k of _formats_retrain_request_format_js__WEBPACK_IMPORTED_MODULE_3__/* .RETRAIN_REQUEST_RUN_FIELDS */ .kK)
                delete o[k];
            return JSON.stringify(o);
        }
        catch {
            return undefined;
        }
    };
    const a = strip(before);
    return a !== undefined && a === strip(after);
}


/***/ })

};
