export const id = 64;
export const ids = [64];
export const modules = {

/***/ 6064:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


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
// EXTERNAL MODULE: ../../../../shared/local/local-forge.ts + 1 modules
var local_forge = __webpack_require__(4122);
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
            report.steps.push({ step: s.step, status: 'skipped', note: 'doctor --run plays validate-data, train and evaluate; compare is played after them with the local baseline', annotations: [], outputs: {}, location: s.location });
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
    if (report.compare.exitCode !== 0)
        report.failure = `the gate would fail: ${report.compare.failures.join('; ') || report.compare.verdict}`;
    return report;
}
function resolvedOf(i, ctx) {
    const r = resolveExpressions(i.text, ctx);
    return 'value' in r ? r.value : i.text;
}
async function compareLocally(head, trainedModel, play, outDir, dir, o) {
    const settings = compareSettingsOf(o.sources, o.own);
    const model = settings?.model ?? trainedModel;
    const configFile = settings?.config ? (0,external_node_path_.resolve)(dir, settings.config) : (0,external_node_fs_.existsSync)((0,external_node_path_.join)(dir, 'mlops.yaml')) ? (0,external_node_path_.join)(dir, 'mlops.yaml') : undefined;
    const rules = settings?.rules === undefined ? undefined : (0,mlops_config/* parseModelRulesText */.fU)(settings.rules, `${settings.workflow} rules`);
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
    const { runCompareStep } = await Promise.all(/* import() */[__webpack_require__.e(509), __webpack_require__.e(977), __webpack_require__.e(919)]).then(__webpack_require__.bind(__webpack_require__, 8300));
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


/***/ })

};
