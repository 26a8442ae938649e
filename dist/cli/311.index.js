export const id = 311;
export const ids = [311];
export const modules = {

/***/ 311:
/***/ (function (__unused_webpack_module, __webpack_exports__, __webpack_require__) {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   pr: () => (/* binding */ substitutePlaceholders),
/* harmony export */   splitCommandWords: () => (/* binding */ splitCommandWords),
/* harmony export */   ur: () => (/* binding */ checkPredictArgv)
/* harmony export */ });
/* unused harmony exports INPUT_PLACEHOLDER, OUTPUT_PLACEHOLDER */
/* harmony import */ var _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9980);
/**
 * The team's predict command, as `explain` runs it: `python predict.py model.pkl {input} {output}`
 * split into an argument list the way POSIX sh splits words (blanks separate words, '…' is
 * literal, "…" is literal except for \" \\ \$ \` and a backslash-newline, a backslash outside
 * quotes makes the next character literal), then spawned without a shell.
 *
 * Nothing is expanded, because no shell runs it, so what a shell would have expanded or treated
 * as an operator (`$HOME`, `$(…)`, backticks, globs, `~`, `|`, `&&`, `;`, `>`, a `#` comment) is
 * refused unless quoted: passing `&&` to the program as an argument would run something else than
 * the person meant. Braces are allowed, since the placeholders are written with them. The same
 * rules as `mlops init --train` (shared/init/shell-words.ts, which a step cannot import: init is a
 * face), plus the placeholders.
 *
 * `{input}` and `{output}` are replaced only where an argument is exactly the placeholder, so a
 * path can never be re-parsed, split or joined with user text: `--in={input}` is refused with a
 * hint to write `--in {input}`.
 */

const INPUT_PLACEHOLDER = '{input}';
const OUTPUT_PLACEHOLDER = '{output}';
const BLANK = new Set([' ', '\t', '\n']);
const SPECIAL = new Set(['|', '&', ';', '<', '>', '(', ')', '$', '`', '*', '?', '[', ']']);
const SPECIAL_AT_START = new Set(['~', '#']);
const DOUBLE_QUOTE_ESCAPES = new Set(['$', '`', '"', '\\', '\n']);
const HINT = 'the predict command runs without a shell: quote such characters to pass them as they are, or put a pipeline or variables in a script (e.g. predict.sh) and run that';
/** Splits `line` into words like sh does, with no expansions; `what` names the flag or input in messages. */
function splitCommandWords(line, what) {
    const words = [];
    let word = '';
    let inWord = false;
    let i = 0;
    const fail = (message, hint = HINT) => {
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what}: ${message} at character ${i + 1} of ${JSON.stringify(line)}`, { hint });
    };
    while (i < line.length) {
        const c = line[i];
        if (BLANK.has(c)) {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
            i++;
        }
        else if (c === "'") {
            const end = line.indexOf("'", i + 1);
            if (end < 0)
                fail('unbalanced single quote', "close it with ', or escape it as \\'");
            word += line.slice(i + 1, end);
            inWord = true;
            i = end + 1;
        }
        else if (c === '"') {
            inWord = true;
            i++;
            for (;;) {
                if (i >= line.length)
                    fail('unbalanced double quote', 'close it with ", or escape it as \\"');
                const d = line[i];
                if (d === '"')
                    break;
                if (d === '\\' && i + 1 < line.length && DOUBLE_QUOTE_ESCAPES.has(line[i + 1])) {
                    if (line[i + 1] !== '\n')
                        word += line[i + 1];
                    i += 2;
                    continue;
                }
                if (d === '$' || d === '`')
                    fail(`"${d}" inside double quotes would be expanded by a shell`);
                word += d;
                i++;
            }
            i++;
        }
        else if (c === '\\') {
            if (i + 1 >= line.length)
                fail('a backslash at the end', 'remove it, or write \\\\ for a backslash');
            if (line[i + 1] !== '\n') {
                word += line[i + 1];
                inWord = true;
            }
            i += 2;
        }
        else {
            if (SPECIAL.has(c) || (!inWord && SPECIAL_AT_START.has(c)))
                fail(`unquoted "${c}"`);
            word += c;
            inWord = true;
            i++;
        }
    }
    if (inWord)
        words.push(word);
    return words;
}
/** Checks that `argv` names a program and both placeholders, each as a whole argument. */
function checkPredictArgv(argv, what) {
    const example = `e.g. "python predict.py model.pkl ${INPUT_PLACEHOLDER} ${OUTPUT_PLACEHOLDER}"`;
    if (argv.length === 0 || argv[0] === '')
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} is empty`, { hint: `give the program and its arguments, ${example}` });
    for (const p of [INPUT_PLACEHOLDER, OUTPUT_PLACEHOLDER]) {
        if (argv.includes(p))
            continue;
        const joined = argv.find((a) => a.includes(p));
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(joined !== undefined
            ? `${what}: "${joined}" holds ${p} inside a longer argument; it is replaced only as a whole argument`
            : `${what} has no ${p} argument`, { hint: `${p === INPUT_PLACEHOLDER ? 'the CSV of feature rows to predict' : 'where the command writes its score and/or prediction column'} is passed as the argument ${p}, ${example}` });
    }
    if (argv[0] === INPUT_PLACEHOLDER || argv[0] === OUTPUT_PLACEHOLDER)
        throw new _runtime_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .UsageError */ .eb(`${what} starts with a placeholder`, { hint: `start with the program, ${example}` });
}
/** `argv` with every argument that is exactly a placeholder replaced by its path. */
function substitutePlaceholders(argv, paths) {
    return argv.map((a) => (a === INPUT_PLACEHOLDER ? paths.input : a === OUTPUT_PLACEHOLDER ? paths.output : a));
}


/***/ })

};
