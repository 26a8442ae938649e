/**
 * The bootstrap's hot draw loop (bootstrap.ts, drawByteBlock) as one WebAssembly function, written
 * below as a commented listing (wasm-assembler.ts encodes it): a block of `len` draws of Lemire's
 * bounded index in [0, n) from xoshiro128**, each counted into byte counts as it is drawn. Same
 * stream, same rejections, same counts as Xoshiro128.drawCounts: test/model/metrics/wasm-draws.test.ts
 * checks them against it and against the Python port's values at Lemire's exact bound.
 *
 * Why: 1M draws take 2.2 ms here against 3.1 ms for the JavaScript loop (min CPU of 12 × 8 resamples,
 * 2-core dev machine). WebAssembly has the 64-bit product r·n (its low word is the rejection test,
 * its high word the index) and rotates as instructions, and checks memory bounds with guard pages
 * rather than a compare per access; the JavaScript loop goes through doubles for the high word.
 * Evaluate's 1,000 resamples draw 1M rows each: ~0.9 s of CPU saved on 1M rows.
 *
 * The counts live in the module's own memory (bytes 16..16 + n; bytes 0..16 hold the generator
 * state): byteCounts(n) makes them, Xoshiro128.drawCounts finds their drawer (wasmDrawsInto) and
 * calls it, and the summary pass reads them like any Uint8Array. Without WebAssembly (node
 * --jitless), or above 2^21 rows, byteCounts returns a plain Uint8Array and the JavaScript loop runs.
 */
import {
  ADD, BLOCK, br, brIf, compileKernel, END, EXTEND_U, GE_U, get, I32, i32, i32Load, i32Store, I64, i64, IF, LOAD8_U, LOOP, MUL, MUL64, oneFunctionModule, OR, ROTL, set, SHL,
  SHR_U64, STORE8, tee, WRAP, XOR,
} from './wasm-assembler.js';

/** What the draws need of bootstrap.ts's Xoshiro128 (declared here: bootstrap.ts imports this file). */
interface Xoshiro128 {
  saveState(): [number, number, number, number];
  restoreState(state: readonly [number, number, number, number]): void;
}

/** Byte counts handed out by byteCounts, each with the drawer of its module instance. */
const drawers = new WeakMap<Uint8Array, (rng: Xoshiro128) => boolean>();

/**
 * The WebAssembly draws into `counts` if byteCounts made it: adds n = counts.length draws of `rng`,
 * exactly as Xoshiro128.drawCounts does, advances `rng` as it would, and returns false if a count
 * passed 255. Undefined for any other array.
 */
export function wasmDrawsInto(counts: Uint8Array): ((rng: Xoshiro128) => boolean) | undefined {
  return drawers.get(counts);
}

/** Draws per call: lets V8 move the function to optimised code after a few calls (no OSR in wasm). */
const DRAWS_PER_CALL = 4096;
const COUNTS_AT = 16;

// Locals: params n, threshold, len; then the state words, the output r, xoshiro's t, the block's
// draw count k, the OR of the new counts, a new count, its address; and the 64-bit product r·n.
const [N, THRESHOLD, LEN, S0, S1, S2, S3, R, T, K, SEEN, V, AT, PRODUCT] = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
const LOCALS: Array<[number, number]> = [
  [10, I32],
  [1, I64],
];
const stateWord = (k: number) => [...i32(4 * k), ...i32Load()];
const setStateWord = (k: number, local: number) => [...i32(4 * k), ...get(local), ...i32Store()];

/** draw(n, threshold, len) → OR of the new counts: drawByteBlock of bootstrap.ts, line for line. */
const DRAW_BODY = [
  ...stateWord(0), ...set(S0),
  ...stateWord(1), ...set(S1),
  ...stateWord(2), ...set(S2),
  ...stateWord(3), ...set(S3),
  ...BLOCK,
  ...LOOP,
  //   while (k < len)
  ...get(K), ...get(LEN), ...GE_U, ...brIf(1),
  //   r = rotl(s1 · 5, 7) · 9; t = s1 << 9
  ...get(S1), ...i32(5), ...MUL, ...i32(7), ...ROTL, ...i32(9), ...MUL, ...set(R),
  ...get(S1), ...i32(9), ...SHL, ...set(T),
  //   s2 ^= s0; s3 ^= s1; s1 ^= s2; s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11)
  ...get(S2), ...get(S0), ...XOR, ...set(S2),
  ...get(S3), ...get(S1), ...XOR, ...set(S3),
  ...get(S1), ...get(S2), ...XOR, ...set(S1),
  ...get(S0), ...get(S3), ...XOR, ...set(S0),
  ...get(S2), ...get(T), ...XOR, ...set(S2),
  ...get(S3), ...i32(11), ...ROTL, ...set(S3),
  //   product = r · n (unsigned, 64-bit); kept iff its low word ≥ threshold (unsigned)
  ...get(R), ...EXTEND_U, ...get(N), ...EXTEND_U, ...MUL64, ...tee(PRODUCT),
  ...WRAP, ...get(THRESHOLD), ...GE_U,
  ...IF,
  //     at = COUNTS_AT + high word; v = counts[at] + 1 (as i32); counts[at] = v (byte); seen |= v; k++
  ...get(PRODUCT), ...i64(32), ...SHR_U64, ...WRAP, ...i32(COUNTS_AT), ...ADD, ...set(AT),
  ...get(AT), ...get(AT), ...LOAD8_U, ...i32(1), ...ADD, ...tee(V), ...STORE8,
  ...get(SEEN), ...get(V), ...OR, ...set(SEEN),
  ...get(K), ...i32(1), ...ADD, ...set(K),
  ...END,
  ...br(0),
  ...END,
  ...END,
  ...setStateWord(0, S0),
  ...setStateWord(1, S1),
  ...setStateWord(2, S2),
  ...setStateWord(3, S3),
  ...get(SEEN),
  ...END,
];

type DrawFn = (n: number, threshold: number, len: number) => number;
/** The compiled draws, once per thread: undefined until first asked for, null without WebAssembly. */
let kernel: ReturnType<typeof compileKernel<DrawFn>> | undefined;

/**
 * n zeroed byte counts for Xoshiro128.drawCounts: in a WebAssembly memory of their own, drawn into by
 * the function above, when WebAssembly runs here and 1 ≤ n ≤ 2^21; else a plain Uint8Array.
 */
export function byteCounts(n: number): Uint8Array {
  if (!(Number.isInteger(n) && n >= 1 && n <= 0x200000)) return new Uint8Array(n);
  kernel ??= compileKernel<DrawFn>(() => oneFunctionModule('draw', 3, I32, LOCALS, DRAW_BODY), 'draw');
  const instance = kernel?.(COUNTS_AT + n);
  if (!instance) return new Uint8Array(n);
  const { fn: draw, buffer } = instance;
  const state = new Int32Array(buffer, 0, 4);
  const counts = new Uint8Array(buffer, COUNTS_AT, n);
  const threshold = (4294967296 - n) % n;
  drawers.set(counts, (rng) => {
    state.set(rng.saveState());
    let seen = 0;
    for (let start = 0; start < n; start += DRAWS_PER_CALL) seen |= draw(n, threshold, Math.min(DRAWS_PER_CALL, n - start));
    rng.restoreState([state[0]!, state[1]!, state[2]!, state[3]!]);
    return seen < 256;
  });
  return counts;
}
