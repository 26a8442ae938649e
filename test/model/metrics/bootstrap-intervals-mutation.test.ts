/**
 * bootstrap.ts outside the draws, for mutation testing (docs/mutation-testing.md): each resample's own stream
 * (resampleSeed), resampleCounts, the Resampler's flat statistics, NumPy's linear quantile and the percentile
 * intervals of bootstrapStatistics and bootstrapCi, on small data so that a mutant runs these tests in
 * milliseconds (bootstrap.test.ts's Seattle and 2-million-draw tests cost ~80 s per mutant).
 *
 * Reference: bootstrap-intervals-reference.py, an independent integer port of splitmix32, xoshiro128**, Lemire's
 * bounded draw and the fmix32 per-resample seeding, with np.quantile (method "linear") for the intervals, run
 * with Debian's /usr/bin/python3. Its answers are cached in the OS temp folder under the SHA-256 of the script and
 * the question (mutation runs repeat these tests per mutant). Skipped with a printed reason without NumPy there.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import {
  bootstrapCi,
  bootstrapStatistics,
  quantileSorted,
  resampleCounts,
  Resampler,
  resampleSeed,
  Xoshiro128,
  type Multiplicities,
} from '../../../shared/model/metrics/bootstrap.js';

const PYTHON = '/usr/bin/python3';
const noNumpy = !existsSync(PYTHON) || spawnSync(PYTHON, ['-c', 'import numpy'], { encoding: 'utf8' }).status !== 0;
if (noNumpy) console.warn(`skipping the bootstrap interval reference checks: ${PYTHON} with NumPy is not available`);

type MetricName = 'mean' | 'head2' | 'square' | 'never';
interface RefInterval {
  estimate: number | null;
  lower: number | null;
  upper: number | null;
  invalid: number;
  stats: Array<number | null>;
}
interface Answer {
  seeds: number[];
  quantiles: number[][];
  counts: number[][];
  boot: Array<Record<MetricName, RefInterval>>;
}

/** Integer values (exact sums) with uneven gaps, so every quantile position gives its own number. */
const valuesOf = (n: number, a: number, p: number, shift: number) => Array.from({ length: n }, (_, i) => ((i * a) % p) - shift);
const SMALL = valuesOf(37, 37, 101, 50);
const DEFAULTS = valuesOf(20, 53, 97, 40);

const SEEDS: Array<[number, number]> = [
  [20240101, 0],
  [20240101, 1],
  [20240101, 999],
  [0, 0],
  [-5, 3],
  [0xffffffff, 123456],
  [2 ** 32 + 9, 7],
  [7, 2 ** 31],
];
const SORTED = [[3], [1, 4], [-7, -2, 0, 0.5, 3, 11, 40], valuesOf(40, 29, 83, 41).sort((a, b) => a - b)];
const QS = [0, 0.025, 0.05, 0.3, 0.5, 0.95, 0.975, 1];
const BOOT = [
  { values: SMALL, resamples: 30, seed: -5, confidence: 0.9, metrics: ['mean', 'head2', 'square', 'never'] as MetricName[] },
  { values: DEFAULTS, resamples: 1000, seed: 20240101, confidence: 0.95, metrics: ['mean'] as MetricName[] },
];
const QUESTION = {
  seeds: SEEDS,
  quantiles: SORTED.map((x) => ({ x, q: QS })),
  counts: [{ seed: 77, n: 50 }],
  boot: BOOT,
};

