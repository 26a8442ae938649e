export const id = 672;
export const ids = [672];
export const modules = {

/***/ 4672:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  candidateFiles: () => (/* binding */ candidateFiles),
  runRankStep: () => (/* binding */ runRankStep)
});

// UNUSED EXPORTS: CANDIDATE_ARTIFACT_PREFIX

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ../../../../shared/config/mlops-config.ts + 8 modules
var mlops_config = __webpack_require__(3088);
// EXTERNAL MODULE: ../../../../shared/formats/forge-markers.ts
var forge_markers = __webpack_require__(2362);
// EXTERNAL MODULE: ../../../../shared/report/comparison-comment.ts + 3 modules
var comparison_comment = __webpack_require__(5101);
// EXTERNAL MODULE: ../../../../shared/formats/comparison-format.ts + 1 modules
var comparison_format = __webpack_require__(9793);
// EXTERNAL MODULE: ../../../../shared/report/markdown-escape.ts
var markdown_escape = __webpack_require__(1160);
;// CONCATENATED MODULE: ../../../../shared/report/truncate.ts
/**
 * Cutting Markdown down to a size limit without breaking it. The GitHub adapter REFUSES an over-long
 * comment (65,536 characters) or check summary (65,535) rather than cutting it silently, because
 * only the renderer knows what matters most; renderers call this to fit, ideally after dropping
 * whole sections themselves.
 *
 * `truncateMarkdown` cuts at a line boundary, closes a code fence and any `<details>` left open at
 * the cut (an unclosed fence would swallow the note; an unclosed `<details>` hides it), appends a
 * note, and keeps the sticky-comment marker (`<!-- mlops-actions:... -->`) even when it sat past
 * the cut, so the comment is still found and updated next time. Lengths are UTF-16 units, which is
 * never fewer than GitHub's character count, so the result is always accepted.
 */
