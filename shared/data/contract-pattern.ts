/**
 * A contract's `pattern` rule, matched in time linear in the value's length whatever the pattern.
 *
 * Why RE2 (re2js, its JavaScript port): a contract is user input, and JavaScript's backtracking
 * engine takes exponential time on patterns such as `(a+)+$` (28 a's and a "b": 18.7 s; 40: never).
 * RE2 has no backreferences and no lookaround, which is what lets it promise linear time; a pattern
 * using them is rejected when the contract is loaded (loadContract reports it at its line:col).
 *
 * Why a second engine for some patterns: re2js costs ~1 µs a test on a 3-letter value, ~10x
 * JavaScript's RegExp (measured, 1M values: `^[A-Z]{3}$` 940 ms vs 85 ms). The validator tests each
 * distinct value of a batch, so a high-cardinality column with a pattern would pay that per row.
 * Patterns of the common shape, an optionally anchored sequence of single-character atoms with
 * quantifiers (`^[A-Z]{3}$`, `^C\d{4}$`, `^[a-z_]+$`), run on RegExp when backtracking provably
 * stays linear: anchored at the start with at most one unbounded quantifier (`+`, `*`, `{n,}`), or unanchored with none; and the bounded quantifiers' choices
 * multiply to at most FAST_CHOICES, so RegExp explores at most FAST_CHOICES × (n + 1) paths. Those
 * atoms (ASCII literals, classes of ASCII literals and ranges, \d \D \w \W) mean the same in both
 * engines (test/data/contract-pattern.test.ts compares them on generated values). Long values
 * (> FAST_MAX_LENGTH characters) always go to RE2.
 *
 * re2js is loaded when the first pattern needs it (re2-load.cjs says why), so a validator without
 * pattern rules never evaluates it. A fast-path pattern needs RE2 only for a long value: its RE2 is
 * compiled then, not when the contract is loaded, because the recogniser's subset is one RE2 always
 * compiles once each repeat count is within RE2's 1000 and the pattern's size is bounded
 * (DEFER_MAX_LENGTH; test/data/contract-pattern.test.ts checks it on generated patterns). Evaluating
 * re2js costs ~15-20 ms of CPU, a third of loading a contract such as `^[A-Z]{3}$` (issue 18).
 * Compiled patterns are kept by source: the contract's check and the validator compile each once.
 */
import { loadRe2 } from './re2-load.cjs';

/** Most backtracking paths the RegExp fast path may explore per start position (see above). */
const FAST_CHOICES = 64;
/** Values longer than this always go to RE2 (a bound on the fast path's worst case). */
const FAST_MAX_LENGTH = 1024;
/**
 * Longest fast-path pattern whose RE2 is compiled on its first long value rather than at once. With
 * at most 1000 per repeat count (RE2's limit, checked by the recogniser), a pattern of n atoms is at
 * most ~2,000n of RE2's size units, far under its "expression too large" (1,398,101) at n ≤ 256.
 */
const DEFER_MAX_LENGTH = 256;
/** RE2's limit on a repeat count (`{n}`, `{n,m}`); larger is a syntax error. */
const RE2_MAX_REPEAT = 1000;

export interface ContractPattern {
  /** The pattern as the contract wrote it (for messages). */
  readonly source: string;
  /** Whether the pattern is found anywhere in `text` (anchor with ^...$ for the whole value). */
  test(text: string): boolean;
  /** Whether `test` may use JavaScript's RegExp for short values (exposed for tests and docs). */
  readonly fast: boolean;
}

/** Thrown for a pattern RE2 cannot compile; the message says why, without the "error parsing" prefix. */
export class PatternSyntaxError extends Error {}

type Re2 = ReturnType<ReturnType<typeof loadRe2>['compile']>;

/**
 * Compiled patterns by source: a pattern is immutable once compiled, and a contract has a few. At most
 * COMPILED_KEPT, so a long-lived process reading many contracts (a fuzzer) does not keep them all.
 */
const compiled = new Map<string, ContractPattern>();
const COMPILED_KEPT = 256;

/** Compiles a contract pattern with RE2 syntax. Throws PatternSyntaxError. */
export function compileContractPattern(source: string): ContractPattern {
  let pattern = compiled.get(source);
  if (pattern === undefined) {
    pattern = compile(source);
    if (compiled.size >= COMPILED_KEPT) compiled.clear();
    compiled.set(source, pattern);
  }
  return pattern;
}

