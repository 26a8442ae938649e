/**
 * Train the weather model: will it rain today? A logistic regression (ml-logistic-regression, from
 * the mljs project) on Seattle 2012-2014, scored on the hold-out year (Seattle 2015) and on
 * production data from elsewhere (New York 2015).
 *
 *   node --import tsx examples/weather/train.ts --out out/model
 *   mlops train --model weather --params examples/weather/params.yaml ... -- node --import tsx examples/weather/train.ts --out out/model
 *
 * Params: the JSON file in MLOPS_PARAMS_FILE (set by `mlops train`), else params.yaml next to this
 * script. Seed: MLOPS_SEED (the model has no randomness: full-batch gradient ascent from zero
 * weights; the seed is recorded in model.json). Output folder: --out, else MLOPS_OUT_DIR, else
 * out/model. Writes:
 *   model.json                  weights, feature standardisation, params (same inputs -> same bytes)
 *   predictions.csv             Seattle 2015:  date,label,score,prediction,season
 *   predictions-new-york.csv    New York 2015: same columns
 * train.py is the same model in Python (scikit-learn), with the same outputs.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Matrix } from 'ml-matrix';
// @ts-expect-error -- ml-logistic-regression ships no type declarations; the part we use is typed below.
import LogisticRegressionJs from 'ml-logistic-regression';
import { parse as parseYaml } from 'yaml';

/** The part of ml-logistic-regression's API this script uses. */
interface LogisticRegressionModel {
  train(X: Matrix, Y: Matrix): void;
  /** One-vs-all classifiers: classifiers[k] gives P(label != class k), so classifiers[0] gives P(label == 1). */
  classifiers: { weights: Matrix; testScores(X: Matrix): number[] }[];
}
const LogisticRegression = LogisticRegressionJs as new (options: { numSteps: number; learningRate: number }) => LogisticRegressionModel;

interface Params {
  model: 'logistic_regression';
  features: string[];
  threshold: number;
  learning_rate: number;
  iterations: number;
  /** Which file under data/ to train on (without .csv); default seattle-2012-2014. */
  training_data?: string;
  [other: string]: unknown;
}

type Row = Record<string, string>;

const here = dirname(fileURLToPath(import.meta.url));
const dataDir = join(here, 'data');

/** Every feature the params may list, computed from one row of the data. */
const FEATURES: Record<string, (row: Row) => number> = {
  precipitation: (r) => num(r, 'precipitation'),
  log1p_precipitation: (r) => Math.log1p(num(r, 'precipitation')),
  temp_max: (r) => num(r, 'temp_max'),
  temp_min: (r) => num(r, 'temp_min'),
  wind: (r) => num(r, 'wind'),
  doy_sin: (r) => Math.sin((2 * Math.PI * dayOfYear(r.date!)) / 365.25),
  doy_cos: (r) => Math.cos((2 * Math.PI * dayOfYear(r.date!)) / 365.25),
};

function num(row: Row, column: string): number {
  const value = Number(row[column]);
  if (row[column] === '' || !Number.isFinite(value)) throw new Error(`${row.date}: ${column} is not a number: "${row[column]}"`);
  return value;
}

/** 1 for 1 January (as pandas' dayofyear). */
function dayOfYear(date: string): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
}

/** Meteorological seasons (northern hemisphere), for evaluation slices. */
function season(date: string): string {
  const month = Number(date.slice(5, 7));
  return ['winter', 'winter', 'spring', 'spring', 'spring', 'summer', 'summer', 'summer', 'autumn', 'autumn', 'autumn', 'winter'][month - 1]!;
}

/** These files are plain CSV: a header line, commas, no quoted fields. */
function readCsv(file: string): Row[] {
  const [header, ...lines] = readFileSync(file, 'utf8').split(/\r?\n/).filter((line) => line !== '');
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((value, i) => [columns[i], value])));
}

