/**
 * The explain step (shared/steps/explain.ts) with a deterministic predict command
 * (test/fixtures/explain/predict-fixed.mjs): exact importances replayed by hand from the documented
 * permutation stream and hand-written metrics, the number of process starts, chunking, sampling,
 * and every kind of bad input failing with exit code 2 and nothing written.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { featurePermutations } from '../../shared/model/permutation-importance.js';
import { splitCommandWords, substitutePlaceholders, checkPredictArgv } from '../../shared/model/predict-command.js';
import { EXIT_BAD_INPUT, MlopsError } from '../../shared/runtime/errors.js';
import { explain, type ExplainOptions } from '../../shared/steps/explain.js';
import { mulberry32 } from '../support/mulberry32.js';
import { repoRoot } from '../support/run-action.js';

const SCRIPT = join(repoRoot, 'test/fixtures/explain/predict-fixed.mjs');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'mlops-explain-test-'));
  dirs.push(d);
  return d;
}

const N = 120;
const rand = mulberry32(42);
const A = Array.from({ length: N }, () => Math.round((rand() * 2 - 1) * 1000) / 1000);
const B = Array.from({ length: N }, () => Math.round((rand() * 2 - 1) * 1000) / 1000);
const C = Array.from({ length: N }, () => Math.round(rand() * 1000) / 1000);
const sig = (z: number) => 1 / (1 + Math.exp(-z));
// Labels: the model's own rule, with every seventh row flipped so the baseline is not perfect.
const Y_BIN = A.map((a, i) => ((2 * a + 0.5 * B[i]! > 0 ? 1 : 0) ^ (i % 7 === 0 ? 1 : 0)));
const Y_REG = A.map((a, i) => 3 * a + B[i]! + (i % 5) / 10);
const CLASSES = ['x', 'y', 'z'];
const softmax = (a: number, b: number) => {
  const e = [Math.exp(a), Math.exp(b), Math.exp(-a - b)];
  const s = e[0]! + e[1]! + e[2]!;
  return e.map((v) => v / s);
};
const Y_MC = A.map((a, i) => {
  const p = softmax(a, B[i]!);
  const k = p.indexOf(Math.max(...p));
  return CLASSES[i % 9 === 0 ? (k + 1) % 3 : k]!;
});

function dataFile(dir: string, labels: ReadonlyArray<string | number>, name = 'eval.csv'): string {
  const file = join(dir, name);
  writeFileSync(file, `a,b,c,label\n${A.map((a, i) => `${a},${B[i]},${C[i]},${labels[i]}`).join('\n')}\n`);
  return file;
}

function options(dir: string, mode: string, labels: ReadonlyArray<string | number>, extra: Partial<ExplainOptions> = {}): ExplainOptions {
  return { data: dataFile(dir, labels), label: 'label', predict: ['node', SCRIPT, mode, '{input}', '{output}', join(dir, 'starts.txt')], repeats: 4, seed: 99, ...extra };
}
const starts = (dir: string) => (existsSync(join(dir, 'starts.txt')) ? readFileSync(join(dir, 'starts.txt'), 'utf8').trim().split('\n').length : 0);

/** Importances replayed by hand: row i of feature f gets the value of row perm[i]. */
function replay(features: string[], repeats: number, seed: number, score: (a: number[], b: number[]) => number, direction: 'higher' | 'lower') {
  const base = score(A, B);
  return features.map((f) => {
    const values = Array.from(featurePermutations(N, f, repeats, seed), (p) => {
      const a = f === 'a' ? Array.from(p, (j) => A[j]!) : A;
      const b = f === 'b' ? Array.from(p, (j) => B[j]!) : B;
      const s = score(a, b);
      return direction === 'higher' ? base - s : s - base;
    });
    const mean = values.reduce((x, y) => x + y, 0) / values.length;
    return { feature: f, mean, std: Math.sqrt(values.reduce((x, v) => x + (v - mean) ** 2, 0) / values.length), values, base };
  });
}

function expectReplayed(result: Awaited<ReturnType<typeof explain>>, expected: ReturnType<typeof replay>, digits = 12) {
  const byName = new Map(result.explanation.features.map((f) => [f.feature, f]));
  expect(result.explanation.metric.baseline).toBeCloseTo(expected[0]!.base, digits);
  for (const e of expected) {
    const got = byName.get(e.feature)!;
    got.importances.forEach((v, r) => expect(v, `${e.feature} repeat ${r}`).toBeCloseTo(e.values[r]!, digits));
    expect(got.importance_mean).toBeCloseTo(e.mean, digits);
    expect(got.importance_std).toBeCloseTo(e.std, digits);
  }
}