const MARKER_RE = /<!-- mlops-actions:[^>]*? -->/;
const FENCE_RE = /^ {0,3}(`{3,}|~{3,})/;
function truncationNote(limit) {
    return `\n\n_Truncated to fit GitHub's ${limit.toLocaleString('en-US')}-character limit; the full report is in the run's artifacts._\n`;
}
function closing(state) {
    let s = state.fence ? `\n${state.fence}` : '';
    for (let i = 0; i < state.details; i++)
        s += '\n</details>';
    return s;
}
function step(state, line) {
    const fence = FENCE_RE.exec(line)?.[1];
    if (state.fence) {
        // A closing fence: same character, at least as long, nothing after it.
        if (fence && fence[0] === state.fence[0] && fence.length >= state.fence.length && line.trim() === fence) {
            return { details: state.details };
        }
        return state;
    }
    if (fence)
        return { fence, details: state.details };
    const opens = (line.match(/<details\b/gi) ?? []).length;
    const closes = (line.match(/<\/details\s*>/gi) ?? []).length;
    return { details: Math.max(0, state.details + opens - closes) };
}
/** Cuts `body` to at most `limit` characters (UTF-16 units), keeping it well-formed; unchanged when it fits. */
function truncateMarkdown(body, limit) {
    if (body.length <= limit)
        return body;
    const note = truncationNote(limit);
    const marker = MARKER_RE.exec(body)?.[0];
    const lines = body.split('\n');
    let state = { details: 0 };
    let kept = '';
    let best;
    for (let i = 0; i < lines.length; i++) {
        const candidate = i === 0 ? lines[0] : `${kept}\n${lines[i]}`;
        const next = step(state, lines[i]);
        const needsMarker = marker !== undefined && !candidate.includes(marker);
        const total = candidate.length + closing(next).length + note.length + (needsMarker ? marker.length + 1 : 0);
        if (total > limit)
            break;
        kept = candidate;
        state = next;
        best = (needsMarker ? `${marker}\n` : '') + kept + closing(state);
    }
    if (best === undefined) {
        // Not even the first line fits: cut inside it (never between the halves of a surrogate pair).
        const head = marker ? `${marker}\n` : '';
        let cut = body.slice(0, Math.max(0, limit - note.length - head.length));
        if (/[\uD800-\uDBFF]$/.test(cut))
            cut = cut.slice(0, -1);
        best = head + cut;
        if (best.includes(marker ?? '\0') && head)
            best = best.slice(head.length);
    }
    return best + note;
}
/** Adds rows while they fit `budget` characters; returns the rows kept and how many were left out. */
function fitRows(rows, budget) {
    const kept = [];
    let used = 0;
    for (const r of rows) {
        if (used + r.length + 1 > budget)
            break;
        kept.push(r);
        used += r.length + 1;
    }
    return { kept, dropped: rows.length - kept.length };
}

;// CONCATENATED MODULE: ../../../../shared/report/ranking-comment.ts





const esc = (s, max = 120) => (0,markdown_escape/* escapeMarkdownCell */.V)(s, max);
const VERDICT = { pass: '✅ pass', fail: '❌ fail', 'report-only': 'ℹ️ report only' };
function baselineText(b) {
    if (b.kind === 'file')
        return esc(b.file);
    if (b.kind === 'base-branch') {
        const run = b.runUrl && /^https?:\/\/[^\s()<>"'`\\]+$/.test(b.runUrl) ? `[run ${b.runNumber ?? b.runId}](${b.runUrl})` : `run ${b.runId}`;
        return `${esc(b.branch)} (${esc(b.workflow)} ${run})`;
    }
    if (b.kind === 'production')
        return `${esc(b.alias, 64)}: ${esc(b.model, 64)} ${esc(b.version, 64)}`;
    return `none${b.reason ? ` (${esc(b.reason, 300)})` : ''}`;
}
/** The whole report; `marker` goes first (the sticky comment's identity). */
function renderRanking(r, ctx, options = {}) {
    const limit = options.limit ?? forge_markers/* COMMENT_BODY_LIMIT */.tx;
    const m = r.metric;
    const out = [];
    if (options.marker)
        out.push(options.marker);
    const n = r.candidates.length;
    if (r.winner !== null)
        out.push(`## 🏆 ${esc(ctx.model, 64)}: ${esc(r.winner, 64)} wins of ${n} candidate${n === 1 ? '' : 's'}`);
    else
        out.push(`## ❌ ${esc(ctx.model, 64)}: no winner among ${n} candidate${n === 1 ? '' : 's'}`);
    out.push('');
    const top = r.candidates[0];
    if (r.winner !== null) {
        const delta = top.delta !== null ? ` (${(0,comparison_comment/* formatDelta */.CW)(top.delta)} against the baseline)` : '';
        out.push(`**${esc(r.winner, 64)}** ${esc(r.reason, 300)}: ${esc(m.name)} ${(0,comparison_comment/* formatValue */.Fl)(top.primary)}${delta}.`);
    }
    else
        out.push(`${esc(r.reason, 300)}.`);
    out.push('');
    out.push(`Ranked by ${esc(m.name)} (${m.direction} is better${m.source === 'config' ? ', the first metric of the gate rules' : m.source === 'task' ? ', the task\'s default' : ''}) among the candidates the gate passes, then the others; ties by fewer failed rules, then by name. ` +
        `**Baseline**: ${baselineText(ctx.baseline)}${r.gated ? '' : ' · _no gate rules configured: every candidate is report only_'}`);
    out.push('');
    const header = [`| rank | candidate | ${esc(m.name)} | Δ baseline | gate | failed rules |`, '| ---: | --- | ---: | ---: | --- | ---: |'];
    const rows = r.candidates.map((c) => `| ${c.rank} | ${c.name === r.winner ? `**${esc(c.name, 64)}** 🏆` : esc(c.name, 64)} | ${(0,comparison_comment/* formatValue */.Fl)(c.primary)} | ${(0,comparison_comment/* formatDelta */.CW)(c.delta)} | ${VERDICT[c.verdict]} | ${c.gate.failed}${c.gate.warned ? ` (+${c.gate.warned} warn)` : ''} |`);
    const budget = Math.floor(limit * 0.6);
    const fitted = fitRows(rows, budget);
    out.push(...header, ...fitted.kept);
    if (fitted.dropped > 0)
        out.push('', `_Truncated: showing ${fitted.kept.length} of ${rows.length} candidates (all are in ranking.json)._`);
    out.push('');
    const failing = r.candidates.filter((c) => c.gate.failures.length > 0);
    if (failing.length > 0) {
        out.push('<details><summary>Failed rules</summary>', '');
        for (const c of failing) {
            out.push(`**${esc(c.name, 64)}**`, '');
            for (const f of c.gate.failures.slice(0, 10))
                out.push(`- ${esc(f, 300)}`);
            if (c.gate.failures.length > 10)
                out.push(`- … and ${c.gate.failures.length - 10} more`);
            out.push('');
        }
        out.push('</details>', '');
    }
    const foot = [ctx.headSha && /^[0-9a-f]{7,40}$/.test(ctx.headSha) ? `at ${ctx.headSha.slice(0, 7)}` : '', ctx.runUrl && /^https?:\/\/[^\s()<>"'`\\]+$/.test(ctx.runUrl) ? `[Run](${ctx.runUrl})` : '']
        .filter(Boolean)
        .join(' · ');
    if (foot)
        out.push(`_${foot}_`, '');
    return truncateMarkdown(out.join('\n'), limit);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: ../../../../shared/runtime/errors.ts
var errors = __webpack_require__(9980);
;// CONCATENATED MODULE: ../../../../shared/runtime/signal-cleanup.ts
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
                (0,external_node_fs_.rmSync)(t.path, REMOVE);
            else
                for (const name of (0,external_node_fs_.readdirSync)(t.dir))
                    if (t.match(name))
                        (0,external_node_fs_.rmSync)((0,external_node_path_.join)(t.dir, name), REMOVE);
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

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ../../../../shared/runtime/stale-temps.ts
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
            namespace = (0,external_node_fs_.readlinkSync)('/proc/self/ns/pid');
        }
        catch {
            // Not Linux: the host name alone.
        }
        tag = (0,external_node_crypto_.createHash)('sha256').update(`${(0,external_node_os_.hostname)()}\0${namespace}`).digest('hex').slice(0, 8);
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
    const names = await (0,promises_.readdir)(path).catch(() => []);
    for (const n of names) {
        const s = await (0,promises_.lstat)((0,external_node_path_.join)(path, n)).catch(() => undefined);
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
    const names = options.names ?? (await (0,promises_.readdir)(dir).catch(() => []));
    for (const name of names) {
        if (!options.match(name))
            continue;
        const path = (0,external_node_path_.join)(dir, name);
        try {
            const s = await (0,promises_.lstat)(path);
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
            await (0,promises_.rm)(path, { recursive: true, force: true });
            removed.push(path);
        }
        catch {
            // Another sweeper got there first, or it is not ours to remove.
        }
    }
    return removed;
}

;// CONCATENATED MODULE: ../../../../shared/runtime/atomic-write.ts
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
    if ((0,errors/* isMlopsError */.s8)(e))
        return e;
    const code = e?.code;
    if (typeof code !== 'string')
        return e instanceof Error ? e : new Error(String(e));
    const reason = REASONS[code] ?? e.message;
    return new errors/* InputError */.dz(`cannot write ${given}: ${reason} (${code})`, {
        hint: code === 'ENOSPC' || code === 'EDQUOT' ? 'free some space or write the output elsewhere' : 'check the path and its permissions, or write the output elsewhere',
        cause: e,
    });
}
async function lstatOptional(path) {
    try {
        return await (0,promises_.lstat)(path);
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
    let path = (0,external_node_path_.resolve)(given);
    let viaLink = false;
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined) {
            if (viaLink && !(await (0,promises_.stat)((0,external_node_path_.dirname)(path)).then((d) => d.isDirectory(), () => false))) {
                throw new errors/* InputError */.dz(`cannot write ${given}: it is a symbolic link to ${path}, whose folder ${(0,external_node_path_.dirname)(path)} does not exist`, {
                    hint: 'create that folder, point the link at a file in an existing folder, or write the output elsewhere',
                });
            }
            return { given, path, kind: 'missing', viaLink };
        }
        if (s.isSymbolicLink()) {
            if (hops >= MAX_LINKS)
                throw new errors/* InputError */.dz(`cannot write ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a file' });
            viaLink = true;
            path = (0,external_node_path_.resolve)((0,external_node_path_.dirname)(path), await (0,promises_.readlink)(path));
            continue;
        }
        if (s.isDirectory()) {
            throw new errors/* InputError */.dz(`cannot write ${given}: it is a folder${viaLink ? ` (${path})` : ''}`, {
                hint: 'name a file to write, not a folder',
            });
        }
        if (s.isFile())
            return { given, path, kind: 'file', stats: s, viaLink };
        if (s.isSocket())
            throw new errors/* InputError */.dz(`cannot write ${given}: it is a socket`, { hint: 'name a file, a device or a named pipe' });
        // Character and block devices, FIFOs: written in place, never replaced.
        return { given, path, kind: 'device', stats: s, viaLink };
    }
}
/**
 * The folder an output folder should replace: `given` through its links (the link stays, its
 * folder is replaced). Refuses a file, a device or a socket where the folder should be.
 */
async function resolveOutputFolder(given) {
    let path = resolve(given);
    for (let hops = 0;; hops++) {
        const s = await lstatOptional(path);
        if (s === undefined || s.isDirectory())
            return path;
        if (!s.isSymbolicLink()) {
            throw new InputError(`cannot write folder ${given}: ${path} is ${s.isFile() ? 'a file' : 'not a folder'}`, {
                hint: 'name a folder (it is replaced whole), or move the file away',
            });
        }
        if (hops >= MAX_LINKS)
            throw new InputError(`cannot write folder ${given}: more than ${MAX_LINKS} symbolic links in a row (a loop?)`, { hint: 'point the link at a folder' });
        path = resolve(dirname(path), await readlink(path));
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
    return (0,external_node_path_.join)((0,external_node_path_.dirname)(path), `.${(0,external_node_path_.basename)(path)}.${process.pid}.${hostTag()}.${(0,external_node_crypto_.randomBytes)(6).toString('hex')}.tmp`);
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
        names = (0,promises_.readdir)(dir).then((all) => all.filter((n) => n.startsWith('.') && n.endsWith('.tmp')), () => []);
        tempNamesByFolder.set(dir, names);
    }
    return names;
}
/**
 * Removes the temps of output `path` that a killed writer left (its pid gone from this host; one
 * from another host or an older version only when over an hour old). Returns the paths removed.
 */
async function sweepOutputTemps(path) {
    const dir = (0,external_node_path_.dirname)(path);
    const prefix = `.${(0,external_node_path_.basename)(path)}.`;
    const tail = (name) => (name.startsWith(prefix) ? name.slice(prefix.length) : '');
    const match = (name) => TEMP_TAIL.test(tail(name)) || UNTAGGED_TEMP_TAIL.test(tail(name));
    const listed = await tempNamesIn(dir);
    const names = listed.filter(match);
    if (names.length === 0)
        return [];
    const removed = await sweepStaleTemps(dir, {
        names,
        match,
        pidOf: (name) => {
            const m = TEMP_TAIL.exec(tail(name)) ?? UNTAGGED_TEMP_TAIL.exec(tail(name));
            return m ? Number(m[1]) : undefined;
        },
        hostOf: (name) => TEMP_TAIL.exec(tail(name))?.[2],
    });
    const gone = new Set(removed.map((p) => (0,external_node_path_.basename)(p)));
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
    const fh = await (0,promises_.open)(path, 'w');
    try {
        await fh.writeFile(data);
    }
    finally {
        await fh.close();
    }
}
async function writeBeside(target, data) {
    const dir = (0,external_node_path_.dirname)(target.path);
    if (!target.viaLink)
        await (0,promises_.mkdir)(dir, { recursive: true });
    await sweepOutputTemps(target.path);
    const tmp = outputTempPath(target.path);
    const release = removeOnInterrupt(tmp);
    try {
        const fh = await (0,promises_.open)(tmp, 'wx');
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
        await (0,promises_.rename)(tmp, target.path);
    }
    catch (e) {
        await (0,promises_.rm)(tmp, { force: true });
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
            await pipeline(createReadStream(tmp), createWriteStream(target.path, { flags: 'w' }));
        }
        else if (dirname(target.path) === dirname(resolve(tmp))) {
            await sweepOutputTemps(target.path);
            if (target.stats)
                await chmod(tmp, target.stats.mode & 0o7777);
            await rename(tmp, target.path);
            warnIfHardLinksKeptOldContent(target);
        }
        else {
            // The temp was made beside the link: sweep a killed writer's leftovers there too.
            if (target.viaLink)
                await sweepOutputTemps(resolve(path));
            await writeBeside(target, await readFile(tmp));
        }
    }
    catch (e) {
        throw outputWriteError(path, e);
    }
    finally {
        await rm(tmp, { force: true });
    }
}
/** JSON with two-space indentation and a trailing newline (stable, diff-friendly). */
async function writeJsonAtomic(path, value) {
    await writeFileAtomic(path, `${JSON.stringify(value, null, 2)}\n`);
}

;// CONCATENATED MODULE: ../../../../shared/data/file-list.ts
/**
 * Data given as a list of files (validate-data's `data`, rank's candidates): kept apart from the
 * shard planner so that steps which only expand a list do not pull in the sharding machinery.
 */


/**
 * Characters without which tinyglobby's isDynamicPattern (picomatch's scan) finds no glob. A path
 * without any is a plain path, and tinyglobby is not loaded for it: evaluating it (fdir looks for
 * picomatch through node's resolver) cost ~10 ms of every validate run's start (issue 18). Exported
 * for test/data/file-list.test.ts, which checks it against isDynamicPattern.
 */
const GLOB_CHARS = /[*?[\]{}()!+@]/;
/**
 * The files of a data input: one path, a glob, or one path or glob per line (blank lines and `#`
 * comments skipped). Globs are sorted; the list keeps its order; a file named twice is read once.
 * A glob that matches nothing is an InputError; a plain path is returned as it is (opening it
 * reports a missing file).
 */
async function expandFileList(spec, what = 'data') {
    const items = spec
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter((l) => l !== '' && !l.startsWith('#'));
    if (items.length === 0)
        throw new errors/* UsageError */.eb(`${what} is empty`, { hint: 'give a file, a glob, or one file per line' });
    const out = [];
    const seen = new Set();
    for (const item of items) {
        let files;
        const tinyglobby = GLOB_CHARS.test(item) && !(0,external_node_fs_.existsSync)(item) ? await __webpack_require__.e(/* import() */ 44).then(__webpack_require__.bind(__webpack_require__, 44)) : undefined;
        if (tinyglobby?.isDynamicPattern(item)) {
            files = (await tinyglobby.glob(item, { onlyFiles: true, expandDirectories: false, dot: false })).map((f) => f.split('\\').join('/')).sort();
            if (files.length === 0)
                throw new errors/* InputError */.dz(`${what} glob "${item}" matched no file`, { hint: `globs are matched under ${process.cwd()}; fix the glob` });
        }
        else
            files = [item];
        for (const f of files)
            if (!seen.has(f)) {
                seen.add(f);
                out.push(f);
            }
    }
    return out;
}
/** How the report names data given as a list: the file, the glob, or the files joined. */
function dataLabel(spec, files) {
    if (files.length === 1)
        return files[0];
    const lines = spec.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    return lines.length === 1 ? lines[0] : files.join(', ');
}

// EXTERNAL MODULE: ../../../../shared/compare/baseline.ts + 4 modules
var compare_baseline = __webpack_require__(3042);
// EXTERNAL MODULE: ../../../../shared/compare/compare-files.ts
var compare_files = __webpack_require__(4977);
// EXTERNAL MODULE: ../../../../shared/compare/compare.ts + 17 modules
var compare = __webpack_require__(6631);
// EXTERNAL MODULE: ../../../../shared/compare/rules.ts
var rules = __webpack_require__(4267);
// EXTERNAL MODULE: ../../../zod/v4/classic/schemas.js + 11 modules
var schemas = __webpack_require__(2213);
;// CONCATENATED MODULE: ../../../../shared/formats/ranking-format.ts
/**
 * `mlops-actions/ranking@1`: the candidates of a training matrix ranked under one model's gate
 * rules (rank-candidates writes `ranking.json`; shared/compare/rank-candidates.ts says how the
 * order is decided).
 */

const RANKING_SCHEMA = 'mlops-actions/ranking@1';
const rankedCandidateSchema = schemas/* object */.Ikc({
    /** 1-based position. */
    rank: schemas/* number */.aig().int().positive(),
    name: schemas/* string */.YjP(),
    /** The candidate's evaluation report, as given. */
    file: schemas/* string */.YjP().nullable(),
    /** The gate's verdict for this candidate against the baseline (compare's). */
    verdict: schemas/* enum */.k5n(['pass', 'fail', 'report-only']),
    /** Error-severity rules failed, warn-severity rules failed, and one line per failure. */
    gate: schemas/* object */.Ikc({ failed: schemas/* number */.aig().int().nonnegative(), warned: schemas/* number */.aig().int().nonnegative(), failures: schemas/* array */.YOg(schemas/* string */.YjP()) }),
    /** The primary metric: the candidate's value, the baseline's, and their difference (null when either is missing). */
    primary: schemas/* number */.aig().nullable(),
    baseline: schemas/* number */.aig().nullable(),
    delta: schemas/* number */.aig().nullable(),
    /** Every metric of the candidate's report. */
    metrics: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* number */.aig()),
});
const rankingSchema = schemas/* object */.Ikc({
    schema: schemas/* literal */.euz(RANKING_SCHEMA),
    model: schemas/* string */.YjP().nullable(),
    metric: schemas/* object */.Ikc({ name: schemas/* string */.YjP(), direction: schemas/* enum */.k5n(['higher', 'lower']), source: schemas/* enum */.k5n(['option', 'config', 'task']) }),
    baseline: schemas/* object */.Ikc({ file: schemas/* string */.YjP().nullable() }).nullable(),
    /** Whether gate rules were configured (else every candidate is report-only). */
    gated: schemas/* boolean */.zMY(),
    /** The best candidate that passes the gate; null when none does. */
    winner: schemas/* string */.YjP().nullable(),
    /** One sentence: why the winner won, or why there is none. */
    reason: schemas/* string */.YjP(),
    candidates: schemas/* array */.YOg(rankedCandidateSchema),
});

;// CONCATENATED MODULE: ../../../../shared/compare/rank-candidates.ts




const TASK_DEFAULT_METRIC = { binary: 'roc_auc', multiclass: 'accuracy', regression: 'rmse' };
/** The primary metric's name and where it came from. */
function primaryMetricOf(candidates, options) {
    if (options.metric)
        return { name: options.metric, source: 'option' };
    const configured = Object.keys(options.config?.metrics ?? {})[0];
    if (configured)
        return { name: configured, source: 'config' };
    const task = options.config?.task ?? candidates.find((c) => c.report.task)?.report.task;
    if (task)
        return { name: TASK_DEFAULT_METRIC[task], source: 'task' };
    throw new errors/* UsageError */.eb('cannot tell which metric ranks the candidates: no metric given, no rules in mlops.yaml and no task in the reports', {
        hint: (o) => `pass ${o.option('metric', 'NAME')}`,
    });
}
/** Ranks the candidates (see the module comment for the order). */
function rankCandidates(candidates, options = {}) {
    if (candidates.length === 0)
        throw new errors/* UsageError */.eb('no candidates to rank', { hint: 'give each candidate as NAME=evaluation.json' });
    const names = new Set();
    for (const c of candidates) {
        if (names.has(c.name))
            throw new errors/* UsageError */.eb(`candidate "${c.name}" is given twice`, { hint: 'give every candidate a name of its own' });
        names.add(c.name);
    }
    const tasks = new Set(candidates.map((c) => c.report.task).filter((t) => t !== null));
    if (tasks.size > 1) {
        throw new errors/* InputError */.dz(`the candidates are evaluations of different tasks (${[...tasks].join(', ')})`, { hint: 'rank candidates of one model, evaluated the same way' });
    }
    const metric = primaryMetricOf(candidates, options);
    const holder = candidates.find((c) => c.report.metrics[metric.name] !== undefined);
    if (!holder) {
        const some = Object.keys(candidates[0].report.metrics).slice(0, 12).join(', ');
        throw new errors/* InputError */.dz(`no candidate's report has the metric ${metric.name}`, {
            location: candidates[0].file ? { file: candidates[0].file } : undefined,
            hint: (o) => `rank by a metric the reports have (${some}) with ${o.option('metric')}`,
        });
    }
    const rule = options.config?.metrics?.[metric.name];
    const direction = (0,rules/* requireDirection */.Nm)(metric.name, `ranking metric ${metric.name}`, rule?.direction, holder.report.metrics[metric.name]?.direction);
    const better = direction === 'higher' ? -1 : 1;
    const baseValue = options.baseline?.metrics[metric.name]?.value ?? null;
    const rows = candidates.map((c) => {
        const comparison = (0,compare/* compareReports */.l)(c.report, options.baseline, options.config, { model: options.model ?? null, headFile: c.file ?? null, baselineFile: options.baselineFile ?? null });
        const primary = c.report.metrics[metric.name]?.value ?? null;
        const metrics = {};
        for (const [k, v] of Object.entries(c.report.metrics))
            metrics[k] = v.value;
        return {
            name: c.name,
            file: c.file ?? null,
            verdict: comparison.verdict,
            gate: { failed: comparison.gate.failed, warned: comparison.gate.warned, failures: comparison.gate.failures },
            primary,
            baseline: baseValue,
            delta: primary !== null && baseValue !== null ? primary - baseValue : null,
            metrics,
            configured: comparison.gate.configured,
        };
    });
    rows.sort((a, b) => {
        const pa = a.verdict === 'fail' ? 1 : 0;
        const pb = b.verdict === 'fail' ? 1 : 0;
        if (pa !== pb)
            return pa - pb;
        if (a.primary !== b.primary) {
            if (a.primary === null)
                return 1;
            if (b.primary === null)
                return -1;
            if (a.primary !== b.primary)
                return better * (a.primary - b.primary);
        }
        if (a.gate.failed !== b.gate.failed)
            return a.gate.failed - b.gate.failed;
        if (a.gate.warned !== b.gate.warned)
            return a.gate.warned - b.gate.warned;
        return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
    });
    const ranked = rows.map(({ configured: _, ...r }, i) => ({ rank: i + 1, ...r }));
    const gated = rows[0].configured;
    const top = ranked[0];
    let winner = null;
    let reason;
    if (top.verdict === 'fail')
        reason = `no candidate passes the gate (${ranked.length} ranked)`;
    else if (top.primary === null)
        reason = `no candidate that passes the gate has ${metric.name}`;
    else {
        winner = top.name;
        const second = ranked[1];
        const tie = second && second.verdict !== 'fail' && second.primary === top.primary;
        reason = `${gated ? 'passes the gate with' : 'has'} the ${direction === 'higher' ? 'highest' : 'lowest'} ${metric.name}${tie ? ` (tied with ${second.name}; ${tieBreak(top, second)})` : ''}`;
    }
    return {
        schema: RANKING_SCHEMA,
        model: options.model ?? null,
        metric: { name: metric.name, direction, source: metric.source },
        baseline: options.baseline ? { file: options.baselineFile ?? null } : null,
        gated,
        winner,
        reason,
        candidates: ranked,
    };
}
function tieBreak(a, b) {
    if (a.gate.failed !== b.gate.failed)
        return 'fewer failed rules';
    if (a.gate.warned !== b.gate.warned)
        return 'fewer warnings';
    return 'first by name';
}

// EXTERNAL MODULE: ../../../../shared/formats/report-limits.ts
var report_limits = __webpack_require__(4050);
;// CONCATENATED MODULE: ../../../../shared/steps/rank-candidates.ts
/**
 * The candidates' fan-in, one operation behind the rank-candidates action and `mlops rank`: resolve
 * the baseline as compare does, read every candidate's evaluation report (untrusted: size-limited
 * and schema-checked, as compare reads a PR's), rank them (rank-candidates.ts), write
 * `ranking.json` and `ranking.md`, then — with a forge and a PR — upsert one sticky comment per
 * workflow and model (its marker ends in `/candidates`, so it never replaces compare's comment).
 *
 * Candidates are given as `NAME=FILE`, or as files and globs of reports, each named for its folder
 * (`candidates/mlops-candidate-small/evaluation.json` → `small`: the prefix is the artifact name
 * mlops-candidates.yml gives each candidate).
 */














/** The artifact-name prefix mlops-candidates.yml uploads each candidate under. */
const CANDIDATE_ARTIFACT_PREFIX = 'mlops-candidate-';
/**
 * `NAME=FILE` items, or files and globs (one per item or per line) named for their folder. A name
 * is what the comment shows: it must be a name, not a path.
 */
async function candidateFiles(items) {
    const out = [];
    for (const item of items.flatMap((i) => i.split(/\r?\n/)).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))) {
        const eq = item.indexOf('=');
        if (eq > 0 && !/[*?[{]/.test(item.slice(0, eq))) {
            const name = item.slice(0, eq).trim();
            const file = item.slice(eq + 1).trim();
            if (!file)
                throw new errors/* UsageError */.eb(`candidate "${name}" has no report file`, { hint: 'give it as NAME=path/to/evaluation.json' });
            out.push({ name, file });
            continue;
        }
        for (const file of await expandFileList(item, 'candidates')) {
            const folder = (0,external_node_path_.basename)((0,external_node_path_.dirname)(file));
            const name = folder.startsWith(CANDIDATE_ARTIFACT_PREFIX) ? folder.slice(CANDIDATE_ARTIFACT_PREFIX.length) : folder;
            if (!name || name === '.')
                throw new errors/* UsageError */.eb(`cannot name the candidate of ${file} by its folder`, { hint: 'give it as NAME=FILE' });
            out.push({ name, file });
        }
    }
    for (const c of out) {
        if (!/^[\w.+-][\w .+-]{0,99}$/.test(c.name))
            throw new errors/* UsageError */.eb(`candidate name ${JSON.stringify(c.name)} is not a name`, { hint: 'use letters, digits, spaces, ".", "_", "+" and "-" (at most 100)' });
    }
    return out;
}
async function runRankStep(options, env = {}) {
    if (options.candidates.length === 0)
        throw new errors/* UsageError */.eb('no candidates to rank', { hint: 'give the candidates\' evaluation reports (NAME=FILE, or a glob)' });
    const { rules, model } = await (0,mlops_config/* gateRulesOf */.am)(options);
    const baseline = await (0,compare_baseline/* resolveBaseline */.o)(options.baseline, { forge: env.forge, download: env.download, workDir: (0,external_node_path_.join)(options.outDir, '.baseline'), log: env.log });
    const candidates = [];
    for (const c of options.candidates) {
        await (0,report_limits/* assertReportWithinLimits */.id)(c.file);
        candidates.push({ name: c.name, file: c.file, report: await (0,compare_files/* readEvaluationReport */.r)(c.file) });
    }
    if (baseline.file)
        await (0,report_limits/* assertReportWithinLimits */.id)(baseline.file);
    const baseReport = baseline.file ? await (0,compare_files/* readEvaluationReport */.r)(baseline.file) : undefined;
    const ranking = rankCandidates(candidates, { baseline: baseReport, baselineFile: baseline.file ?? null, config: rules, model: model ?? null, metric: options.metric });
    const name = model ?? 'model';
    const marker = (0,forge_markers/* stickyMarker */.YL)({ workflow: options.workflow, model: `${name}/candidates` });
    const comment = renderRanking(ranking, { model: name, baseline: baseline.info, runUrl: options.runUrl, headSha: options.target?.headSha }, { marker });
    const files = { ranking: (0,external_node_path_.join)(options.outDir, 'ranking.json'), comment: (0,external_node_path_.join)(options.outDir, 'ranking.md') };
    await writeJsonAtomic(files.ranking, ranking);
    await writeFileAtomic(files.comment, comment);
    const result = { ranking, baseline, model: name, comment, files, exitCode: ranking.winner === null && options.failIfNoWinner ? errors/* EXIT_CHECK_FAILED */.Gh : errors/* EXIT_OK */.Ij };
    const t = options.target;
    if (env.forge && t && options.comment !== false && t.prNumber !== undefined) {
        const r = await env.forge.upsertStickyComment({ owner: t.owner, repo: t.repo, issue_number: t.prNumber, marker, body: comment });
        result.commentUrl = r.url;
        env.log?.(`PR #${t.prNumber}: ranking comment ${r.action} (${r.url})`);
    }
    return result;
}


/***/ })

};
