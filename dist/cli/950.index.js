export const id = 950;
export const ids = [950,8579,4650];
export const modules = {

/***/ 7935:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  XG: () => (/* binding */ exitCodeForSignal),
  OK: () => (/* binding */ resolveCommand),
  d1: () => (/* binding */ runCommand)
});

// UNUSED EXPORTS: DEFAULT_STOP_GRACE_MS, SHELLS, STOP_SIGNALS, parseCommandList

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
    const doc = parseDocument(text, { schema: 'failsafe', prettyErrors: false });
    const value = doc.errors.length > 0 ? undefined : doc.toJS();
    if (!Array.isArray(value) || value.length === 0 || !value.every((v) => typeof v === 'string')) {
        throw new UsageError(`input "${input}" must be the command as a list of arguments, e.g. [python, train.py, --epochs, "3"]`, {
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

/***/ 8579:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EQ: () => (/* binding */ checkGlobs),
/* harmony export */   Eh: () => (/* binding */ digestFiles),
/* harmony export */   OB: () => (/* binding */ digestDeclaredInputs),
/* harmony export */   TM: () => (/* binding */ digestFile),
/* harmony export */   fo: () => (/* binding */ isFile),
/* harmony export */   jv: () => (/* binding */ matchGlobs),
/* harmony export */   splitGlobList: () => (/* binding */ splitGlobList)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var tinyglobby__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(44);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(9980);
/**
 * Declared inputs and outputs: glob lists as users write them in an action input (one per line, or
 * comma-separated), matched under the working directory and digested with SHA-256.
 */






/**
 * Splits a glob list on newlines and on commas outside braces, so `{train,test}/*.csv` stays one
 * glob. Blank items and `#` comment lines are dropped.
 */
function splitGlobList(text) {
    if (!text)
        return [];
    const out = [];
    for (const line of text.split(/\r?\n/)) {
        if (line.trim().startsWith('#'))
            continue;
        let depth = 0;
        let cur = '';
        for (const ch of line) {
            if (ch === '{')
                depth++;
            else if (ch === '}')
                depth = Math.max(0, depth - 1);
            if (ch === ',' && depth === 0) {
                out.push(cur);
                cur = '';
            }
            else {
                cur += ch;
            }
        }
        out.push(cur);
    }
    return out.map((g) => g.trim()).filter((g) => g !== '');
}
/** Globs stay inside the working directory: outputs are restored there from the cache. */
function checkGlobs(globs, what) {
    for (const g of globs) {
        const body = g.startsWith('!') ? g.slice(1) : g;
        if ((0,node_path__WEBPACK_IMPORTED_MODULE_3__.isAbsolute)(body) || /^[A-Za-z]:/.test(body) || body.split(/[\\/]/).includes('..')) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .UsageError */ .eb(`${what} glob "${g}" leaves the working directory`, { hint: 'use a path relative to the working directory, without ".."' });
        }
    }
}
/**
 * Files matched by each glob (a directory matches everything under it; `!glob` excludes), sorted
 * and without duplicates. `unmatched` lists the positive globs that matched no file.
 */
async function matchGlobs(globs, options) {
    const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
    const ignore = [...negative, ...(options.ignore ?? [])];
    const files = new Set();
    const unmatched = [];
    for (const g of globs.filter((g) => !g.startsWith('!'))) {
        const found = await (0,tinyglobby__WEBPACK_IMPORTED_MODULE_5__.glob)([g], { cwd: options.cwd, ignore, onlyFiles: true, dot: false, followSymbolicLinks: true });
        if (found.length === 0)
            unmatched.push(g);
        for (const f of found)
            files.add(f.split('\\').join('/'));
    }
    return { files: [...files].sort(), unmatched };
}
async function digestFile(path) {
    const hash = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256');
    let bytes = 0;
    for await (const chunk of (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(path)) {
        hash.update(chunk);
        bytes += chunk.length;
    }
    return { sha256: hash.digest('hex'), bytes };
}
async function digestFiles(files, cwd) {
    const out = [];
    for (const path of files)
        out.push({ path, ...(await digestFile((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(cwd, path))) });
    return out;
}
/** Digests of the declared inputs; a glob that matches nothing is an InputError (a typo, most often). */
async function digestDeclaredInputs(globs, options) {
    const { files, unmatched } = await matchGlobs(globs, options);
    if (unmatched.length > 0) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_4__/* .InputError */ .dz(`declared input ${unmatched.map((g) => `"${g}"`).join(', ')} matched no file`, {
            hint: `globs are matched under ${options.cwd}; fix the glob or remove it from inputs`,
        });
    }
    return digestFiles(files, options.cwd);
}
async function isFile(path) {
    return (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)(path).then((s) => s.isFile(), () => false);
}


/***/ }),

/***/ 4650:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ environmentFingerprint),
/* harmony export */   gitCommit: () => (/* binding */ gitCommit)
/* harmony export */ });
/* unused harmony export LOCKFILES */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var _declared_files_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8579);
/**
 * What the run cache must see change: the toolchains the command would run with and the lockfiles
 * that pin its libraries. DVC's run cache keys on the command, params and dependencies only, so a
 * new numpy or Python can silently reuse an old model; ours does not (docs/train.md).
 */




