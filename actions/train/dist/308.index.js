export const id = 308;
export const ids = [308,935];
export const modules = {

/***/ 7935:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XG: () => (/* binding */ exitCodeForSignal),
  parseCommandList: () => (/* binding */ parseCommandList),
  OK: () => (/* binding */ resolveCommand),
  d1: () => (/* binding */ runCommand)
});

// UNUSED EXPORTS: DEFAULT_STOP_GRACE_MS, SHELLS, STOP_SIGNALS

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:string_decoder"
var external_node_string_decoder_ = __webpack_require__(6193);
// EXTERNAL MODULE: ../../../yaml/dist/index.js
var dist = __webpack_require__(9171);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
;// CONCATENATED MODULE: ../../../../shared/model/train/process-group.ts

/** The command's process group exists only on POSIX; on Windows the child is signalled alone. */
const OWN_PROCESS_GROUP = process.platform !== 'win32';
/** Sends `signal` to the child's whole process group (its pid is the group id); quiet if it is gone. */
function signalCommandGroup(child, signal) {
    if (child.pid === undefined)
        return;
    if (!OWN_PROCESS_GROUP) {
        child.kill(signal);
        return;
    }
    try {
        process.kill(-child.pid, signal);
    }
    catch (e) {
        if (e.code !== 'ESRCH')
            throw e;
    }
}
/**
 * Whether any live process is left in group `pgid`. A zombie counts as gone: in a container whose
 * PID 1 does not reap orphans (this happens: a plain `node` or a custom init as PID 1), orphaned
 * members stay zombies forever, and kill(-pgid, 0) keeps succeeding on them.
 */
function processGroupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
    }
    catch (e) {
        return e.code === 'EPERM';
    }
    if (process.platform !== 'linux')
        return true;
    return liveMembersOnLinux(pgid) > 0;
}
/** Counts group members that are not zombies, from /proc/<pid>/stat (proc(5): state, ppid, pgrp after the comm). */
function liveMembersOnLinux(pgid) {
    let live = 0;
    let names;
    try {
        names = (0,external_node_fs_.readdirSync)('/proc');
    }
    catch {
        return 1; // no /proc to look in: trust kill(2), and let the caller's deadline bound the wait
    }
    for (const name of names) {
        if (!/^\d+$/.test(name))
            continue;
        let stat;
        try {
            stat = (0,external_node_fs_.readFileSync)(`/proc/${name}/stat`, 'latin1');
        }
        catch {
            continue; // exited while we looked
        }
        // The comm field is in parentheses and may itself hold spaces and parentheses: split after the last ")".
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        if (Number(fields[2]) === pgid && fields[0] !== 'Z' && fields[0] !== 'X')
            live++;
    }
    return live;
}

;// CONCATENATED MODULE: ../../../../shared/model/train/command.ts
/**
 * The training command: an argument list spawned directly (no shell, so nothing in it is ever
 * re-parsed), or a script given to an explicitly named shell. Output is streamed live to the
 * caller's sinks and, byte for byte, to the log file.
 */









/**
 * How each shell runs a script. bash and sh get the flags GitHub's own `run:` steps use, so a
 * failing line fails the step (`-e`) and so does a failing stage of a pipe (`-o pipefail`).
 */
const SHELLS = {
    bash: (s) => ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '-c', s],
    sh: (s) => ['sh', '-e', '-c', s],
    pwsh: (s) => ['pwsh', '-NoLogo', '-NoProfile', '-NonInteractive', '-Command', s],
};
function resolveCommand(spec) {
    if ('argv' in spec) {
        if (spec.argv.length === 0 || spec.argv[0] === '')
            throw new errors/* UsageError */.eb('the training command is empty', { hint: 'give the program and its arguments, e.g. [python, train.py]' });
        return { argv: [...spec.argv], shell: null, script: null };
    }
    const make = SHELLS[spec.shell];
    if (!make)
        throw new errors/* UsageError */.eb(`unknown shell "${spec.shell}"`, { hint: `use one of ${Object.keys(SHELLS).join(', ')}, or give the command as an argument list without a shell` });
    if (spec.script.trim() === '')
        throw new errors/* UsageError */.eb('the training script is empty', { hint: 'give the command to run' });
    return { argv: make(spec.script), shell: spec.shell, script: spec.script };
}
/**
 * The action's `command` input without a shell: a YAML (or JSON) list, flow `[python, train.py]` or
 * block. Every item is taken as text exactly as written (`0.10` stays "0.10"), by reading with
 * YAML's failsafe schema.
 */
