export const id = 6429;
export const ids = [6429];
export const modules = {

/***/ 6429:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DZ: () => (/* binding */ parseDelimiter),
/* harmony export */   Qx: () => (/* binding */ parseCommandArgs),
/* harmony export */   Ve: () => (/* binding */ requireOption),
/* harmony export */   m2: () => (/* binding */ BASE_EXIT_CODES),
/* harmony export */   nT: () => (/* binding */ CommandUsageError),
/* harmony export */   runCli: () => (/* binding */ runCli),
/* harmony export */   zu: () => (/* binding */ choiceOption)
/* harmony export */ });
/* unused harmony exports EXIT_INTERNAL, processIo, reportCliFailure */
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7975);
/* harmony import */ var node_util__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_util__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _closest_match_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6060);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9980);
/**
 * The CLI face: argument parsing (node:util parseArgs, strict), dispatch to subcommands, and the
 * mapping from errors to what a terminal user sees: `mlops: <message>` on stderr and an exit code.
 *
 * Exit codes: `mlops help` lists them (Program.exitCodes); 70 is a bug (EX_SOFTWARE from sysexits.h).
 */



const EXIT_INTERNAL = 70;
/**
 * Streams whose reader went away (`mlops registry list | head -1`). Writing to a closed pipe is not
 * the user's mistake nor our bug: further output to it is dropped and the command finishes (its
 * files are written whole), exiting quietly instead of dying on an unhandled EPIPE with a stack.
 */
const closedStreams = new WeakSet();
const guardedStreams = new WeakSet();
function guardClosedPipe(stream) {
    if (guardedStreams.has(stream))
        return;
    guardedStreams.add(stream);
    stream.on('error', (e) => {
        // EPIPE, or the stream destroyed after it: drop the rest. Anything else on a terminal
        // stream has nowhere to be reported either, so it ends the same way.
        closedStreams.add(stream);
        if (e.code !== 'EPIPE' && e.code !== 'ERR_STREAM_DESTROYED')
            process.exitCode ??= EXIT_INTERNAL;
    });
}
function writeUnlessClosed(stream, text) {
    if (closedStreams.has(stream) || stream.destroyed)
        return;
    guardClosedPipe(stream);
    stream.write(text);
}
const processIo = {
    stdout: (t) => writeUnlessClosed(process.stdout, t),
    stderr: (t) => writeUnlessClosed(process.stderr, t),
    env: process.env,
};
/** A usage error that carries the command's usage text, printed after the message. */
class CommandUsageError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb {
    usage;
    constructor(what, usage) {
        super(what);
        this.usage = usage;
    }
}
/** The command itself, importing a lazy one's module. */
async function loadCommand(command) {
    return 'load' in command ? command.load() : command;
}
/** "unknown option --hed (did you mean --head?)": one message for every command's typos. */
function unknownOptionMessage(reported, options, argv) {
    // node reports `-data` as its first letter `-d`: suggest from what was typed.
    const end = argv.indexOf('--');
    const typed = (reported.length === 2 && (end === -1 ? argv : argv.slice(0, end)).find((a) => a.startsWith(reported) && !a.startsWith('--') && a.length > 2)) || reported;
    const long = typed.startsWith('--') ? typed.slice(2).split('=')[0] : undefined;
    const shorts = new Map(Object.entries(options).flatMap(([name, o]) => (o.short ? [[o.short, name]] : [])));
    const close = long !== undefined && long !== '' ? (0,_closest_match_js__WEBPACK_IMPORTED_MODULE_2__/* .closestMatch */ .h)(long, Object.keys(options)) : undefined;
    if (close !== undefined)
        return `unknown option ${typed} (did you mean --${close}?)`;
    // `-hed` for `--head`: a single dash before a long name.
    const single = !typed.startsWith('--') && typed.length > 2 ? (0,_closest_match_js__WEBPACK_IMPORTED_MODULE_2__/* .closestMatch */ .h)(typed.slice(1), Object.keys(options)) : undefined;
    if (single !== undefined)
        return `unknown option ${typed} (did you mean --${single}?)`;
    if (!typed.startsWith('--') && shorts.size > 0)
        return `unknown option ${typed} (short options: ${[...shorts.keys()].map((k) => `-${k}`).join(', ')})`;
    return `unknown option ${typed}`;
}
/**
 * Strict parseArgs: an unknown flag, a missing value or a stray positional is a usage error that
 * shows the command's usage; an unknown flag gets "did you mean" among the command's own options.
 * `--help`/`-h` is accepted by every command (check `values.help`).
 */
