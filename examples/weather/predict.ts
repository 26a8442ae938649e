/**
 * The weather model's predict command in TypeScript, for `mlops explain`: reads model.json (as
 * train.ts or train.py writes it: standardisation, weights, intercept), a CSV of rows with the
 * raw columns (date, precipitation, temp_max, temp_min, wind), and writes `score` = P(rain), one
 * row per input row, in order.
 *
 *   node --import tsx examples/weather/predict.ts out/model/model.json INPUT.csv OUTPUT.csv
 *   mlops explain --data holdout.csv --label rain \
 *     --predict "node --import tsx examples/weather/predict.ts out/model/model.json {input} {output}"
 *
 * The features are computed as train.ts computes them (its FEATURES; train.ts trains when
 * imported, so they are repeated here).
 */
import { readFileSync, writeFileSync } from 'node:fs';

interface ModelJson {
  features: Array<{ name: string; mean: number; std: number; weight: number }>;
  intercept: number;
}

type Row = Record<string, string>;

const num = (r: Row, c: string) => {
  const v = Number(r[c]);
  if (r[c] === undefined || r[c] === '' || !Number.isFinite(v)) throw new Error(`${r.date}: ${c} is not a number: "${r[c]}"`);
  return v;
};
const dayOfYear = (date: string) => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return (Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000 + 1;
};
const FEATURES: Record<string, (r: Row) => number> = {
  precipitation: (r) => num(r, 'precipitation'),
  log1p_precipitation: (r) => Math.log1p(num(r, 'precipitation')),
  temp_max: (r) => num(r, 'temp_max'),
  temp_min: (r) => num(r, 'temp_min'),
  wind: (r) => num(r, 'wind'),
  doy_sin: (r) => Math.sin((2 * Math.PI * dayOfYear(r.date!)) / 365.25),
  doy_cos: (r) => Math.cos((2 * Math.PI * dayOfYear(r.date!)) / 365.25),
};

const [modelPath, input, output] = process.argv.slice(2);
if (!modelPath || !input || !output) throw new Error('usage: predict.ts MODEL_JSON INPUT_CSV OUTPUT_CSV');
const model = JSON.parse(readFileSync(modelPath, 'utf8')) as ModelJson;
// The weather data has no quoted fields, so a plain split reads explain's CSV.
const [header, ...lines] = readFileSync(input, 'utf8').split(/\r?\n/).filter((l) => l !== '');
const columns = header!.split(',');
const scores = lines.map((line) => {
  const cells = line.split(',');
  const row: Row = Object.fromEntries(columns.map((c, i) => [c, cells[i]!]));
  let z = model.intercept;
  for (const f of model.features) z += (f.weight * (FEATURES[f.name]!(row) - f.mean)) / f.std;
  return 1 / (1 + Math.exp(-z));
});
writeFileSync(output, `score\n${scores.join('\n')}\n`);