function parseCommandList(text, input = 'command') {
    const doc = (0,dist/* parseDocument */.Tp)(text, { schema: 'failsafe', prettyErrors: false });
    const value = doc.errors.length > 0 ? undefined : doc.toJS();
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
        throw new errors/* UsageError */.eb(`input "${input}" must be the command as a list of arguments, e.g. [python, train.py, --epochs, "3"]`, {
            hint: `got ${JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text)}; to run it as a script instead, set \`shell: bash\``,
        });
    }
    return value;
}
/** The signals that interrupt a run: Ctrl-C, `kill`/the runner's cancel, a closed terminal. */
const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
/** How long a stopped command gets to exit before its group is killed (the runner allows 7.5 s + 2.5 s). */
const DEFAULT_STOP_GRACE_MS = 10_000;
/** After SIGKILL, how long we wait to see the group gone before carrying on. */
const KILL_WAIT_MS = 2_000;
const POLL_MS = 20;
/** 128 + the signal's number, as a shell reports a process a signal ended: 130, 143, 129. */
function exitCodeForSignal(signal) {
    return 128 + external_node_os_.constants.signals[signal];
}
const TAIL_CHARS = 64 * 1024;
/** Spawns argv with `shell: false` and waits for it; ENOENT/EACCES become a UsageError naming the program. */
async function runCommand(argv, options) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(options.logPath), { recursive: true });
    const log = (0,external_node_fs_.createWriteStream)(options.logPath, { flags: options.appendLog ? 'a' : 'w' });
    await new Promise((res, rej) => log.once('open', () => res()).once('error', rej));
    let tail = '';
    const keep = (text) => {
        tail += text;
        if (tail.length > 2 * TAIL_CHARS)
            tail = tail.slice(-TAIL_CHARS);
    };
    const [program, ...args] = argv;
    const signals = options.signals ?? process;
    const graceMs = options.graceMs ?? DEFAULT_STOP_GRACE_MS;
    let stoppedBy = null;
    let killed = false;
    let graceDeadline = Infinity;
    const timers = [];
    const listeners = new Map();
    const done = new Promise((res, rej) => {
        let settled = false;
        // Detached on POSIX: the command leads a new process group, so stopping it reaches every process
        // it started, and a Ctrl-C at the terminal reaches mlops alone, which then stops the group itself.
        const child = (0,external_node_child_process_.spawn)(program, args, { cwd: options.cwd, env: options.env, shell: false, stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true, detached: OWN_PROCESS_GROUP });
        const kill = () => {
            if (killed)
                return;
            killed = true;
            signalCommandGroup(child, 'SIGKILL');
        };
        const stop = (reason) => {
            if (stoppedBy !== null) {
                // A second signal (Ctrl-C twice; the runner's SIGTERM 7.5 s after its SIGINT) means now.
                if (reason !== 'timeout')
                    kill();
                return;
            }
            stoppedBy = reason;
            graceDeadline = Date.now() + graceMs;
            signalCommandGroup(child, reason === 'timeout' ? 'SIGTERM' : reason);
            timers.push(setTimeout(kill, graceMs));
        };
        if (child.pid !== undefined) {
            for (const signal of STOP_SIGNALS) {
                const listener = () => stop(signal);
                listeners.set(signal, listener);
                signals.on(signal, listener);
            }
            if (options.timeoutMs !== undefined)
                timers.push(setTimeout(() => stop('timeout'), options.timeoutMs));
        }
        for (const [stream, sink] of [[child.stdout, options.stdout], [child.stderr, options.stderr]]) {
            const decoder = new external_node_string_decoder_.StringDecoder('utf8');
            stream.on('data', (chunk) => {
                sink(chunk);
                log.write(chunk);
                keep(decoder.write(chunk));
            });
            stream.on('end', () => keep(decoder.end()));
        }
        child.once('error', (e) => {
            if (settled)
                return;
            settled = true;
            if (e.code === 'ENOENT' || e.code === 'EACCES') {
                const why = e.code === 'ENOENT' ? 'not found' : 'not executable (permission denied)';
                rej(new errors/* UsageError */.eb(`${options.what ?? 'training command'} "${program}" ${why}`, {
                    hint: e.code === 'ENOENT'
                        ? 'install it or put it on PATH (set it up in an earlier step), or give its path, e.g. ./train.sh'
                        : `make it executable (chmod +x ${program}) or run it through its interpreter`,
                }));
            }
            else {
                rej(e);
            }
        });
        child.once('close', (code, signal) => {
            if (settled)
                return;
            settled = true;
            const pid = child.pid;
            // The command has exited; what it started may not have. Once we stopped it, we return only
            // when its whole group is gone, so nothing writes an output after mlops has reported.
            const gone = stoppedBy === null || pid === undefined || !OWN_PROCESS_GROUP
                ? Promise.resolve()
                : waitForGroupGone(pid, () => graceDeadline, kill, () => killed);
            void gone.catch(() => undefined).then(() => res({ exitCode: code, signal }));
        });
    });
    let result;
    try {
        result = await done;
    }
    finally {
        for (const t of timers)
            clearTimeout(t);
        for (const [signal, listener] of listeners)
            signals.off(signal, listener);
        await new Promise((res) => log.end(() => res()));
    }
    const lines = tail.split(/\r?\n/);
    if (lines.at(-1) === '')
        lines.pop();
    return { ...result, tail: lines.slice(-(options.tailLines ?? 20)), stoppedBy, killed };
}
/** Polls until no live process is left in group `pgid`: SIGKILL at the grace deadline, then a bounded wait. */
async function waitForGroupGone(pgid, graceDeadline, kill, killed) {
    let killDeadline = Infinity;
    while (processGroupAlive(pgid)) {
        const now = Date.now();
        if (!killed() && now >= graceDeadline())
            kill();
        if (killed() && killDeadline === Infinity)
            killDeadline = now + KILL_WAIT_MS;
        if (now >= killDeadline)
            return; // SIGKILL cannot be caught; what is left cannot run another line
        await new Promise((r) => setTimeout(r, POLL_MS));
    }
}