function parseCommandArgs(argv, options, usage, allowPositionals = false) {
    try {
        return (0,node_util__WEBPACK_IMPORTED_MODULE_0__.parseArgs)({
            args: argv,
            options: { ...options, help: { type: 'boolean', short: 'h' } },
            strict: true,
            allowPositionals,
        });
    }
    catch (e) {
        const message = e instanceof Error ? e.message : String(e);
        const unknown = e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-[^']*)'/.exec(message)?.[1] : undefined;
        if (unknown !== undefined)
            throw new CommandUsageError(unknownOptionMessage(unknown, { ...options, help: { type: 'boolean', short: 'h' } }, argv), usage);
        // node's messages end with advice about "--" that does not fit us; keep the first sentence.
        throw new CommandUsageError(message.split('. ')[0].replace(/\.$/, ''), usage);
    }
}
function requireOption(value, flag, usage) {
    if (value === undefined || value === '')
        throw new CommandUsageError(`missing required option --${flag}`, usage);
    return value;
}
function choiceOption(value, flag, choices, fallback, usage) {
    if (value === undefined)
        return fallback;
    if (choices.includes(value))
        return value;
    throw new CommandUsageError(`--${flag} must be one of ${choices.join(', ')} (got "${value}")`, usage);
}
/** Delimiters as people type them: "\t", "tab", "\\t" (from a shell or YAML single quotes). */
function parseDelimiter(value) {
    if (value === undefined || value === '')
        return undefined;
    if (value === '\\t' || value.toLowerCase() === 'tab')
        return '\t';
    if ([...value].length !== 1) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .UsageError */ .eb(`delimiter must be a single character (got ${JSON.stringify(value)})`, {
            hint: 'use "," ";" "|" or "tab"',
        });
    }
    return value;
}
/** What runCli itself and errors.ts exit with; a program adds its own (the forge's 3, signals). */
const BASE_EXIT_CODES = [
    { code: '0', meaning: 'ok' },
    { code: '1', meaning: 'a check ran and failed (validation errors, a gate, drift)' },
    { code: '2', meaning: 'bad usage or bad input (unknown option, unreadable file, invalid config)' },
    { code: String(EXIT_INTERNAL), meaning: 'internal error: a bug in mlops (rerun with MLOPS_DEBUG=1 and report it)' },
];
function helpText(program) {
    const width = Math.max(...program.commands.map((c) => c.name.length));
    const lines = program.commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
    const codes = program.exitCodes ?? BASE_EXIT_CODES;
    const codeWidth = Math.max(...codes.map((c) => c.code.length));
    return [
        `${program.name} ${program.version} — ${program.summary}`,
        '',
        `Usage: ${program.name} <command> [options]`,
        '',
        'Commands:',
        ...lines,
        `  ${'help'.padEnd(width)}  Show help for a command`,
        '',
        `Run "${program.name} <command> --help" for a command's options. "${program.name} --version" prints the version.`,
        '',
        'Exit codes:',
        ...codes.map((c) => `  ${c.code.padEnd(codeWidth)}  ${c.meaning}`),
        '',
    ].join('\n');
}
/** Finds the command whose words start argv, longest first ("profile merge" before "profile"). */
function findCommand(program, argv) {
    const sorted = [...program.commands].sort((a, b) => b.name.split(' ').length - a.name.split(' ').length);
    for (const command of sorted) {
        const words = command.name.split(' ');
        if (words.every((w, i) => argv[i] === w))
            return { command, rest: argv.slice(words.length) };
    }
    return undefined;
}
/** Runs one invocation and returns the exit code; never throws. */
async function runCli(argv, program, io = processIo) {
    try {
        const [first] = argv;
        if (first === undefined || first === '--help' || first === '-h') {
            io.stdout(helpText(program));
            return first === undefined ? 2 : 0;
        }
        if (first === '--version' || first === '-V') {
            io.stdout(`${program.version}\n`);
            return 0;
        }
        if (first === 'help') {
            if (argv.length === 1) {
                io.stdout(helpText(program));
                return 0;
            }
            const found = findCommand(program, argv.slice(1));
            if (!found)
                throw new CommandUsageError(`unknown command "${argv.slice(1).join(' ')}"`, helpText(program));
            io.stdout((await loadCommand(found.command)).usage);
            return 0;
        }
        const found = findCommand(program, argv);
        if (!found) {
            const group = program.commands.filter((c) => c.name.startsWith(`${first} `));
            if (group.length > 0) {
                const close = argv[1] === undefined ? undefined : (0,_closest_match_js__WEBPACK_IMPORTED_MODULE_2__/* .closestMatch */ .h)(argv[1], group.map((c) => c.name.split(' ')[1]));
                const sub = argv[1] === undefined || argv[1].startsWith('-') ? `missing subcommand for "${first}"` : `unknown command "${first} ${argv[1]}"${close ? ` (did you mean "${first} ${close}"?)` : ''}`;
                throw new CommandUsageError(sub, (await Promise.all(group.map(loadCommand))).map((c) => c.usage).join('\n'));
            }
            if (first.startsWith('-')) {
                const close = (0,_closest_match_js__WEBPACK_IMPORTED_MODULE_2__/* .closestMatch */ .h)(first.replace(/^-+/, ''), ['help', 'version']);
                throw new CommandUsageError(`unknown option ${first}${close ? ` (did you mean --${close}?)` : ''}`, helpText(program));
            }
            const close = (0,_closest_match_js__WEBPACK_IMPORTED_MODULE_2__/* .closestMatch */ .h)(first, [...new Set(program.commands.map((c) => c.name.split(' ')[0])), 'help']);
            throw new CommandUsageError(`unknown command "${first}"${close ? ` (did you mean "${close}"?)` : ''}`, helpText(program));
        }
        const command = await loadCommand(found.command);
        // Arguments after `--` belong to the user's own command (mlops train -- python train.py --help).
        const end = found.rest.indexOf('--');
        const own = end === -1 ? found.rest : found.rest.slice(0, end);
        if (own.includes('--help') || own.includes('-h')) {
            io.stdout(command.usage);
            return 0;
        }
        return await command.run(found.rest, io);
    }
    catch (e) {
        return reportCliFailure(e, io);
    }
}
function reportCliFailure(e, io) {
    if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isMlopsError */ .s8)(e)) {
        io.stderr(`mlops: ${e.message}\n`);
        if (e instanceof CommandUsageError)
            io.stderr(`\n${e.usage.endsWith('\n') ? e.usage : `${e.usage}\n`}`);
        return e.exitCode;
    }
    const err = e instanceof Error ? e : new Error(String(e));
    io.stderr(`mlops: internal error: ${err.message}\n`);
    if (io.env.MLOPS_DEBUG === '1')
        io.stderr(`${err.stack ?? ''}\n`);
    else
        io.stderr('mlops: this is a bug; rerun with MLOPS_DEBUG=1 for a stack trace and report it\n');
    return EXIT_INTERNAL;
}


