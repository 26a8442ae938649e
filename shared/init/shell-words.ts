/**
 * A command line as a person types it (`python train.py --epochs 3 --name 'my run'`) split into the
 * argument list the train step runs without a shell, the way POSIX sh splits words: blanks separate
 * words, '…' is literal, "…" is literal except for \" \\ \$ \` and a backslash-newline, and a
 * backslash outside quotes makes the next character literal.
 *
 * Nothing is expanded, because no shell will run it. So what a shell would have expanded or treated
 * as an operator is refused unless quoted (`$HOME`, `$(…)`, backticks, globs, `~`, `|`, `&&`, `;`,
 * `>`, a `#` comment): quietly passing `&&` to the training program as an argument, or `*.csv`
 * unexpanded, would train something else than the person meant. Quoted, such text is an argument
 * like any other ('$(rm -rf /)' is those eleven characters).
 */
import { UsageError } from '../runtime/errors.js';

const BLANK = new Set([' ', '\t', '\n']);
/** Characters sh gives a meaning to outside quotes (operators, expansions, globs, brace expansion). */
const SPECIAL = new Set(['|', '&', ';', '<', '>', '(', ')', '$', '`', '*', '?', '[', ']', '{', '}']);
/** Special only at the start of a word: `~` (home directory), `#` (a comment). */
const SPECIAL_AT_START = new Set(['~', '#']);
/** What a backslash escapes inside double quotes; before anything else it stays a backslash. */
const DOUBLE_QUOTE_ESCAPES = new Set(['$', '`', '"', '\\', '\n']);

const HINT = 'the command runs without a shell: quote such characters to pass them as they are, or put a pipeline or variables in a script (e.g. train.sh) and run that';

/** Splits `line` into words like sh does, with no expansions. Throws UsageError naming `what` (the flag). */
export function splitShellWords(line: string, what = 'the command'): string[] {
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const fail = (message: string, hint = HINT): never => {
    throw new UsageError(`${what}: ${message} at character ${i + 1} of ${JSON.stringify(line)}`, { hint });
  };
  while (i < line.length) {
    const c = line[i]!;
    if (BLANK.has(c)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      i++;
    } else if (c === "'") {
      const end = line.indexOf("'", i + 1);
      if (end < 0) fail('unbalanced single quote', "close it with ', or escape it as \\'");
      word += line.slice(i + 1, end);
      inWord = true;
      i = end + 1;
    } else if (c === '"') {
      inWord = true;
      i++;
      for (;;) {
        if (i >= line.length) fail('unbalanced double quote', 'close it with ", or escape it as \\"');
        const d = line[i]!;
        if (d === '"') break;
        if (d === '\\' && i + 1 < line.length && DOUBLE_QUOTE_ESCAPES.has(line[i + 1]!)) {
          if (line[i + 1] !== '\n') word += line[i + 1];
          i += 2;
          continue;
        }
        if (d === '$' || d === '`') fail(`"${d}" inside double quotes would be expanded by a shell`);
        word += d;
        i++;
      }
      i++;
    } else if (c === '\\') {
      if (i + 1 >= line.length) fail('a backslash at the end', 'remove it, or write \\\\ for a backslash');
      // A backslash-newline joins lines, as in sh.
      if (line[i + 1] !== '\n') {
        word += line[i + 1];
        inWord = true;
      }
      i += 2;
    } else {
      if (SPECIAL.has(c) || (!inWord && SPECIAL_AT_START.has(c))) fail(`unquoted "${c}"`);
      word += c;
      inWord = true;
      i++;
    }
  }
  if (inWord) words.push(word);
  if (words.length === 0) throw new UsageError(`${what} is empty`, { hint: 'give the training command, e.g. --train "python train.py"' });
  return words;
}