/***/ }),

/***/ 9308:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  train: () => (/* binding */ train)
});

// UNUSED EXPORTS: DEFAULT_LOG_OUT, DEFAULT_RUN_OUT, FIRST_RUN_DIR, MAX_SEED, WITHHELD_VARIABLES, childEnvironment, differingOutputs

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/runtime/atomic-write.ts
var atomic_write = __webpack_require__(3196);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
// EXTERNAL MODULE: ../../../../shared/model/train/command.ts + 1 modules
var train_command = __webpack_require__(7935);
// EXTERNAL MODULE: ../../../../shared/formats/run-format.ts + 1 modules
var run_format = __webpack_require__(3863);
// EXTERNAL MODULE: ../../../../shared/model/train/declared-files.ts
var declared_files = __webpack_require__(8579);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ../../../../shared/model/train/environment.ts
/**
 * What the run cache must see change: the toolchains the command would run with and the lockfiles
 * that pin its libraries. DVC's run cache keys on the command, params and dependencies only, so a
 * new numpy or Python can silently reuse an old model; ours does not (docs/train.md).
 */




const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
/** Lockfiles looked for at the top of the working directory. */
const LOCKFILES = ['package-lock.json', 'poetry.lock', 'uv.lock', 'Pipfile.lock'];
const REQUIREMENTS = /^requirements.*\.txt$/;
/** Runs `program args` (no shell) and returns its trimmed stdout+stderr, or null if it fails. */
async function versionOf(program, args, env) {
    try {
        const { stdout, stderr } = await run(program, args, { env, timeout: 10_000, windowsHide: true });
        const text = `${stdout}${stderr}`.trim();
        return text === '' ? null : text;
    }
    catch {
        return null;
    }
}
async function environmentFingerprint(cwd, env = process.env) {
    const names = (await (0,promises_.readdir)(cwd).catch(() => []))
        .filter((n) => LOCKFILES.includes(n) || REQUIREMENTS.test(n))
        .sort();
    const present = [];
    for (const n of names)
        if (await (0,declared_files/* isFile */.fo)(`${cwd}/${n}`))
            present.push(n);
    const [node, python] = await Promise.all([
        versionOf('node', ['--version'], env),
        versionOf('python3', ['--version'], env).then((v) => v?.replace(/^Python\s+/i, '') ?? null),
    ]);
    return {
        platform: process.platform,
        arch: process.arch,
        node,
        python,
        image: env.ImageOS ?? null,
        lockfiles: await (0,declared_files/* digestFiles */.Eh)(present, cwd),
    };
}
/** `GITHUB_SHA` on a runner, else `git rev-parse HEAD` (execFile, no shell), else null. */
async function gitCommit(cwd, env = process.env) {
    if (env.GITHUB_SHA && /^[0-9a-f]{40,64}$/i.test(env.GITHUB_SHA))
        return env.GITHUB_SHA.toLowerCase();
    try {
        const { stdout } = await run('git', ['rev-parse', 'HEAD'], { cwd, env, timeout: 10_000, windowsHide: true });
        const sha = stdout.trim();
        return /^[0-9a-f]{40,64}$/.test(sha) ? sha : null;
    }
    catch {
        return null;
    }
}