/***/ }),

/***/ 6060:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ closestMatch)
/* harmony export */ });
/**
 * "Did you mean": the closest of a few known names to what someone typed. Used for mlops.yaml and
 * contract keys (shared/runtime/yaml-source.ts) and for the CLI's commands and options.
 */
/** Levenshtein distance, for "did you mean". */
function editDistance(a, b) {
    const prev = Array.from({ length: b.length + 1 }, (_, j) => j);
    for (let i = 1; i <= a.length; i++) {
        let diag = prev[0];
        prev[0] = i;
        for (let j = 1; j <= b.length; j++) {
            const tmp = prev[j];
            prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
            diag = tmp;
        }
    }
    return prev[b.length];
}
/** The closest candidate when it is plausibly a typo (distance ≤ max(2, a third of the length)) or an abbreviation. */
function closestMatch(word, candidates) {
    let best;
    let bestD = Infinity;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestD) {
            bestD = d;
            best = c;
        }
    }
    if (best !== undefined && bestD <= Math.max(2, Math.floor(word.length / 3)))
        return best;
    // An abbreviation ("cust" for "customer") when exactly one candidate starts with it.
    const prefixed = word.length >= 3 ? candidates.filter((c) => c.toLowerCase().startsWith(word.toLowerCase())) : [];
    return prefixed.length === 1 ? prefixed[0] : undefined;
}