const run = (0,node_util__WEBPACK_IMPORTED_MODULE_2__.promisify)(node_child_process__WEBPACK_IMPORTED_MODULE_0__.execFile);
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
    const names = (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_1__.readdir)(cwd).catch(() => []))
        .filter((n) => LOCKFILES.includes(n) || REQUIREMENTS.test(n))
        .sort();
    const present = [];
    for (const n of names)
        if (await (0,_declared_files_js__WEBPACK_IMPORTED_MODULE_3__/* .isFile */ .fo)(`${cwd}/${n}`))
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
        lockfiles: await (0,_declared_files_js__WEBPACK_IMPORTED_MODULE_3__/* .digestFiles */ .Eh)(present, cwd),
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


/***/ }),

/***/ 605:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BS: () => (/* binding */ loadParamsFile),
/* harmony export */   paramsFromAssignments: () => (/* binding */ paramsFromAssignments),
/* harmony export */   r9: () => (/* binding */ mergeParams)
/* harmony export */ });
/* unused harmony exports parseParamsText, parseParamsJson */
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9171);
/* harmony import */ var _runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1576);
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9980);
/**
 * Training parameters: a params file (YAML or JSON), then the `params` input (YAML/JSON text), then
 * `--set key.path=value` on the command line, each merged over the one before. Mappings merge key
 * by key at every depth; any other value (a list, a number) replaces what was there, as in Hydra
 * and DVC's `params.yaml` overrides.
 */




function isPlainObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
/**
 * Parses YAML or JSON text (JSON is YAML 1.2) into a mapping. `source` names the file or input in
 * messages; a syntax error or a non-mapping top level is an InputError at its line and column.
 */
function parseParamsText(text, source) {
    const lineCounter = new yaml__WEBPACK_IMPORTED_MODULE_1__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const where = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return { file: source, line, column: col };
    };
    if (doc.errors.length > 0) {
        const err = doc.errors[0];
        const first = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`invalid params (YAML/JSON): ${first}`, { location: where(err.pos[0]), hint: 'check indentation, quoting and brackets near this position' });
    }
    let value;
    try {
        value = doc.toJS({ maxAliasCount: 100 });
    }
    catch (e) {
        // The yaml library's guard against alias bombs (a billion laughs): bad input, not our bug.
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`invalid params (YAML): ${e.message}`, { location: { file: source }, hint: 'expand the aliases (*name) by hand: at most 100 are followed' });
    }
    if (value === null || value === undefined)
        return {};
    refuseReservedKey(value, source);
    if (!isPlainObject(value)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`params must be a mapping of names to values, got ${Array.isArray(value) ? 'a list' : typeof value}`, {
            location: where(doc.contents?.range?.[0] ?? 0),
            hint: 'write e.g. "lr: 0.01" or {"lr": 0.01}',
        });
    }
    return value;
}
async function loadParamsFile(path) {
    let text;
    try {
        text = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.readFile)(path, 'utf8');
    }
    catch (e) {
        const code = e.code;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`cannot read params file: ${code === 'ENOENT' ? 'no such file' : e.message}`, {
            location: { file: path },
            hint: 'check the path (relative to the working directory)',
        });
    }
    return /\.json$/i.test(path) ? parseParamsJson(text, path) : parseParamsText(text, path);
}
/** Line and column (1-based) of a character offset. */
function lineColumn(text, offset) {
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: before.at(-1).length + 1 };
}
/**
 * A .json params file is read as JSON, not YAML: JSON.parse points at the token that is wrong
 * (where a comma is missing), where a YAML reader would point at the line before.
 */