// EXTERNAL MODULE: ../../../../shared/model/train/params.ts + 1 modules
var train_params = __webpack_require__(7622);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ../../../../shared/model/train/run-cache-key.ts
/**
 * The run cache key: SHA-256 over everything that decides what the command produces as far as we
 * can see it: the command, params, seed, the contents of the declared inputs, the declared output
 * globs and the environment fingerprint. Canonical JSON (keys sorted at every depth) so the key does
 * not depend on the order params were written in.
 *
 * Format `mlops-train-<model>-<64 hex>`: within @actions/cache's limits (at most 512 characters,
 * no commas), and a folder name on every OS.
 */


/** Bump when what goes into the key changes, so old entries are not reused under new meaning. */
const RUN_CACHE_KEY_VERSION = 1;
/** Model names: a cache key part, a folder name and a file name; no commas (@actions/cache), no separators. */
const MODEL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$/;
function checkModelName(model) {
    if (!MODEL_NAME.test(model)) {
        throw new errors/* UsageError */.eb(`model name ${JSON.stringify(model)} is not allowed`, {
            hint: 'use 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit',
        });
    }
    return model;
}
/** JSON with object keys sorted at every depth. */
function canonicalJson(value) {
    return JSON.stringify(value, (_k, v) => {
        if (typeof v !== 'object' || v === null || Array.isArray(v))
            return v;
        return Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    });
}
function runCacheKey(parts) {
    const material = canonicalJson({
        v: RUN_CACHE_KEY_VERSION,
        model: parts.model,
        argv: parts.command.argv,
        params: parts.params,
        seed: parts.seed,
        // Paths and contents: renaming an input is a different run too.
        inputs: parts.inputs.map((f) => [f.path, f.sha256]),
        outputs: parts.outputs,
        environment: parts.environment,
    });
    const key = `mlops-train-${checkModelName(parts.model)}-${(0,external_node_crypto_.createHash)('sha256').update(material).digest('hex')}`;
    return key;
}

// EXTERNAL MODULE: ../../../../shared/model/train/timeout.ts
var timeout = __webpack_require__(8536);
;// CONCATENATED MODULE: ../../../../shared/model/train/train-errors.ts

/**
 * The training ran and did not do its job: the command failed, or it succeeded without writing a
 * declared output. Exit code 1, like a failed check; bad usage (a command that does not exist, a
 * bad params file) is a UsageError/InputError with exit code 2 instead.
 */
class TrainingFailedError extends errors/* MlopsError */.IC {
    exitCode = errors/* EXIT_CHECK_FAILED */.Gh;
}
/**
 * mlops was interrupted (SIGINT, SIGTERM, SIGHUP) while the training command ran; the command's
 * whole process group was stopped first. Exit code 128 + the signal's number (130, 143, 129), as a
 * shell reports a process that signal ended, so a caller's `$?` reads the same as before.
 */