async function failure(p: Promise<unknown>): Promise<MlopsError> {
  const e = await p.then(() => undefined, (err: unknown) => err);
  expect(e).toBeInstanceOf(MlopsError);
  return e as MlopsError;
}

describe('explain: exact importances of a deterministic model', () => {
  it('binary, log_loss (a loss: permuted − baseline), one process start for all 1 + 3 × 4 copies', async () => {
    const dir = tmp();
    const out = join(dir, 'out/explanation.json');
    const result = await explain(options(dir, 'binary', Y_BIN, { metric: 'log_loss', out }));
    const logLoss = (a: number[], b: number[]) => a.reduce((s, ai, i) => {
      const p = sig(2 * ai + 0.5 * b[i]!);
      return s - Math.log(Y_BIN[i] ? p : 1 - p);
    }, 0) / N;
    expectReplayed(result, replay(['a', 'b', 'c'], 4, 99, logLoss, 'lower'));
    const e = result.explanation;
    expect(e).toMatchObject({ task: 'binary', task_source: 'inferred', metric: { name: 'log_loss', direction: 'lower', source: 'option' }, repeats: 4, seed: 99 });
    expect(e.predict).toMatchObject({ calls: 1, copies: 13, copies_per_call: 13, output_columns: ['score'] });
    expect(e.features.map((f) => f.feature)).toEqual(['a', 'b', 'c']);
    // The model never reads c.
    expect(e.features[2]).toMatchObject({ importance_mean: 0, importance_std: 0, importances: [0, 0, 0, 0] });
    expect(e.classification).toEqual({ classes: [0, 1], pos_label: 1, threshold: 0.5 });
    expect(e.input_columns).toEqual(['a', 'b', 'c']);
    expect(starts(dir)).toBe(1);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toEqual(JSON.parse(JSON.stringify(e)));
  });

  it('regression, rmse: the task read from fractional labels', async () => {
    const dir = tmp();
    const result = await explain(options(dir, 'regression', Y_REG, { features: ['b', 'a'] }));
    const rmse = (a: number[], b: number[]) => Math.sqrt(a.reduce((s, ai, i) => s + (3 * ai + b[i]! - Y_REG[i]!) ** 2, 0) / N);
    expectReplayed(result, replay(['a', 'b'], 4, 99, rmse, 'lower'));
    expect(result.explanation).toMatchObject({ task: 'regression', metric: { name: 'rmse', source: 'task' } });
    expect(result.explanation.features.map((f) => f.feature)).toEqual(['a', 'b']);
  });

  it('multiclass from score_<class> columns: accuracy by argmax, and log_loss', async () => {
    const dir = tmp();
    const acc = await explain(options(dir, 'multiclass', Y_MC));
    const accuracy = (a: number[], b: number[]) => a.reduce((s, ai, i) => {
      const p = softmax(ai, b[i]!);
      return s + (CLASSES[p.indexOf(Math.max(...p))] === Y_MC[i] ? 1 : 0);
    }, 0) / N;
    expectReplayed(acc, replay(['a', 'b', 'c'], 4, 99, accuracy, 'higher'));
    expect(acc.explanation).toMatchObject({ task: 'multiclass', metric: { name: 'accuracy', direction: 'higher', source: 'task' } });
    expect(acc.explanation.classification).toEqual({ classes: ['x', 'y', 'z'], pos_label: null, threshold: null });
    const ll = await explain(options(dir, 'multiclass', Y_MC, { metric: 'log_loss' }));
    const logLoss = (a: number[], b: number[]) => a.reduce((s, ai, i) => s - Math.log(softmax(ai, b[i]!)[CLASSES.indexOf(Y_MC[i]!)]!), 0) / N;
    expectReplayed(ll, replay(['a', 'b'], 4, 99, logLoss, 'lower'));
  });

  it('binary with only a prediction column: accuracy by default, with a warning that roc_auc needs a score', async () => {
    const dir = tmp();
    const result = await explain(options(dir, 'prediction', Y_BIN, { repeats: 2 }));
    expect(result.explanation.metric).toMatchObject({ name: 'accuracy', source: 'task' });
    expect(result.explanation.warnings[0]).toContain('roc_auc needs a score column');
    expect(result.explanation.classification?.threshold).toBeNull();
  });
});