function parseParamsJson(text, source) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch (e) {
        const msg = e.message;
        const pos = /at position (\d+)/.exec(msg);
        const where = pos ? lineColumn(text, Number(pos[1])) : undefined;
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`invalid params (JSON): ${msg.replace(/ in JSON at position \d+.*$/, '')}`, {
            location: { file: source, ...where },
            hint: 'check commas, quotes and brackets near this position',
        });
    }
    if (value === null)
        return {};
    refuseReservedKey(value, source);
    if (!isPlainObject(value)) {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`params must be a JSON object of names to values, got ${Array.isArray(value) ? 'an array' : typeof value}`, {
            location: { file: source, line: 1, column: 1 },
            hint: 'write e.g. {"lr": 0.01}',
        });
    }
    return value;
}
/** `over` merged into `base`: mappings key by key at every depth, anything else replaced. */
function mergeParams(base, over) {
    const out = { ...base };
    for (const [k, v] of Object.entries(over)) {
        const prev = out[k];
        out[k] = isPlainObject(prev) && isPlainObject(v) ? mergeParams(prev, v) : v;
    }
    return out;
}
/**
 * `key.path=value` assignments (the CLI's `--set`) as a params mapping. The value is read as a YAML
 * flow value, so `lr=0.01` is a number, `layers=[64,32]` a list and `name=resnet` a string; quote
 * to force a string (`tag='0.10'`).
 */
function paramsFromAssignments(assignments) {
    let out = {};
    for (const a of assignments) {
        const eq = a.indexOf('=');
        const key = eq > 0 ? a.slice(0, eq) : '';
        const path = key.split('.');
        if (eq <= 0 || path.some((p) => p === '')) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--set expects key=value with a dotted key (got ${JSON.stringify(a)})`, { hint: 'e.g. --set optimizer.lr=0.01' });
        }
        if (path.includes(_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .RESERVED_KEY */ .TF))
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--set ${key}: "${_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .RESERVED_KEY */ .TF}" cannot be a params name (JavaScript reserves it for an object's prototype)`, { hint: 'rename the parameter' });
        const raw = a.slice(eq + 1);
        let value;
        try {
            value = raw === '' ? '' : parseParamsValue(raw);
        }
        catch (e) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .UsageError */ .eb(`--set ${key}: ${e.message}`, { hint: "quote the value to pass it as a string: --set key='...'" });
        }
        let nested = value;
        for (const p of [...path].reverse())
            nested = { [p]: nested };
        out = mergeParams(out, nested);
    }
    return out;
}
function parseParamsValue(raw) {
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_1__/* .parseDocument */ .Tp)(raw, { prettyErrors: false });
    if (doc.errors.length > 0)
        throw new Error(`invalid value ${JSON.stringify(raw)}: ${doc.errors[0].message.split('\n')[0]}`);
    return doc.toJS({ maxAliasCount: 0 });
}
/**
 * Params travel as plain objects (merged, hashed into the run cache key, written as JSON for the
 * training command), where an assignment to `__proto__` would silently drop the key: refuse it.
 */
function refuseReservedKey(value, source, path = []) {
    if (value === null || typeof value !== 'object')
        return;
    for (const [k, v] of Object.entries(value)) {
        if (k === _runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .RESERVED_KEY */ .TF) {
            throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .InputError */ .dz(`"${_runtime_yaml_source_js__WEBPACK_IMPORTED_MODULE_2__/* .RESERVED_KEY */ .TF}" cannot be a params name (JavaScript reserves it for an object's prototype)`, { location: { file: source }, hint: `rename ${[...path, k].join('.')}` });
        }
        refuseReservedKey(v, source, [...path, k]);
    }
}


/***/ }),

/***/ 3273:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ TrainingFailedError),
/* harmony export */   t: () => (/* binding */ TrainingInterruptedError)
/* harmony export */ });
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);

/**
 * The training ran and did not do its job: the command failed, or it succeeded without writing a
 * declared output. Exit code 1, like a failed check; bad usage (a command that does not exist, a
 * bad params file) is a UsageError/InputError with exit code 2 instead.
 */
