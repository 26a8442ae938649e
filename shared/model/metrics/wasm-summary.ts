/**
 * The binary summary's untied-span pass (index.ts, untiedSpan) as one WebAssembly function, written
 * below as a commented listing (wasm-assembler.ts encodes it). It adds the same terms in the same
 * order with the same IEEE-754 double operations, so the running sums are bit for bit those of the
 * JavaScript loop: test/model/metrics/wasm-summary.test.ts checks whole summaries against
 * summarizeBinary's.
 *
 * Why: the pass runs once per bootstrap resample over every row; per 1M-row resample 2.9 ms in
 * JavaScript, 2.4 ms here (min CPU of 15 × 8 resamples, 2-core dev machine, the copy of the counts
 * included): ~0.5 s of CPU over evaluate's 1,000 resamples of 1M rows. No bounds check per access
 * (guard pages), loads straight into registers.
 *
 * WebAssembly reads only its own memory, so a kernel holds copies of the prepared rows it reads:
 * memory layout
 *   [64, 136)            the running sums, the layout of index.ts's `acc` (S_TP … S_BIN_GAP)
 *   [256, +32 KiB)       average precision numerators, then [+32 KiB, +32 KiB) denominators
 *   [COUNTS_AT, +n)      the resample's byte counts (copied in per resample, ~0.04 ms per 1M)
 *   then 8-aligned: log loss (8n), gap (8n), positive (n)
 * i.e. ~18 MB per thread for 1M rows, made once per bootstrap (plan) and thread.
 */
import {
  ADD, BLOCK, br, brIf, compileKernel, END, f64Load, f64Store, F_ADD, F_DIV, F_FROM_U32, F_MUL, F64, GE_U, get, I32, i32, LOAD8_U, LOOP, MUL, NE, oneFunctionModule, set, SHL, SUB,
  tee,
} from './wasm-assembler.js';

const ACC_AT = 64;
const NUM_AT = 256;
/** Rows per span at most (index.ts SPAN_ROWS): the size of the numerator and denominator buffers. */
export const KERNEL_SPAN_ROWS = 4096;
const DEN_AT = NUM_AT + 8 * KERNEL_SPAN_ROWS;
const COUNTS_AT = DEN_AT + 8 * KERNEL_SPAN_ROWS;

// Params: rows [a, b), and where the counts, positives, log losses and gaps start.
const [A, B, W_AT, Y_AT, LL_AT, GAP_AT] = [0, 1, 2, 3, 4, 5];
// i32 locals: the row, the AP term count k, its index j, dP and w as integers.
const [R, K, J, DP_INT, W_INT] = [6, 7, 8, 9, 10];
// f64 locals: the running sums, then the row's w, dP, dN, gap and w·gap.
const [TP, FP, ROC, LL, BRIER, BIN_GAP, AP, W, DP, DN, G, WG] = [11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22];
const LOCALS: Array<[number, number]> = [
  [5, I32],
  [12, F64],
];
/** The running sums' slots in `acc` (index.ts S_TP … S_BIN_GAP). */
const SUMS: Array<[number, number]> = [
  [TP, 0],
  [FP, 1],
  [ROC, 2],
  [AP, 3],
  [LL, 4],
  [BRIER, 5],
  [BIN_GAP, 6],
];
const ZERO = i32(0);
/** Address of the 8-byte element at index `local` of the array starting at local `base`. */
const at8 = (base: number, local: number) => [...get(base), ...get(local), ...i32(3), ...SHL, ...ADD];