/***/ }),

/***/ 9980:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gh: () => (/* binding */ EXIT_CHECK_FAILED),
/* harmony export */   IC: () => (/* binding */ MlopsError),
/* harmony export */   Ij: () => (/* binding */ EXIT_OK),
/* harmony export */   Vl: () => (/* binding */ ContractError),
/* harmony export */   dz: () => (/* binding */ InputError),
/* harmony export */   eb: () => (/* binding */ UsageError),
/* harmony export */   j$: () => (/* binding */ formatLocation),
/* harmony export */   s8: () => (/* binding */ isMlopsError)
/* harmony export */ });
/* unused harmony exports EXIT_BAD_INPUT, CLI_NAMING, ACTION_NAMING */
/**
 * Typed failures. Every error a user can cause names what went wrong, where (file, line, column)
 * and how to fix it. The faces map them to exit codes: the CLI prints the message and exits with
 * `exitCode`; the action calls setFailed and writes an annotation at `location`.
 *
 * Exit codes (shared by the CLI and the action process):
 *   0  ok
 *   1  a check ran and failed (validation errors, a gate, drift)
 *   2  bad usage or bad input (unreadable data, invalid contract, missing file)
 *   3  the forge (GitHub) refused or kept failing a call (ForgeError, shared/ports/forge-error.ts)
 */
const EXIT_OK = 0;
const EXIT_CHECK_FAILED = 1;
const EXIT_BAD_INPUT = 2;
function formatLocation(loc) {
    let s = loc.file;
    if (loc.line !== undefined)
        s += `:${loc.line}`;
    if (loc.line !== undefined && loc.column !== undefined)
        s += `:${loc.column}`;
    return s;
}
/** The `mlops` command line: `--score COL`. Error messages default to it (`error.message`). */
const CLI_NAMING = {
    option: (name, placeholder) => (placeholder ? `--${name} ${placeholder}` : `--${name}`),
    setting: (name, value) => `--${name} ${value}`,
};
/** An action step: `input "score"` (as readInputs' own messages say it), `task: multiclass` under `with:`. */
const ACTION_NAMING = {
    option: (name) => `input "${name}"`,
    setting: (name, value) => `${name}: ${value}`,
};
function wordingIn(w, naming) {
    return typeof w === 'string' ? w : w(naming);
}
class MlopsError extends Error {
    location;
    /** What the user can do about it; appended to the message in parentheses. */
    hint;
    #what;
    #hint;
    constructor(what, options = {}) {
        super(renderMessage(what, options.hint, options.location, CLI_NAMING), options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.location = options.location;
        this.hint = options.hint === undefined ? undefined : wordingIn(options.hint, CLI_NAMING);
        this.#what = what;
        this.#hint = options.hint;
    }
    /** The message with options named the way `naming`'s face spells them (`message` is the CLI's). */
    messageFor(naming) {
        return renderMessage(this.#what, this.#hint, this.location, naming);
    }
}
function renderMessage(what, hint, location, naming) {
    const where = location ? `${formatLocation(location)}: ` : '';
    const fix = hint === undefined ? '' : wordingIn(hint, naming);
    return `${where}${wordingIn(what, naming)}${fix ? ` (${fix})` : ''}`;
}
/** Data or a file the user pointed us at cannot be read as what it claims to be. */
class InputError extends MlopsError {
    exitCode = EXIT_BAD_INPUT;
}
/** A data contract (or other config file) is not valid. */
class ContractError extends MlopsError {
    exitCode = EXIT_BAD_INPUT;
}
/** The command line or the action's inputs are wrong. */
class UsageError extends MlopsError {
    exitCode = EXIT_BAD_INPUT;
}
function isMlopsError(e) {
    return e instanceof MlopsError;
}


/***/ })

};