class TrainingFailedError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    exitCode = _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .EXIT_CHECK_FAILED */ .Gh;
}
/**
 * mlops was interrupted (SIGINT, SIGTERM, SIGHUP) while the training command ran; the command's
 * whole process group was stopped first. Exit code 128 + the signal's number (130, 143, 129), as a
 * shell reports a process that signal ended, so a caller's `$?` reads the same as before.
 */
class TrainingInterruptedError extends _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .MlopsError */ .IC {
    exitCode;
    constructor(message, exitCode) {
        super(message);
        this.exitCode = exitCode;
    }
}


/***/ }),

/***/ 3196:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NF: () => (/* binding */ outputWriteError),
/* harmony export */   UY: () => (/* binding */ resolveOutputFolder),
/* harmony export */   W2: () => (/* binding */ commitTempFile),
/* harmony export */   ZJ: () => (/* binding */ writeJsonAtomic),
/* harmony export */   Zf: () => (/* binding */ writeFileAtomic),
/* harmony export */   bd: () => (/* binding */ outputTempPath),
/* harmony export */   rA: () => (/* binding */ resolveOutputTarget)
/* harmony export */ });
/* unused harmony export sweepOutputTemps */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6466);
/* harmony import */ var node_stream_promises__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_stream_promises__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(9980);
/* harmony import */ var _signal_cleanup_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(2946);
/* harmony import */ var _stale_temps_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8076);
/**
 * No half-written output, ever, and never a replaced link or device: the one way every output
 * file is written.
 *
 * A regular file (or a new one) is written to a temporary file beside it, flushed, then renamed
 * over it: rename(2) within one directory is atomic on POSIX and replaces the target on Windows
 * too, so a reader sees either the old file or the whole new one. A symbolic link is followed to
 * the file it names and that file is replaced the same way (the link stays a link). A device or a
 * FIFO (`/dev/stdout`, `/dev/full`, a named pipe) is written directly: renaming over it would
 * replace the node itself. What cannot be written safely (a folder, a socket, a link into a folder
 * that does not exist, a loop of links) is refused with a message, and a failed write (ENOSPC,
 * EACCES, a read-only file system) is an InputError that names the path: exit 2, not a stack.
 *
 * A file with other hard links is replaced too, never written in place: the path gets the new
 * content and the other names keep the old one, with a warning. Writing in place would lose the
 * all-or-nothing promise (a kill mid-write tears every name) and would silently change content
 * that tools keep by hard link on purpose: DVC's `cache.type: hardlink` objects, `cp -al` and
 * rsnapshot snapshots. Sharing an output under two names is what a symbolic link is for.
 *
 * The temp file's name carries the writer's pid and host tag, so the next write of the same output
 * removes what a killed writer left (stale-temps.ts): never a live writer's.
 */








/** Linux's own limit on links followed in one lookup (MAXSYMLINKS). */
const MAX_LINKS = 40;
const REASONS = {
    ENOSPC: 'no space left on device',
    EDQUOT: 'disk quota exceeded',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    EFBIG: 'file too large',
    EIO: 'input/output error',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EISDIR: 'it is a folder',
    EEXIST: 'a file is in the way of a folder on the path',
    ENAMETOOLONG: 'the name is too long',
    ENXIO: 'no process is reading the named pipe',
    EPIPE: 'the reader closed the pipe',
};
/** The error a user sees when `given` cannot be written: what, where, and what to do. */
function outputWriteError(given, e) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .isMlopsError */ .s8)(e))
        return e;
    const code = e?.code;
    if (typeof code !== 'string')
        return e instanceof Error ? e : new Error(String(e));
    const reason = REASONS[code] ?? e.message;
    return new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: ${reason} (${code})`, {
        hint: code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space or write the output elsewhere' : 'check the path and its permissions, or write the output elsewhere',
        cause: e,
    });
}
async function lstatOptional(path) {
    try {
        return await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
    }
    catch (e) {
        if (e.code === 'ENOENT')
            return undefined;
        throw e;
    }
}
/**
 * Follows `given` through symbolic links to the file an output should replace, and says what is
 * there. Refuses (InputError) a folder, a socket, a loop of links, and a dangling link whose folder
 * does not exist.
 */
async function resolveOutputTarget(given) {
    let path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(given);
    let viaLink = false;
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined) {
            if (viaLink && !(await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.stat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path)).then((d) => d.isDirectory(), () => false))) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a symbolic link to ${path}, whose folder ${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path)} does not exist`, {
                    hint: 'create that folder, point the link at a file in an existing folder, or write the output elsewhere',
                });
            }
            return { given, path, kind: 'missing', viaLink };
        }
        if (s.isSymbolicLink()) {
            if (hops >= MAX_LINKS)
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a file' });
            viaLink = true;
            path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(path));
            continue;
        }
        if (s.isDirectory()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a folder${viaLink ? ` (${path})` : ''}`, {
                hint: 'name a file to write, not a folder',
            });
        }
        if (s.isFile())
            return { given, path, kind: 'file', stats: s, viaLink };
        if (s.isSocket())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write ${given}: it is a socket`, { hint: 'name a file, a device or a named pipe' });
        // Character and block devices, FIFOs: written in place, never replaced.
        return { given, path, kind: 'device', stats: s, viaLink };
    }
}
/**
 * The folder an output folder should replace: `given` through its links (the link stays, its
 * folder is replaced). Refuses a file, a device or a socket where the folder should be.
 */