class TrainingInterruptedError extends errors/* MlopsError */.IC {
    exitCode;
    constructor(message, exitCode) {
        super(message);
        this.exitCode = exitCode;
    }
}

;// CONCATENATED MODULE: ../../../../shared/model/train/defaults.ts
/**
 * Where train writes when not told: in a module of their own, so that the CLI's `mlops train` usage
 * text can name them without loading the step (yaml, zod, tinyglobby) at every `mlops` start (issue 18).
 */
const DEFAULT_RUN_OUT = 'mlops-out/run.json';
const DEFAULT_LOG_OUT = 'mlops-out/train.log';
/** The local run cache's folder (shared/local/local-run-cache.ts). */
const DEFAULT_CACHE_DIR = '.mlops/cache';

;// CONCATENATED MODULE: ../../../../shared/steps/train.ts
/**
 * The train step: run the team's own training command reproducibly, with a content-addressed run
 * cache. One operation, three faces (actions/train/src/main.ts, `mlops train`, the tests).
 *
 *  1. read params (file, then overrides), digest the declared inputs, fingerprint the environment;
 *  2. key = SHA-256 over all of that and the command (run-cache-key.ts);
 *  3. a cache hit restores the declared outputs and skips the command;
 *  4. otherwise run the command (no shell unless one is named) with the params as a JSON file in
 *     MLOPS_PARAMS_FILE and the seed in MLOPS_SEED, streaming its output live and into the log;
 *     a signal to mlops or the time limit stops the command's whole process group (command.ts),
 *     fails the run and caches nothing;
 *  5. check that every declared output exists, digest them, write the run record, and cache the
 *     run if (and only if) it succeeded.
 *
 * With `checkDeterminism`, step 4 happens twice: the first run's outputs are moved aside, the same
 * command runs again with the same environment and params file, and both runs' output digests are
 * compared. Outputs that differ fail the run (nothing cached); the record's `determinism` says so.
 */
















/** Beside the run record: where a failed determinism check leaves the first run's outputs. */
const FIRST_RUN_DIR = 'determinism-first-run';
const MAX_SEED = 2 ** 32 - 1;
/**
 * Variables the command does not get. A node action receives the runner's cache and OIDC tokens;
 * a `run:` step does not, and neither does the training command, which may be code from a pull
 * request: with ACTIONS_RUNTIME_TOKEN it could write poisoned entries into the repository's cache.
 * INPUT_* and GITHUB_STATE belong to this step.
 */