let cachedAnswer: Answer | undefined;
/** Python's answer, from the OS temp folder when the same question was asked before. */
function answer(): Answer {
  if (cachedAnswer) return cachedAnswer;
  const script = join(import.meta.dirname, 'bootstrap-intervals-reference.py');
  const question = JSON.stringify(QUESTION);
  const key = createHash('sha256').update(readFileSync(script)).update(question).digest('hex');
  const dir = join(tmpdir(), 'bootstrap-intervals-mutation-reference');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${key}.json`);
  if (!existsSync(file)) {
    const run = spawnSync(PYTHON, [script], { input: question, encoding: 'utf8', maxBuffer: 1 << 24 });
    if (run.status !== 0) throw new Error(`bootstrap-intervals-reference.py failed: ${run.stderr}`);
    writeFileSync(file, run.stdout);
  }
  cachedAnswer = JSON.parse(readFileSync(file, 'utf8')) as Answer;
  return cachedAnswer;
}

/** Within 1e-12 relative: NumPy interpolates from the upper neighbour when the fraction is ≥ ½. */
function expectClose(got: number, want: number | null, what: string): void {
  if (want === null) {
    expect(got, what).toBeNaN();
    return;
  }
  expect(Math.abs(got - want), `${what}: ${got} against ${want}`).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(want)));
}

// The test's metrics, as the reference defines them, over the rows and a resample's multiplicities (none: all 1).
interface Weighted {
  x: readonly number[];
  w: Multiplicities | undefined;
}
const summarize = (x: readonly number[], w?: Multiplicities): Weighted => ({ x, w });
const weightOf = (s: Weighted, i: number) => (s.w ? s.w[i]! : 1);
const METRICS: Record<MetricName, (s: Weighted) => number> = {
  mean: (s) => s.x.reduce((acc, v, i) => acc + v * weightOf(s, i), 0) / s.x.reduce((acc, _, i) => acc + weightOf(s, i), 0),
  head2: (s) => {
    const d = weightOf(s, 0) + weightOf(s, 1);
    return d === 0 ? Number.NaN : (s.x[0]! * weightOf(s, 0) + s.x[1]! * weightOf(s, 1)) / d;
  },
  square: (s) => s.x.reduce((acc, v, i) => acc + v * v * weightOf(s, i), 0) / s.x.reduce((acc, _, i) => acc + weightOf(s, i), 0),
  never: () => Number.NaN,
};

/** Runs a Resampler over `q` for resamples in `order`: the statistics, and the count arrays' types the metrics saw. */
function runResampler(q: (typeof BOOT)[number], order: number[]): { stats: Float64Array; seen: Set<string> } {
  const stats = new Float64Array(q.metrics.length * q.resamples);
  const seen = new Set<string>();
  const resampler = new Resampler(
    (x: readonly number[], w?: Multiplicities) => {
      seen.add(w?.constructor.name ?? 'none');
      return summarize(x, w);
    },
    q.metrics.map((m) => METRICS[m]),
    q.values,
    q.seed,
    q.resamples,
    stats,
  );
  for (const b of order) resampler.run(b);
  return { stats, seen };
}

describe.skipIf(noNumpy)('bootstrap.ts against an independent Python port and NumPy', () => {
  it("resampleSeed: each resample's stream seed, negative and wide seeds and indices past 2^31 included", () => {
    expect(SEEDS.map(([s, i]) => resampleSeed(s, i))).toEqual(answer().seeds);
  });

  it("quantileSorted is np.quantile's linear method at q = 0, 1 and between, for 1, 2, 7 and 40 values", () => {
    const want = answer().quantiles;
    SORTED.forEach((x, k) => QS.forEach((q, j) => expectClose(quantileSorted(x, q), want[k]![j]!, `${x.length} values, q ${q}`)));
    expect(quantileSorted([], 0.5)).toBeNaN();
  });

  it('resampleCounts zeroes the array it is given, then counts n draws of one stream', () => {
    const counts = new Uint32Array(50).fill(9);
    expect(resampleCounts(new Xoshiro128(77), counts)).toBe(counts);
    expect(Array.from(counts)).toEqual(answer().counts[0]);
  });

  it('bootstrapStatistics: four metrics of one summary, a negative seed, 90 %, NaN resamples dropped and counted', () => {
    const q = BOOT[0]!;
    const want = answer().boot[0]!;
    const metrics = Object.fromEntries(q.metrics.map((m) => [m, METRICS[m]])) as Record<MetricName, (s: Weighted) => number>;
    const got = bootstrapStatistics(summarize, metrics, q.values, { resamples: q.resamples, seed: q.seed, confidence: q.confidence });
    expect(Object.keys(got)).toEqual(q.metrics);
    // The fixture has both kinds of resample: head2 is NaN on some (neither of its rows drawn), `never` on all.
    expect(want.head2.invalid).toBeGreaterThan(0);
    expect(want.head2.invalid).toBeLessThan(q.resamples);
    for (const m of q.metrics) {
      const ci = got[m];
      expectClose(ci.estimate, want[m].estimate, `${m} estimate`);
      expectClose(ci.lower, want[m].lower, `${m} lower`);
      expectClose(ci.upper, want[m].upper, `${m} upper`);
      expect({ ...ci, estimate: 0, lower: 0, upper: 0 }, m).toEqual({
        estimate: 0,
        lower: 0,
        upper: 0,
        confidence: q.confidence,
        resamples: q.resamples,
        invalid: want[m].invalid,
        method: 'percentile',
        seed: q.seed,
      });
    }
  });

  it('bootstrapCi with the defaults: 1,000 resamples, 95 %, seed 20240101', () => {
    const want = answer().boot[1]!.mean;
    const ci = bootstrapCi((x: readonly number[], w?: Multiplicities) => METRICS.mean(summarize(x, w)), DEFAULTS);
    expectClose(ci.estimate, want.estimate, 'estimate');
    expectClose(ci.lower, want.lower, 'lower');
    expectClose(ci.upper, want.upper, 'upper');
    expect([ci.resamples, ci.confidence, ci.seed, ci.invalid, ci.method]).toEqual([1000, 0.95, 20240101, 0, 'percentile']);
  });

  it("Resampler: metric m of resample b at m·resamples + b, in any order of b, from byte counts", () => {
    const q = BOOT[0]!;
    const want = answer().boot[0]!;
    const { stats, seen } = runResampler(q, Array.from({ length: q.resamples }, (_, i) => q.resamples - 1 - i));
    q.metrics.forEach((m, k) => want[m].stats.forEach((s, b) => expectClose(stats[k * q.resamples + b]!, s, `${m} resample ${b}`)));
    // The header's contract: counts in a Uint8Array unless a row is drawn over 255 times.
    expect([...seen]).toEqual(['Uint8Array']);
  });

  it('Resampler: a resample whose byte counts overflow is replayed into 32-bit counts, the same draws', () => {
    // No practical data draws a row over 255 times, so drawCounts is made to say so for byte counts; the replay must
    // hand the metrics the same multiplicities in a Uint32Array, for every resample.
    const q = BOOT[0]!;
    const want = answer().boot[0]!;
    const real = Xoshiro128.prototype.drawCounts;
    const spy = vi.spyOn(Xoshiro128.prototype, 'drawCounts').mockImplementation(function (this: Xoshiro128, counts: Multiplicities) {
      const ok = real.call(this, counts);
      return counts instanceof Uint8Array ? false : ok;
    });
    try {
      const { stats, seen } = runResampler(q, Array.from({ length: q.resamples }, (_, i) => i));
      q.metrics.forEach((m, k) => want[m].stats.forEach((s, b) => expectClose(stats[k * q.resamples + b]!, s, `${m} resample ${b}`)));
      expect([...seen]).toEqual(['Uint32Array']);
    } finally {
      spy.mockRestore();
    }
  });
});