async function resolveOutputFolder(given) {
    let path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(given);
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined || s.isDirectory())
            return path;
        if (!s.isSymbolicLink()) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write folder ${given}: ${path} is ${s.isFile() ? 'a file' : 'not a folder'}`, {
                hint: 'name a folder (it is replaced whole), or move the file away',
            });
        }
        if (hops >= MAX_LINKS)
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_5__/* .InputError */ .dz(`cannot write folder ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a folder' });
        path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readlink)(path));
    }
}
/** What follows `.<name>.` in a temp of output `<name>`: pid, host tag, random part. */
const TEMP_TAIL = /^(\d+)\.([0-9a-f]{8})\.[0-9a-f]{12}\.tmp$/;
/** The same before the host tag (and validate's key files): judged by age and pid only. */
const UNTAGGED_TEMP_TAIL = /^(\d+)\.[0-9a-f]{12}\.tmp$/;
/**
 * A fresh temp path beside `path` for writing it: same folder, so the rename never crosses a file
 * system; dot-prefixed, so globs skip it; named for the output and the writer, so a later write of
 * the same output can tell a dead writer's leftover from a live one's.
 */
function outputTempPath(path) {
    return (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path), `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(path)}.${process.pid}.${(0,_stale_temps_js__WEBPACK_IMPORTED_MODULE_7__/* .hostTag */ .bf)()}.${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomBytes)(6).toString('hex')}.tmp`);
}
/**
 * Per folder, the names in it that may be output temps, listed once per process: a step writing
 * many outputs into a big folder would otherwise read it whole for each (10,000 entries: about
 * 6 ms of CPU a write). A temp a writer leaves after the listing is the next process's to sweep.
 */
const tempNamesByFolder = new Map();
function tempNamesIn(dir) {
    let names = tempNamesByFolder.get(dir);
    if (names === undefined) {
        names = (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).then((all) => all.filter((n) => n.startsWith('.') && n.endsWith('.tmp')), () => []);
        tempNamesByFolder.set(dir, names);
    }
    return names;
}
/**
 * Removes the temps of output `path` that a killed writer left (its pid gone from this host; one
 * from another host or an older version only when over an hour old). Returns the paths removed.
 */