describe('explain: cost and determinism', () => {
  it('splits into whole copies of at most max-batch-rows rows, one start per chunk, with the same numbers', async () => {
    const one = tmp();
    const many = tmp();
    const whole = await explain(options(one, 'binary', Y_BIN));
    // 1 + 3 × 4 = 13 copies of 120 rows; 3 copies (360 rows) per call → 5 calls.
    const chunked = await explain(options(many, 'binary', Y_BIN, { maxBatchRows: 3 * N + 5 }));
    expect(chunked.explanation.predict).toMatchObject({ calls: 5, copies_per_call: 3, copies: 13 });
    expect(starts(one)).toBe(1);
    expect(starts(many)).toBe(5);
    expect(chunked.explanation.features).toEqual(whole.explanation.features);
    // A bound smaller than one copy still sends whole copies: one per call.
    const tiny = tmp();
    const single = await explain(options(tiny, 'binary', Y_BIN, { maxBatchRows: 10, repeats: 1 }));
    expect(single.explanation.predict).toMatchObject({ calls: 4, copies_per_call: 1 });
    expect(starts(tiny)).toBe(4);
  });

  it('gives a feature the same importances whichever other features are explained, and the same run the same file', async () => {
    const dir = tmp();
    const all = await explain(options(dir, 'binary', Y_BIN));
    const onlyB = await explain(options(dir, 'binary', Y_BIN, { features: ['b'] }));
    expect(onlyB.explanation.features).toEqual([{ ...all.explanation.features.find((f) => f.feature === 'b')!, rank: 1 }]);
    const again = await explain(options(dir, 'binary', Y_BIN));
    expect(again.explanation).toEqual(all.explanation);
  });

  it('explains on a seeded sample of max-rows rows, in file order', async () => {
    const dir = tmp();
    const a = await explain(options(dir, 'regression', Y_REG, { maxRows: 40 }));
    const b = await explain(options(dir, 'regression', Y_REG, { maxRows: 40 }));
    const c = await explain(options(dir, 'regression', Y_REG, { maxRows: 40, seed: 100 }));
    expect(a.explanation.dataset).toMatchObject({ rows: N, rows_used: 40, max_rows: 40 });
    expect(b.explanation).toEqual(a.explanation);
    expect(c.explanation.metric.baseline).not.toBe(a.explanation.metric.baseline);
    // max-rows above the row count keeps every row.
    const all = await explain(options(dir, 'regression', Y_REG, { maxRows: 10_000 }));
    expect(all.explanation.dataset).toMatchObject({ rows: N, rows_used: N });
  });

  it('reads JSON Lines data and hands the command the same CSV as for the CSV file', async () => {
    const dir = tmp();
    const jsonl = join(dir, 'eval.jsonl');
    writeFileSync(jsonl, `${A.map((a, i) => JSON.stringify({ a, b: B[i], c: C[i], label: Y_BIN[i] })).join('\n')}\n`);
    const fromCsv = await explain(options(dir, 'binary', Y_BIN));
    const fromJsonl = await explain({ ...options(dir, 'binary', Y_BIN), data: jsonl });
    expect(fromJsonl.explanation.features).toEqual(fromCsv.explanation.features);
    expect(fromJsonl.explanation.dataset.format).toBe('jsonl');
  });

  it('passes hostile column names and cells to the command as quoted CSV, intact', async () => {
    const dir = tmp();
    const file = join(dir, 'hostile.csv');
    const name = 'x,"y"|<b>@org/team';
    writeFileSync(file, `a,b,"${name.replace(/"/g, '""')}",label\n${A.map((a, i) => `${a},${B[i]},"v,""${i}""",${Y_BIN[i]}`).join('\n')}\n`);
    const echo = join(dir, 'echo.mjs');
    // Copies its input's header and first data line beside it, then predicts as the fixture does.
    writeFileSync(echo, `import { readFileSync, writeFileSync, copyFileSync } from 'node:fs';\nconst [i, o] = process.argv.slice(2);\ncopyFileSync(i, ${JSON.stringify(join(dir, 'seen.csv'))});\nconst rows = readFileSync(i, 'utf8').trim().split('\\n').length - 1;\nwriteFileSync(o, 'prediction\\n' + '1\\n'.repeat(rows));\n`);
    const result = await explain({ data: file, label: 'label', predict: ['node', echo, '{input}', '{output}'], repeats: 1, features: [name] });
    const seen = readFileSync(join(dir, 'seen.csv'), 'utf8').split('\n');
    expect(seen[0]).toBe(`a,b,"x,""y""|<b>@org/team"`);
    expect(seen[1]).toBe(`${A[0]},${B[0]},"v,""0"""`);
    expect(result.explanation.features[0]!.feature).toBe(name);
  });
});

