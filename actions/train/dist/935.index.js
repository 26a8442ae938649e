export const id = 935;
export const ids = [935];
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


/***/ })

};