async function sweepOutputTemps(path) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(path);
    const prefix = `.${(0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(path)}.`;
    const tail = (name) => (name.startsWith(prefix) ? name.slice(prefix.length) : '');
    const match = (name) => TEMP_TAIL.test(tail(name)) || UNTAGGED_TEMP_TAIL.test(tail(name));
    const listed = await tempNamesIn(dir);
    const names = listed.filter(match);
    if (names.length === 0)
        return [];
    const removed = await (0,_stale_temps_js__WEBPACK_IMPORTED_MODULE_7__/* .sweepStaleTemps */ .RX)(dir, {
        names,
        match,
        pidOf: (name) => {
            const m = TEMP_TAIL.exec(tail(name)) ?? UNTAGGED_TEMP_TAIL.exec(tail(name));
            return m ? Number(m[1]) : undefined;
        },
        hostOf: (name) => TEMP_TAIL.exec(tail(name))?.[2],
    });
    const gone = new Set(removed.map((p) => (0,node_path__WEBPACK_IMPORTED_MODULE_4__.basename)(p)));
    tempNamesByFolder.set(dir, Promise.resolve(listed.filter((n) => !gone.has(n))));
    return removed;
}
function escapeWorkflowCommand(text) {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}
/** Says that replacing `target` left its other hard links with the old content (see the top of this file). */
function warnIfHardLinksKeptOldContent(target) {
    const others = (target.stats?.nlink ?? 1) - 1;
    if (target.kind !== 'file' || others < 1)
        return;
    const names = others === 1 ? '1 other hard link keeps' : `${others} other hard links keep`;
    const message = `${target.given} was replaced and its ${names} the previous content (outputs are never written in place); to share an output under two names, use a symbolic link, which outputs are written through`;
    process.stderr.write(process.env.GITHUB_ACTIONS === 'true' ? `::warning::${escapeWorkflowCommand(message)}\n` : `mlops: warning: ${message}\n`);
}
async function writeInPlace(path, data) {
    const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(path, 'w');
    try {
        await fh.writeFile(data);
    }
    finally {
        await fh.close();
    }
}
async function writeBeside(target, data) {
    const dir = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target.path);
    if (!target.viaLink)
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.mkdir)(dir, { recursive: true });
    await sweepOutputTemps(target.path);
    const tmp = outputTempPath(target.path);
    const release = (0,_signal_cleanup_js__WEBPACK_IMPORTED_MODULE_6__/* .removeOnInterrupt */ .vY)(tmp);
    try {
        const fh = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.open)(tmp, 'wx');
        try {
            await fh.writeFile(data);
            // A replaced file keeps its permissions (a rename would otherwise reset them to the umask's).
            if (target.stats)
                await fh.chmod(target.stats.mode & 0o7777);
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, target.path);
    }
    catch (e) {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
        throw e;
    }
    finally {
        release();
    }
    warnIfHardLinksKeptOldContent(target);
}
async function writeFileAtomic(path, data) {
    try {
        const target = await resolveOutputTarget(path);
        if (target.kind === 'device')
            await writeInPlace(target.path, data);
        else
            await writeBeside(target, data);
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
}
/**
 * Puts a finished temp file (written by a streaming writer) at output `path` the same way
 * writeFileAtomic does: renamed over the file links lead to (copied beside it first when that is on
 * another folder or file system), copied into a device or FIFO in place. The temp file is gone after.
 */
async function commitTempFile(tmp, path) {
    try {
        const target = await resolveOutputTarget(path);
        if (target.kind === 'device') {
            await (0,node_stream_promises__WEBPACK_IMPORTED_MODULE_3__.pipeline)((0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createReadStream)(tmp), (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.createWriteStream)(target.path, { flags: 'w' }));
        }
        else if ((0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)(target.path) === (0,node_path__WEBPACK_IMPORTED_MODULE_4__.dirname)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(tmp))) {
            await sweepOutputTemps(target.path);
            if (target.stats)
                await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.chmod)(tmp, target.stats.mode & 0o7777);
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rename)(tmp, target.path);
            warnIfHardLinksKeptOldContent(target);
        }
        else {
            // The temp was made beside the link: sweep a killed writer's leftovers there too.
            if (target.viaLink)
                await sweepOutputTemps((0,node_path__WEBPACK_IMPORTED_MODULE_4__.resolve)(path));
            await writeBeside(target, await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readFile)(tmp));
        }
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
    finally {
        await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(tmp, { force: true });
    }
}
/** JSON with two-space indentation and a trailing newline (stable, diff-friendly). */
async function writeJsonAtomic(path, value) {
    await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}


/***/ }),

/***/ 2946:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   e1: () => (/* binding */ removeMatchingOnInterrupt),
/* harmony export */   vY: () => (/* binding */ removeOnInterrupt)
/* harmony export */ });
/* unused harmony export trackedTempCount */
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/**
 * Temp paths removed when the process is interrupted. A step registers what it is building
 * (a publish's work folder, a cache entry being saved, an atomic write's temp file) and releases it
 * when done; on SIGINT, SIGTERM or SIGHUP the registered paths are removed synchronously and the
 * signal is raised again, so the exit status stays the shell's 130/143/129.
 *
 * Handlers are installed only while something is registered: with nothing to clean, Node's
 * default signal behaviour is untouched. When another part of the program also listens for the
 * signal (train forwards it to its child and waits), that listener decides how to exit; we only
 * clean. SIGKILL cannot be caught: stale-temps.ts sweeps what it leaves on the next start.
 */