function readParams(): Params {
  const file = process.env.MLOPS_PARAMS_FILE;
  const params = file ? JSON.parse(readFileSync(file, 'utf8')) : parseYaml(readFileSync(join(here, 'params.yaml'), 'utf8'));
  if (params.model !== 'logistic_regression') throw new Error(`params: model must be logistic_regression (got ${params.model})`);
  for (const name of params.features) if (!(name in FEATURES)) throw new Error(`params: unknown feature "${name}"; known: ${Object.keys(FEATURES).join(', ')}`);
  if (!TRAINING_DATA.includes(params.training_data ?? DEFAULT_TRAINING_DATA)) throw new Error(`params: training_data must be one of ${TRAINING_DATA.join(', ')} (got ${JSON.stringify(params.training_data)})`);
  return params;
}

/** The data files a model may train on (params `training_data`, a name under data/ without .csv). */
const TRAINING_DATA = ['seattle-2012-2014', 'new-york-2015'];
const DEFAULT_TRAINING_DATA = 'seattle-2012-2014';

const label = (row: Row) => (row.weather === 'rain' ? 1 : 0);

function main(): void {
  const { values } = parseArgs({ options: { out: { type: 'string' } } });
  const outDir = values.out ?? process.env.MLOPS_OUT_DIR ?? 'out/model';
  const params = readParams();
  const seed = Number(process.env.MLOPS_SEED ?? 0);
  const features = params.features;

  // Features of the training rows, standardised with the training mean and (population) standard deviation.
  const trainingData = params.training_data ?? DEFAULT_TRAINING_DATA;
  const train = readCsv(join(dataDir, `${trainingData}.csv`));
  const raw = train.map((row) => features.map((name) => FEATURES[name]!(row)));
  const mean = features.map((_, j) => raw.reduce((s, x) => s + x[j]!, 0) / raw.length);
  const std = features.map((_, j) => Math.sqrt(raw.reduce((s, x) => s + (x[j]! - mean[j]!) ** 2, 0) / raw.length) || 1);
  // The library fits no intercept of its own: a constant 1 column is the intercept's input.
  const design = (rows: Row[]) => new Matrix(rows.map((row) => [...features.map((name, j) => (FEATURES[name]!(row) - mean[j]!) / std[j]!), 1]));

  const model = new LogisticRegression({ numSteps: params.iterations, learningRate: params.learning_rate });
  model.train(design(train), Matrix.columnVector(train.map(label)));
  const rain = model.classifiers[0]!;
  const weights = rain.weights.to1DArray();

  mkdirSync(outDir, { recursive: true });
  const json = {
    model: params.model,
    trained_with: `ml-logistic-regression ${createRequire(import.meta.url)('ml-logistic-regression/package.json').version} (TypeScript)`,
    target: 'weather == "rain"',
    features: features.map((name, j) => ({ name, mean: mean[j], std: std[j], weight: weights[j] })),
    intercept: weights[features.length],
    threshold: params.threshold,
    params,
    seed,
    training: { file: `data/${trainingData}.csv`, rows: train.length, positives: train.filter((r) => label(r) === 1).length },
  };
  writeFileSync(join(outDir, 'model.json'), `${JSON.stringify(json, null, 2)}\n`);

  for (const [data, file] of [['seattle-2015', 'predictions.csv'], ['new-york-2015', 'predictions-new-york.csv']] as const) {
    const rows = readCsv(join(dataDir, `${data}.csv`));
    const scores = rain.testScores(design(rows));
    const lines = rows.map((row, i) => `${row.date},${label(row)},${scores[i]},${scores[i]! > params.threshold ? 1 : 0},${season(row.date!)}`);
    writeFileSync(join(outDir, file), `date,label,score,prediction,season\n${lines.join('\n')}\n`);
    const correct = rows.filter((row, i) => (scores[i]! > params.threshold ? 1 : 0) === label(row)).length;
    console.log(`${data}: ${rows.length} rows, accuracy ${(correct / rows.length).toFixed(3)} -> ${join(outDir, file)}`);
  }
  console.log(`model -> ${join(outDir, 'model.json')}`);
}

main();