function compile(source: string): ContractPattern {
  const fast = fastRegExp(source);
  if (fast?.deferRe2) {
    const js = fast.regExp;
    let re2: Re2 | undefined;
    return { source, fast: true, test: (text) => (text.length <= FAST_MAX_LENGTH ? js.test(text) : (re2 ??= compileRe2(source)).test(text)) };
  }
  const re2 = compileRe2(source);
  if (!fast) return { source, fast: false, test: (text) => re2.test(text) };
  const js = fast.regExp;
  return { source, fast: true, test: (text) => (text.length <= FAST_MAX_LENGTH ? js.test(text) : re2.test(text)) };
}

function compileRe2(source: string): Re2 {
  // Outside the try: a failure to load re2js is our bug, not the pattern's.
  const RE2JS = loadRe2();
  try {
    return RE2JS.compile(source);
  } catch (e) {
    throw new PatternSyntaxError(String((e as Error).message).replace(/^error parsing regexp: /, ''));
  }
}

/** ASCII characters that are literal outside a class: printable, not a metacharacter. */
const isPlainLiteral = (ch: string): boolean => /^[ -~]$/.test(ch) && !'\\^$.|?*+()[]{}'.includes(ch);
/** ASCII punctuation that may be escaped to mean itself in both engines. */
const isEscapablePunct = (ch: string): boolean => '\\^$.|?*+()[]{}-/'.includes(ch);

/**
 * The pattern as a RegExp when it is in the fast subset (see the file comment), else undefined;
 * `deferRe2` when RE2 surely compiles it too (short, repeat counts within RE2's limit).
 * A small recogniser, not a parser of either syntax: anything it does not know goes to RE2.
 */
function fastRegExp(source: string): { regExp: RegExp; deferRe2: boolean } | undefined {
  let i = 0;
  const n = source.length;
  const anchored = source.startsWith('^');
  if (anchored) i = 1;
  let end = n;
  if (end > i && source[end - 1] === '$' && source[end - 2] !== '\\') end--;
  let unbounded = 0;
  let choices = 1;
  let largestCount = 0;
  while (i < end) {
    // One atom.
    const ch = source[i];
    if (ch === '\\') {
      const e = source[i + 1];
      if (e === undefined || !('dDwW'.includes(e) || isEscapablePunct(e))) return undefined;
      i += 2;
    } else if (ch === '[') {
      const close = classEnd(source, i + 1, end);
      if (close < 0) return undefined;
      i = close + 1;
    } else if (isPlainLiteral(ch)) i++;
    else return undefined;
    // Its quantifier, if any.
    const q = source[i];
    let min = 1;
    let max = 1;
    if (q === '?') [min, max, i] = [0, 1, i + 1];
    else if (q === '*') [min, max, i] = [0, Infinity, i + 1];
    else if (q === '+') [min, max, i] = [1, Infinity, i + 1];
    else if (q === '{') {
      const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(source.slice(i, end));
      if (!m) return undefined;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      largestCount = Math.max(largestCount, min, max === Infinity ? 0 : max);
      i += m[0].length;
    }
    if (i < end && '?+*{'.includes(source[i])) return undefined; // lazy or stacked quantifiers
    if (max === Infinity) unbounded++;
    else choices *= max - min + 1;
  }
  if (unbounded > (anchored ? 1 : 0) || choices > FAST_CHOICES) return undefined;
  try {
    return { regExp: new RegExp(source, 'u'), deferRe2: source.length <= DEFER_MAX_LENGTH && largestCount <= RE2_MAX_REPEAT };
  } catch {
    return undefined; // valid RE2 that RegExp reads differently or not at all: RE2 only
  }
}

/** Index of the `]` closing a class of ASCII literals, ranges and \d \w escapes that starts at `from`; -1 when not that. */
function classEnd(source: string, from: number, end: number): number {
  let i = from;
  if (source[i] === '^') i++;
  const first = i;
  while (i < end) {
    const ch = source[i];
    if (ch === ']' && i > first) return i;
    if (ch === '\\') {
      const e = source[i + 1];
      if (e === undefined || !('dw'.includes(e) || isEscapablePunct(e))) return -1;
      i += 2;
      continue;
    }
    if (ch === '[' || ch === ']' || !/^[ -~]$/.test(ch)) return -1;
    // A range a-b of printable ASCII (a '-' first or last is literal).
    if (source[i + 1] === '-' && source[i + 2] !== undefined && source[i + 2] !== ']') {
      const hi = source[i + 2];
      if (hi === '\\' || hi === '[' || !/^[ -~]$/.test(hi) || hi < ch) return -1;
      i += 3;
      continue;
    }
    i++;
  }
  return -1;
}