/** untied(a, b, wAt, yAt, llAt, gapAt): index.ts's untiedSpan, line for line. */
const UNTIED_BODY = [
  ...SUMS.flatMap(([local, slot]) => [...ZERO, ...f64Load(ACC_AT + 8 * slot), ...set(local)]),
  ...get(A), ...set(R),
  ...BLOCK,
  ...LOOP,
  //   for (r = a; r < b; r++)
  ...get(R), ...get(B), ...GE_U, ...brIf(1),
  //   wr = w[r]; llSum += wr · ll[r]
  ...get(W_AT), ...get(R), ...ADD, ...LOAD8_U, ...tee(W_INT), ...F_FROM_U32, ...set(W),
  ...get(LL), ...get(W), ...at8(LL_AT, R), ...f64Load(), ...F_MUL, ...F_ADD, ...set(LL),
  //   g = gap[r]; wg = wr · g; brSum += wg · g; binGap += wg
  ...at8(GAP_AT, R), ...f64Load(), ...set(G),
  ...get(W), ...get(G), ...F_MUL, ...set(WG),
  ...get(BRIER), ...get(WG), ...get(G), ...F_MUL, ...F_ADD, ...set(BRIER),
  ...get(BIN_GAP), ...get(WG), ...F_ADD, ...set(BIN_GAP),
  //   dP = positive[r] · wr; dN = wr − dP (integers, exact as doubles)
  ...get(Y_AT), ...get(R), ...ADD, ...LOAD8_U, ...get(W_INT), ...MUL, ...tee(DP_INT), ...F_FROM_U32, ...set(DP),
  ...get(W_INT), ...get(DP_INT), ...SUB, ...F_FROM_U32, ...set(DN),
  //   roc += dN · tp; tp += dP; fp += dN
  ...get(ROC), ...get(DN), ...get(TP), ...F_MUL, ...F_ADD, ...set(ROC),
  ...get(TP), ...get(DP), ...F_ADD, ...set(TP),
  ...get(FP), ...get(DN), ...F_ADD, ...set(FP),
  //   num[k] = dP · tp; den[k] = tp + fp; k += dP > 0
  ...get(K), ...i32(3), ...SHL, ...get(DP), ...get(TP), ...F_MUL, ...f64Store(NUM_AT),
  ...get(K), ...i32(3), ...SHL, ...get(TP), ...get(FP), ...F_ADD, ...f64Store(DEN_AT),
  ...get(K), ...get(DP_INT), ...ZERO, ...NE, ...ADD, ...set(K),
  ...get(R), ...i32(1), ...ADD, ...set(R),
  ...br(0),
  ...END,
  ...END,
  //   for (j = 0; j < k; j++) ap += num[j] / den[j]
  ...BLOCK,
  ...LOOP,
  ...get(J), ...get(K), ...GE_U, ...brIf(1),
  ...get(AP), ...get(J), ...i32(3), ...SHL, ...f64Load(NUM_AT), ...get(J), ...i32(3), ...SHL, ...f64Load(DEN_AT), ...F_DIV, ...F_ADD, ...set(AP),
  ...get(J), ...i32(1), ...ADD, ...set(J),
  ...br(0),
  ...END,
  ...END,
  ...SUMS.flatMap(([local, slot]) => [...ZERO, ...get(local), ...f64Store(ACC_AT + 8 * slot)]),
  ...END,
];

type UntiedFn = (a: number, b: number, wAt: number, yAt: number, llAt: number, gapAt: number) => void;
/** The compiled pass, once per thread: undefined until first asked for, null without WebAssembly. */
let kernel: ReturnType<typeof compileKernel<UntiedFn>> | undefined;

export interface UntiedSpanKernel {
  /** The running sums, index.ts's `acc` (9 slots), in the kernel's memory. */
  readonly acc: Float64Array;
  /** Where a resample's counts are copied before its spans are run. */
  readonly counts: Uint8Array;
  /** untiedSpan(acc, counts, positive, logLoss, gap, a, b) on the copies. */
  untied(a: number, b: number): void;
}

/** A kernel over copies of these prepared rows, or undefined without WebAssembly. */
export function untiedSpanKernel(logLoss: Float64Array, gap: Float64Array, positive: Uint8Array): UntiedSpanKernel | undefined {
  const n = positive.length;
  kernel ??= compileKernel<UntiedFn>(() => oneFunctionModule('untied', 6, undefined, LOCALS, UNTIED_BODY), 'untied');
  const llAt = (COUNTS_AT + n + 7) & ~7;
  const gapAt = llAt + 8 * n;
  const yAt = gapAt + 8 * n;
  const instance = kernel?.(yAt + n);
  if (!instance) return undefined;
  const { fn: untied, buffer } = instance;
  new Float64Array(buffer, llAt, n).set(logLoss);
  new Float64Array(buffer, gapAt, n).set(gap);
  new Uint8Array(buffer, yAt, n).set(positive);
  return {
    acc: new Float64Array(buffer, ACC_AT, 9),
    counts: new Uint8Array(buffer, COUNTS_AT, n),
    untied: (a, b) => untied(a, b, COUNTS_AT, yAt, llAt, gapAt),
  };
}