describe('explain: bad input is exit 2, with nothing written', () => {
  it('a failing command: its exit code and the tail of its stderr', async () => {
    const dir = tmp();
    const out = join(dir, 'e.json');
    const e = await failure(explain(options(dir, 'fail', Y_BIN, { out })));
    expect(e.exitCode).toBe(EXIT_BAD_INPUT);
    expect(e.message).toContain('the predict command exited with code 3 (call 1 of 1)');
    expect(e.message).toContain('ValueError: could not convert string to float: "abc"');
    expect(existsSync(out)).toBe(false);
  });

  it('an output with the wrong number of rows', async () => {
    const dir = tmp();
    const e = await failure(explain(options(dir, 'short', Y_BIN, { out: join(dir, 'e.json') })));
    expect(e.exitCode).toBe(EXIT_BAD_INPUT);
    expect(e.message).toContain(`the predict command wrote ${13 * N - 1} rows; its input had ${13 * N}`);
    expect(existsSync(join(dir, 'e.json'))).toBe(false);
  });

  it('an output without a score or prediction column', async () => {
    const e = await failure(explain(options(tmp(), 'nocolumn', Y_BIN)));
    expect(e.exitCode).toBe(EXIT_BAD_INPUT);
    expect(e.message).toContain('has no "score", "score_<class>" or "prediction" column (it has: foo)');
  });

  it('a label or feature column the data does not have, a feature that is the label', async () => {
    const dir = tmp();
    const noLabel = await failure(explain({ ...options(dir, 'binary', Y_BIN), label: 'lable' }));
    expect(noLabel.exitCode).toBe(EXIT_BAD_INPUT);
    expect(noLabel.message).toContain('column "lable" (--label) not found (did you mean "label"?)');
    const noFeature = await failure(explain(options(dir, 'binary', Y_BIN, { features: ['a', 'bb'] })));
    expect(noFeature.exitCode).toBe(EXIT_BAD_INPUT);
    expect(noFeature.message).toContain('feature "bb" (--features) is not a column');
    const labelFeature = await failure(explain(options(dir, 'binary', Y_BIN, { features: ['label'] })));
    expect(labelFeature.message).toContain('names the label column');
    expect(starts(dir)).toBe(0);
  });

  it('a command past its time limit is stopped, and the message says how to give it more time', async () => {
    const dir = tmp();
    const slow = join(dir, 'slow.mjs');
    writeFileSync(slow, 'setTimeout(() => {}, 60_000);\n');
    const e = await failure(explain({ ...options(dir, 'binary', Y_BIN), predict: ['node', slow, '{input}', '{output}'], timeoutMs: 300, stopGraceMs: 500 }));
    expect(e.exitCode).toBe(EXIT_BAD_INPUT);
    expect(e.message).toContain('the predict command ran past its time limit of 300ms (call 1 of 1) and was stopped');
    expect(e.message).toContain('raise the time limit');
  });

  it('a program that does not exist, a metric that does not apply, options out of range', async () => {
    const dir = tmp();
    const missing = await failure(explain({ ...options(dir, 'binary', Y_BIN), predict: ['no-such-predictor', '{input}', '{output}'] }));
    expect(missing.exitCode).toBe(EXIT_BAD_INPUT);
    expect(missing.message).toContain('predict command "no-such-predictor" not found');
    const wrongTask = await failure(explain(options(dir, 'regression', Y_REG, { metric: 'roc_auc' })));
    expect(wrongTask.message).toContain('--metric roc_auc does not apply to regression tasks');
    const unknown = await failure(explain(options(dir, 'binary', Y_BIN, { metric: 'auc_roc' })));
    expect(unknown.message).toContain('is not a metric evaluate computes');
    const repeats = await failure(explain(options(dir, 'binary', Y_BIN, { repeats: 0 })));
    expect(repeats.message).toContain('--repeats must be an integer from 1');
  });
});

describe('the predict command line', () => {
  it('splits words like sh without expanding anything, placeholders as whole arguments', () => {
    expect(splitCommandWords(`python "my predict.py" 'model v2.pkl' {input} {output}`, '--predict')).toEqual(['python', 'my predict.py', 'model v2.pkl', '{input}', '{output}']);
    expect(substitutePlaceholders(['p', '{input}', '{output}', '--x={input}'], { input: '/t/in.csv', output: '/t/out.csv' })).toEqual(['p', '/t/in.csv', '/t/out.csv', '--x={input}']);
    expect(splitCommandWords(`echo '$(rm -rf /)' {input} {output}`, '--predict')[1]).toBe('$(rm -rf /)');
  });

  it('refuses shell syntax and placeholders inside longer arguments', () => {
    expect(() => splitCommandWords('python p.py {input} {output} && rm x', '--predict')).toThrow('unquoted "&"');
    expect(() => splitCommandWords('python $MODEL {input} {output}', '--predict')).toThrow('unquoted "$"');
    expect(() => checkPredictArgv(['python', 'p.py', '--in={input}', '{output}'], '--predict')).toThrow('holds {input} inside a longer argument');
    expect(() => checkPredictArgv(['python', 'p.py', '{input}'], '--predict')).toThrow('has no {output} argument');
    expect(() => checkPredictArgv([], '--predict')).toThrow('is empty');
  });
});