const tracked = new Set();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'];
let installed = false;
/**
 * A write still in flight on libuv's threads (an archive being written into the folder) can add an
 * entry after rmSync listed the folder, which then fails with ENOTEMPTY: retried twice, 5 ms apart.
 */
const REMOVE = { recursive: true, force: true, maxRetries: 2, retryDelay: 5 };
function removeTracked() {
    for (const t of tracked) {
        try {
            if ('path' in t)
                (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)(t.path, REMOVE);
            else
                for (const name of (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readdirSync)(t.dir))
                    if (t.match(name))
                        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.rmSync)((0,node_path__WEBPACK_IMPORTED_MODULE_1__.join)(t.dir, name), REMOVE);
        }
        catch {
            // Best effort: a path we cannot remove now is swept by the next run.
        }
    }
    tracked.clear();
}
function onSignal(signal) {
    removeTracked();
    if (process.listenerCount(signal) > 1)
        return;
    uninstall();
    process.kill(process.pid, signal);
}
function install() {
    if (installed)
        return;
    installed = true;
    for (const s of SIGNALS)
        process.on(s, onSignal);
    process.on('exit', removeTracked);
}
function uninstall() {
    if (!installed)
        return;
    installed = false;
    for (const s of SIGNALS)
        process.off(s, onSignal);
    process.off('exit', removeTracked);
}
function track(t) {
    tracked.add(t);
    install();
    return () => {
        tracked.delete(t);
        if (tracked.size === 0)
            uninstall();
    };
}
/** Removes `path` (file or folder) if the process is interrupted before the returned release is called. */
function removeOnInterrupt(path) {
    return track({ path });
}
/** Removes the entries of `dir` that `match` selects if the process is interrupted before release. */
function removeMatchingOnInterrupt(dir, match) {
    return track({ dir, match });
}
/** How many paths are registered (tests check that steps release what they register). */
function trackedTempCount() {
    return tracked.size;
}


/***/ }),

/***/ 8076:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RX: () => (/* binding */ sweepStaleTemps),
/* harmony export */   bf: () => (/* binding */ hostTag),
/* harmony export */   xT: () => (/* binding */ processIsAlive)
/* harmony export */ });
/* unused harmony export STALE_TEMP_MS */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_3___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_4___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_4__);
/**
 * Sweeps temp entries a killed run left behind (SIGKILL, a power cut: nothing ran to clean them).
 * Only in a folder we own, only names with our own prefix, only entries owned by this user, never
 * through a link, and only when the writer is proven gone:
 * - the name carries the writer's process id and this host's tag (hostTag(): the host name and the
 *   pid namespace, so a container sharing the folder is another host) and no such process runs:
 *   swept at once, however fresh;
 * - otherwise (no pid, another host's or an older name without a tag): only when older than a run
 *   can last (an hour, by the newest modification time of the entry and its direct children) and,
 *   with a pid, that pid not alive here.
 * A live writer's entry (its pid alive) is never removed; a pid reused by an unrelated process only
 * delays the sweep. Failures are ignored: the sweep must not fail the run it precedes.
 */





const STALE_TEMP_MS = 60 * 60 * 1000;
let tag;
/**
 * Eight hex digits naming this host and pid namespace: a pid is only meaningful where it was
 * taken, and two containers (or a container and its host) can share a host name or a folder.
 */