const WITHHELD_VARIABLES = [
    'ACTIONS_RUNTIME_TOKEN',
    'ACTIONS_RUNTIME_URL',
    'ACTIONS_CACHE_URL',
    'ACTIONS_RESULTS_URL',
    'ACTIONS_ID_TOKEN_REQUEST_TOKEN',
    'ACTIONS_ID_TOKEN_REQUEST_URL',
    'GITHUB_STATE',
];
function childEnvironment(base) {
    const env = {};
    for (const [k, v] of Object.entries(base)) {
        if (v === undefined || k.startsWith('INPUT_') || WITHHELD_VARIABLES.includes(k))
            continue;
        env[k] = v;
    }
    return env;
}
function checkSeed(seed) {
    if (!Number.isInteger(seed) || seed < 0 || seed > MAX_SEED) {
        throw new errors/* UsageError */.eb(`seed must be an integer from 0 to ${MAX_SEED} (got ${seed})`);
    }
    return seed;
}
/** Workspace-relative with forward slashes (for records and globs); absolute paths outside stay absolute. */
function relativeTo(cwd, path) {
    const rel = (0,external_node_path_.relative)(cwd, path);
    if (rel === '' || rel.startsWith('..') || (0,external_node_path_.isAbsolute)(rel))
        return path.split(external_node_path_.sep).join('/');
    return rel.split(external_node_path_.sep).join('/');
}
/** Paths whose digests differ between two runs, or that only one run wrote; sorted. */
function differingOutputs(first, second) {
    const a = new Map(first.map((f) => [f.path, f.sha256]));
    const b = new Map(second.map((f) => [f.path, f.sha256]));
    const paths = new Set([...a.keys(), ...b.keys()]);
    return [...paths].filter((p) => a.get(p) !== b.get(p)).sort();
}
/** Rename, or copy and remove when the scratch folder is on another file system. */
async function moveFile(from, to) {
    await (0,promises_.mkdir)((0,external_node_path_.dirname)(to), { recursive: true });
    try {
        await (0,promises_.rename)(from, to);
    }
    catch (e) {
        if (e.code !== 'EXDEV')
            throw e;
        await (0,promises_.copyFile)(from, to);
        await (0,promises_.rm)(from, { force: true });
    }
}
function withoutOriginal(record) {
    const { original: _drop, ...rest } = record;
    return rest;
}
async function train(options, ports) {
    const cwd = (0,external_node_path_.resolve)(options.cwd ?? process.cwd());
    const baseEnv = options.env ?? process.env;
    const clock = ports.clock ?? (() => new Date());
    const model = checkModelName(options.model);
    const command = (0,train_command/* resolveCommand */.OK)(options.command);
    const seed = checkSeed(options.seed ?? 0);
    const inputGlobs = [...(options.inputs ?? [])];
    const outputGlobs = [...(options.outputs ?? [])];
    (0,declared_files/* checkGlobs */.EQ)(inputGlobs, 'inputs');
    (0,declared_files/* checkGlobs */.EQ)(outputGlobs, 'outputs');
    const runPath = (0,external_node_path_.resolve)(cwd, options.runOut ?? DEFAULT_RUN_OUT);
    const logPath = (0,external_node_path_.resolve)(cwd, options.logOut ?? DEFAULT_LOG_OUT);
    const logRel = relativeTo(cwd, logPath);
    const firstRunDir = (0,external_node_path_.join)((0,external_node_path_.dirname)(runPath), FIRST_RUN_DIR);
    const firstRunRel = relativeTo(cwd, firstRunDir);
    // Our own files are never inputs or outputs, or every run would change its own key.
    const exclude = [relativeTo(cwd, runPath), logRel, ...(options.checkDeterminism ? [`${firstRunRel}/**`] : []), ...(options.exclude ?? [])].filter((p) => !(0,external_node_path_.isAbsolute)(p));
    const started = clock();
    const params = (0,train_params/* mergeParams */.r9)(options.paramsFile ? await (0,train_params/* loadParamsFile */.BS)((0,external_node_path_.resolve)(cwd, options.paramsFile)) : {}, options.params ?? {});
    const inputs = await (0,declared_files/* digestDeclaredInputs */.OB)(inputGlobs, { cwd, ignore: exclude });
    const [environment, commit] = await Promise.all([
        (ports.environment ?? environmentFingerprint)(cwd, baseEnv),
        (ports.gitCommit ?? gitCommit)(cwd, baseEnv),
    ]);
    const cacheKey = runCacheKey({ model, command, params, seed, inputs, outputs: outputGlobs, environment });
    let cache = ports.cache;
    if (cache && outputGlobs.length === 0) {
        ports.log.info('run cache off: no outputs declared, so a cache hit would have nothing to restore');
        cache = undefined;
    }
    const base = {
        schema: run_format/* RUN_SCHEMA */.EJ,
        model,
        cache_key: cacheKey,
        command,
        params,
        seed,
        declared: { inputs: inputGlobs, outputs: outputGlobs },
        inputs,
        environment,
        git: { commit },
        log: logRel,
    };
    const finish = (ended) => ({ started_at: started.toISOString(), ended_at: ended.toISOString(), duration_ms: Math.max(0, ended.getTime() - started.getTime()) });
    if (cache) {
        const original = await cache.restore(cacheKey, cwd);
        if (original) {
            const record = {
                ...base,
                status: 'succeeded',
                cache: 'hit',
                outputs: original.outputs,
                ...finish(clock()),
                exit_code: null,
                signal: null,
                original: withoutOriginal(original),
            };
            const note = `run cache hit (${cache.description}): ${cacheKey}\nrestored ${original.outputs.length} output file(s) of the run that started ${original.started_at}${original.git.commit ? ` at commit ${original.git.commit}` : ''}; the command did not run\n`;
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(logPath), { recursive: true });
            await (0,promises_.writeFile)(logPath, note);
            ports.log.info(note.trimEnd());
            if (options.checkDeterminism && !original.determinism) {
                ports.log.warn('check-determinism: the cached run was not checked for determinism and the command did not run now; run without the cache (--no-cache, cache: off) to check it');
            }
            await (0,atomic_write/* writeJsonAtomic */.ZJ)(runPath, record);
            return { record, runPath, logPath, cacheKey, cacheHit: true };
        }
    }
    const paramsDir = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_os_.tmpdir)(), 'mlops-train-'));
    try {
        const paramsFile = (0,external_node_path_.join)(paramsDir, 'params.json');
        await (0,promises_.writeFile)(paramsFile, `${JSON.stringify(params, null, 2)}\n`);
        const env = { ...childEnvironment(baseEnv), MLOPS_PARAMS_FILE: paramsFile, MLOPS_SEED: String(seed), MLOPS_MODEL: model };
        const execute = (second) => (0,train_command/* runCommand */.d1)(command.argv, {
            cwd, env, logPath, appendLog: second, stdout: ports.stdout, stderr: ports.stderr,
            timeoutMs: options.timeoutMs, graceMs: options.stopGraceMs, signals: ports.signals,
        });
        ports.log.info(`running ${(0,run_format/* describeCommand */.vL)(command)}`);
        let result = await execute(false);
        const failed = async (error, outputs, determinism) => {
            const record = { ...base, status: 'failed', cache: cache ? 'miss' : 'off', outputs, ...finish(clock()), exit_code: result.exitCode, signal: result.signal, error: error.split('\n')[0], ...(determinism ? { determinism } : {}) };
            await (0,atomic_write/* writeJsonAtomic */.ZJ)(runPath, record);
            throw new TrainingFailedError(error);
        };
        /** Fails the run unless the command exited 0; `which` names the run of a determinism check. */
        const checkExit = async (which) => {
            if (result.stoppedBy !== null) {
                // Stopped by us: whatever it exited with, its outputs may be half-written, so nothing is cached.
                const how = `${result.killed ? 'killed (SIGKILL) with every process it started' : 'stopped with every process it started'}`;
                if (result.stoppedBy === 'timeout') {
                    const limit = (0,timeout/* formatDuration */.a3)(options.timeoutMs);
                    await (0,promises_.appendFile)(logPath, `\nmlops: the training command${which} ran past its time limit (${limit}) and was ${how}; nothing was cached\n`);
                    return failed(`training command${which} ran past its time limit of ${limit} and was ${how}; nothing was cached: ${(0,run_format/* describeCommand */.vL)(command)} (raise the limit, or make the run shorter)`, []);
                }
                const message = `interrupted by ${result.stoppedBy}: the training command${which} was ${how}; nothing was cached`;
                await (0,promises_.appendFile)(logPath, `\nmlops: ${message}\n`);
                const record = { ...base, status: 'failed', cache: cache ? 'miss' : 'off', outputs: [], ...finish(clock()), exit_code: result.exitCode, signal: result.signal, error: message };
                await (0,atomic_write/* writeJsonAtomic */.ZJ)(runPath, record);
                throw new TrainingInterruptedError(message, (0,train_command/* exitCodeForSignal */.XG)(result.stoppedBy));
            }
            if (result.exitCode !== 0) {
                const how = result.signal ? `was killed by ${result.signal}` : `exited with code ${result.exitCode}`;
                const hint127 = result.exitCode === 127 && command.shell ? ' (127: the shell could not find a command in the script)' : '';
                const tail = result.tail.length > 0 ? `\nlast ${result.tail.length} lines of ${logRel}:\n${result.tail.map((l) => `  ${l}`).join('\n')}` : `\n(${logRel} is empty)`;
                await (0,promises_.appendFile)(logPath, `\nmlops: the training command${which} ${how}; nothing was cached\n`);
                return failed(`training command${which} ${how}${hint127}: ${(0,run_format/* describeCommand */.vL)(command)}${tail}`, []);
            }
        };
        /** The declared outputs after a successful run, digested; a glob matching nothing fails the run. */
        const collectOutputs = async (which) => {
            const { files, unmatched } = await (0,declared_files/* matchGlobs */.jv)(outputGlobs, { cwd, ignore: exclude });
            const outputs = await (0,declared_files/* digestFiles */.Eh)(files, cwd);
            if (unmatched.length > 0) {
                return failed(`the training command${which} succeeded but declared output ${unmatched.map((g) => `"${g}"`).join(', ')} matched no file under ${cwd}; nothing was cached (check the glob, or where the command writes)`, outputs);
            }
            return { files, outputs };
        };
        await checkExit('');
        let { files, outputs } = await collectOutputs('');
        let determinism;
        if (options.checkDeterminism) {
            // The second run starts where the first did, without the first run's outputs (a command that
            // skips work when its outputs exist would otherwise compare a file with itself). They wait in a
            // hidden scratch folder beside the run record, kept as FIRST_RUN_DIR when the check fails.
            const first = outputs;
            await (0,promises_.mkdir)((0,external_node_path_.dirname)(runPath), { recursive: true });
            const scratch = await (0,promises_.mkdtemp)((0,external_node_path_.join)((0,external_node_path_.dirname)(runPath), '.mlops-first-run-'));
            let identical = false;
            try {
                for (const f of files)
                    await moveFile((0,external_node_path_.join)(cwd, f), (0,external_node_path_.join)(scratch, f));
                const note = `check-determinism: the first run wrote ${first.length} output file(s); they were moved aside and the command runs a second time`;
                ports.log.info(note);
                await (0,promises_.appendFile)(logPath, `\nmlops: ${note}\n`);
                result = await execute(true);
                await checkExit(' (second run of check-determinism)');
                ({ files, outputs } = await collectOutputs(' (second run of check-determinism)'));
                const differing = differingOutputs(first, outputs);
                identical = differing.length === 0;
                determinism = { runs: 2, identical, differing };
                if (!identical) {
                    const digest = (list, path) => {
                        const d = list.find((f) => f.path === path);
                        return d ? `sha256 ${d.sha256} (${d.bytes} bytes)` : 'not written';
                    };
                    const lines = differing.map((p) => `  ${p}: first run ${digest(first, p)}, second run ${digest(outputs, p)}`).join('\n');
                    await (0,promises_.appendFile)(logPath, `\nmlops: check-determinism: ${differing.length} output file(s) differ between the two runs; nothing was cached\n${lines}\n`);
                    return await failed(`check-determinism: two runs of the same command wrote different outputs (${differing.join(', ')}); nothing was cached. The second run's files are in place and the first run's in ${firstRunRel}/ to compare; seed every library from MLOPS_SEED and turn off nondeterministic algorithms (docs/train.md)\n${lines}`, outputs, determinism);
                }
                ports.log.info(`check-determinism: both runs wrote byte-identical outputs (${outputs.length} file(s))`);
                await (0,promises_.appendFile)(logPath, `\nmlops: check-determinism: both runs wrote byte-identical outputs (${outputs.length} file(s))\n`);
            }
            finally {
                if (identical) {
                    // The first run's copies, and those an earlier failed check left, are not needed any more.
                    await (0,promises_.rm)(scratch, { recursive: true, force: true });
                    await (0,promises_.rm)(firstRunDir, { recursive: true, force: true });
                }
                else {
                    await (0,promises_.rm)(firstRunDir, { recursive: true, force: true });
                    await (0,promises_.rename)(scratch, firstRunDir);
                }
            }
        }
        const record = { ...base, status: 'succeeded', cache: cache ? 'miss' : 'off', outputs, ...finish(clock()), exit_code: 0, signal: null, ...(determinism ? { determinism } : {}) };
        await (0,atomic_write/* writeJsonAtomic */.ZJ)(runPath, record);
        let saved;
        if (cache) {
            saved = await cache.save(cacheKey, { cwd, files, record });
            if (saved === 'saved')
                ports.log.info(`run cache: saved ${cacheKey} (${cache.description})`);
            else if (saved === 'exists')
                ports.log.info(`run cache: ${cacheKey} was already saved (by a concurrent run); kept the existing entry`);
        }
        return { record, runPath, logPath, cacheKey, cacheHit: false, saved };
    }
    finally {
        await (0,promises_.rm)(paramsDir, { recursive: true, force: true });
    }
}


/***/ })

};