function hostTag() {
    if (tag === undefined) {
        let namespace = '';
        try {
            namespace = (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.readlinkSync)('/proc/self/ns/pid');
        }
        catch {
            // Not Linux: the host name alone.
        }
        tag = (0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(`${(0,node_os__WEBPACK_IMPORTED_MODULE_3__.hostname)()}\0${namespace}`).digest('hex').slice(0, 8);
    }
    return tag;
}
/** True when a process with this id runs on this host (signal 0 checks without sending anything). */
function processIsAlive(pid) {
    if (pid === process.pid)
        return true;
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (e) {
        // EPERM: it exists but belongs to someone else.
        return e.code === 'EPERM';
    }
}
async function newestMtimeMs(path, own) {
    let newest = own;
    const names = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(path).catch(() => []);
    for (const n of names) {
        const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)((0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(path, n)).catch(() => undefined);
        if (s && s.mtimeMs > newest)
            newest = s.mtimeMs;
    }
    return newest;
}
/** Removes the stale entries of `dir` that `match` selects; returns the paths removed. */
async function sweepStaleTemps(dir, options) {
    const cutoff = (options.now ?? Date.now)() - (options.maxAgeMs ?? STALE_TEMP_MS);
    const uid = process.getuid?.();
    const removed = [];
    const names = options.names ?? (await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.readdir)(dir).catch(() => []));
    for (const name of names) {
        if (!options.match(name))
            continue;
        const path = (0,node_path__WEBPACK_IMPORTED_MODULE_4__.join)(dir, name);
        try {
            const s = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.lstat)(path);
            if (s.isSymbolicLink() || (uid !== undefined && s.uid !== uid))
                continue;
            const pid = options.pidOf?.(name);
            if (pid !== undefined && processIsAlive(pid))
                continue;
            const deadHere = pid !== undefined && options.hostOf?.(name) === hostTag();
            if (!deadHere) {
                const newest = s.isDirectory() ? await newestMtimeMs(path, s.mtimeMs) : s.mtimeMs;
                if (newest > cutoff)
                    continue;
            }
            await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.rm)(path, { recursive: true, force: true });
            removed.push(path);
        }
        catch {
            // Another sweeper got there first, or it is not ours to remove.
        }
    }
    return removed;
}


/***/ }),

/***/ 950:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Qc: () => (/* binding */ childEnvironment),
  train: () => (/* binding */ train)
});

// UNUSED EXPORTS: DEFAULT_LOG_OUT, DEFAULT_RUN_OUT, FIRST_RUN_DIR, MAX_SEED, WITHHELD_VARIABLES, differingOutputs

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
// EXTERNAL MODULE: ../../../../shared/formats/run-format.ts
var run_format = __webpack_require__(6048);
// EXTERNAL MODULE: ../../../../shared/model/train/declared-files.ts
var declared_files = __webpack_require__(8579);
// EXTERNAL MODULE: ../../../../shared/model/train/environment.ts
var train_environment = __webpack_require__(4650);
// EXTERNAL MODULE: ../../../../shared/model/train/params.ts
var train_params = __webpack_require__(605);
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
// EXTERNAL MODULE: ../../../../shared/model/train/train-errors.ts
var train_errors = __webpack_require__(3273);
// EXTERNAL MODULE: ../../../../shared/model/train/defaults.ts
var defaults = __webpack_require__(2377);
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
    const runPath = (0,external_node_path_.resolve)(cwd, options.runOut ?? defaults/* DEFAULT_RUN_OUT */.vs);
    const logPath = (0,external_node_path_.resolve)(cwd, options.logOut ?? defaults/* DEFAULT_LOG_OUT */.EV);
    const logRel = relativeTo(cwd, logPath);
    const firstRunDir = (0,external_node_path_.join)((0,external_node_path_.dirname)(runPath), FIRST_RUN_DIR);
    const firstRunRel = relativeTo(cwd, firstRunDir);
    // Our own files are never inputs or outputs, or every run would change its own key.
    const exclude = [relativeTo(cwd, runPath), logRel, ...(options.checkDeterminism ? [`${firstRunRel}/**`] : []), ...(options.exclude ?? [])].filter((p) => !(0,external_node_path_.isAbsolute)(p));
    const started = clock();
    const params = (0,train_params/* mergeParams */.r9)(options.paramsFile ? await (0,train_params/* loadParamsFile */.BS)((0,external_node_path_.resolve)(cwd, options.paramsFile)) : {}, options.params ?? {});
    const inputs = await (0,declared_files/* digestDeclaredInputs */.OB)(inputGlobs, { cwd, ignore: exclude });
    const [environment, commit] = await Promise.all([
        (ports.environment ?? train_environment/* environmentFingerprint */._)(cwd, baseEnv),
        (ports.gitCommit ?? train_environment.gitCommit)(cwd, baseEnv),
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
            throw new train_errors/* TrainingFailedError */.Q(error);
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
                throw new train_errors/* TrainingInterruptedError */.t(message, (0,train_command/* exitCodeForSignal */.XG)(result.stoppedBy));
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
