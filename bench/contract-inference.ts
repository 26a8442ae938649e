/**
 * Does an inferred contract cry wolf, and does it still bark at a thief?
 *
 * For each real dataset (penguins, seattle-weather and cars from the vega-datasets devDependency),
 * `splits` seeded random 70/30 splits: the contract is inferred from the 70% exactly as
 * `mlops validate --infer-contract` does it, and the other 30% is validated against it exactly as
 * `mlops validate --contract` does it (validateData, the function behind both; files on disk, in
 * the dataset's own format). Fresh data from the same source must get no error (a false alarm);
 * warnings (values outside the widened training range) are counted, not failed.
 *
 * Then the same contract meets the same 30% with defects injected, each kind in every column the
 * contract makes the matching claim about, each column checked on its own finding:
 * - type: one value that does not parse ("?abc") in a column typed other than text;
 * - missing: a quarter of the rows missing in a column with `nullable: false` (a column going
 *   empty; fewer missing values are reported as a finding and fail only beyond the share the
 *   sample cannot rule out, `missing tolerated`: docs/contract.md, "Inferring a contract");
 * - out of set: a quarter of the rows set to a value the column's `allowed` list lacks.
 * A defect is caught when its rule fails with severity error (exit 1 from `mlops validate`).
 * `coverage` counts those claims, so a contract that catches everything by claiming nothing shows.
 *
 * `npm run bench` runs 20 splits per dataset; test/data/infer-contract-splits.test.ts runs the
 * same measurement with 5 and asserts 0 errors and 100% caught.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadContract, normalizeRule, type Contract } from '../shared/data/contract.js';
import { validateData } from '../shared/steps/validate-data.js';
import type { ValidationReport } from '../shared/formats/validation-format.js';
import { mulberry32 } from '../test/support/mulberry32.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const VEGA = join(root, 'node_modules/vega-datasets/data');

type Cell = string | number | boolean | null;

/** A dataset held in memory as rows of cells, written back in its own format. */
interface Table {
  name: string;
  format: 'csv' | 'jsonl';
  columns: string[];
  rows: Cell[][];
}

export const INFERENCE_DATASETS = ['penguins', 'seattle-weather', 'cars'] as const;
export type InferenceDataset = (typeof INFERENCE_DATASETS)[number];

/** Share of the rows a column-wide defect (missing values, out-of-set values) touches. */
export const DEFECT_SHARE = 0.25;
/** The value injected as a type error: text no column type parses, and not a missing-value token. */
const BAD_VALUE = '?abc';
/** The value injected as an out-of-set category. */
const UNSEEN_CATEGORY = 'not-in-the-set';

async function loadDataset(name: InferenceDataset): Promise<Table> {
  if (name === 'seattle-weather') {
    // A plain CSV: no quoted fields, so splitting on commas is exact.
    const lines = (await readFile(join(VEGA, 'seattle-weather.csv'), 'utf8')).trim().split(/\r?\n/);
    return { name, format: 'csv', columns: lines[0]!.split(','), rows: lines.slice(1).map((l) => l.split(',')) };
  }
  const records = JSON.parse(await readFile(join(VEGA, `${name}.json`), 'utf8')) as Record<string, Cell>[];
  const columns = Object.keys(records[0]!);
  return { name, format: 'jsonl', columns, rows: records.map((r) => columns.map((c) => r[c] ?? null)) };
}

function tableText(t: Table, rows: Cell[][]): string {
  if (t.format === 'csv') return `${[t.columns.join(','), ...rows.map((r) => r.map((v) => (v === null ? '' : String(v))).join(','))].join('\n')}\n`;
  return `${rows.map((r) => JSON.stringify(Object.fromEntries(t.columns.map((c, i) => [c, r[i]])))).join('\n')}\n`;
}


function shuffle<T>(xs: readonly T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

export type DefectKind = 'type' | 'missing' | 'out-of-set';
const RULE_OF: Record<DefectKind, 'type' | 'nullable' | 'allowed'> = { type: 'type', missing: 'nullable', 'out-of-set': 'allowed' };

/** The columns a contract makes each defect-catching claim about. */
function claims(contract: Contract): Record<DefectKind, string[]> {
  const out: Record<DefectKind, string[]> = { type: [], missing: [], 'out-of-set': [] };
  for (const [name, c] of Object.entries(contract.columns ?? {})) {
    const type = c.type === undefined ? 'string' : normalizeRule(c.type);
    if (typeof type === 'object' && type.value !== 'string' && type.value !== 'category' && type.severity === 'error') out.type.push(name);
    if (c.nullable !== undefined) {
      const n = normalizeRule(c.nullable);
      if (n.value === false && n.severity === 'error') out.missing.push(name);
    }
    if (c.allowed !== undefined && normalizeRule(c.allowed).severity === 'error') out['out-of-set'].push(name);
  }
  return out;
}

/** The test rows with `kind` injected into each of `columns` (rows chosen per column, seeded). */
function injected(rows: Cell[][], columnIndex: (name: string) => number, kind: DefectKind, columns: string[], random: () => number): Cell[][] {
  const out = rows.map((r) => [...r]);
  for (const name of columns) {
    const c = columnIndex(name);
    const present = shuffle(out.map((_, i) => i).filter((i) => out[i]![c] !== null), random);
    const n = kind === 'type' ? 1 : Math.ceil(DEFECT_SHARE * out.length);
    for (const i of present.slice(0, n)) out[i]![c] = kind === 'type' ? BAD_VALUE : kind === 'missing' ? null : UNSEEN_CATEGORY;
  }
  return out;
}

const failedErrors = (r: ValidationReport) => r.findings.filter((f) => f.severity === 'error' && !f.passed);
const failedWarnings = (r: ValidationReport) => r.findings.filter((f) => f.severity === 'warn' && !f.passed);

export interface InferenceMeasurement {
  dataset: InferenceDataset;
  rows: number;
  splits: number;
  /** Held-out 30% validations that failed (any error): false alarms. */
  falseAlarmSplits: number;
  /** Failed error rules over all held-out validations, as `column.rule` with how often. */
  falseAlarms: Record<string, number>;
  /** Failed warning rules over all held-out validations (values outside the widened range). */
  warnings: Record<string, number>;
  /** Failing rules (errors or warnings) when the contract checks the data it came from: must be 0. */
  selfFailures: number;
  /** Claims per split on average: columns typed (not text), not nullable, with an allowed set. */
  coverage: Record<DefectKind, number> & { columns: number };
  /** The largest missing share a `nullable: false` rule tolerates (1 - mostly), median over rules and splits. */
  missingTolerated: number;
  injected: Record<DefectKind, number>;
  caught: Record<DefectKind, number>;
  /** Defects not caught, as `split N: column (kind)`. */
  missed: string[];
}

/** Infers on 70%, validates the 30%, clean and with defects; `splits` seeded splits of `dataset`. */
export async function measureInferredContract(dataset: InferenceDataset, splits: number, seed = 20261206): Promise<InferenceMeasurement> {
  const table = await loadDataset(dataset);
  const dir = await mkdtemp(join(tmpdir(), `mlops-infer-${dataset}-`));
  const ext = table.format === 'csv' ? 'csv' : 'jsonl';
  const m: InferenceMeasurement = {
    dataset,
    rows: table.rows.length,
    splits,
    falseAlarmSplits: 0,
    falseAlarms: {},
    warnings: {},
    selfFailures: 0,
    coverage: { columns: table.columns.length, type: 0, missing: 0, 'out-of-set': 0 },
    missingTolerated: 0,
    injected: { type: 0, missing: 0, 'out-of-set': 0 },
    caught: { type: 0, missing: 0, 'out-of-set': 0 },
    missed: [],
  };
  const tolerated: number[] = [];
  const tally = (into: Record<string, number>, key: string) => (into[key] = (into[key] ?? 0) + 1);
  try {
    for (let s = 0; s < splits; s++) {
      const random = mulberry32(seed + s);
      const order = shuffle(table.rows, random);
      const cut = Math.round(0.7 * order.length);
      const train = join(dir, `train-${s}.${ext}`);
      const test = join(dir, `test-${s}.${ext}`);
      const contractFile = join(dir, `contract-${s}.yaml`);
      await writeFile(train, tableText(table, order.slice(0, cut)));
      await writeFile(test, tableText(table, order.slice(cut)));

      await validateData({ data: train, inferContractOut: contractFile });
      const contract = await loadContract(contractFile);
      m.selfFailures += (await validateData({ data: train, contract: contractFile })).report.findings.filter((f) => !f.passed).length;

      const clean = (await validateData({ data: test, contract: contractFile })).report;
      const errors = failedErrors(clean);
      if (errors.length > 0) m.falseAlarmSplits++;
      for (const f of errors) tally(m.falseAlarms, `${f.column ?? ''}.${f.rule}`);
      for (const f of failedWarnings(clean)) tally(m.warnings, `${f.column ?? ''}.${f.rule}`);

      const claimed = claims(contract);
      for (const name of claimed.missing) tolerated.push(1 - normalizeRule(contract.columns![name]!.nullable!).mostly);
      for (const kind of ['type', 'missing', 'out-of-set'] as const) {
        m.coverage[kind] += claimed[kind].length;
        if (claimed[kind].length === 0) continue;
        const rows = injected(order.slice(cut), (name) => table.columns.indexOf(name), kind, claimed[kind], random);
        const file = join(dir, `test-${s}-${kind}.${ext}`);
        await writeFile(file, tableText(table, rows));
        const report = (await validateData({ data: file, contract: contractFile })).report;
        for (const column of claimed[kind]) {
          m.injected[kind]++;
          const hit = report.findings.some((f) => f.column === column && f.rule === RULE_OF[kind] && f.severity === 'error' && !f.passed);
          if (hit && !report.passed) m.caught[kind]++;
          else m.missed.push(`split ${s}: ${column} (${kind})`);
        }
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  for (const kind of ['type', 'missing', 'out-of-set'] as const) m.coverage[kind] /= splits;
  tolerated.sort((a, b) => a - b);
  m.missingTolerated = tolerated.length === 0 ? 0 : tolerated[tolerated.length >> 1]!;
  return m;
}

export async function measureInferredContracts(splits: number, seed?: number): Promise<InferenceMeasurement[]> {
  const out: InferenceMeasurement[] = [];
  for (const d of INFERENCE_DATASETS) out.push(await measureInferredContract(d, splits, seed));
  return out;
}

const percent = (num: number, den: number) => (den === 0 ? 'n/a' : `${((100 * num) / den).toFixed(0)}%`);
const sum = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

export function formatContractInference(rows: InferenceMeasurement[]): string {
  const head = ['inferred contract (70/30 splits)', 'rows', 'splits', 'false-alarm splits', 'errors', 'warnings/split', 'type caught', 'missing caught', 'out-of-set caught', 'claims/split (type, non-null, set)', 'missing tolerated'];
  const body = rows.map((r) => [
    r.dataset,
    String(r.rows),
    String(r.splits),
    `${r.falseAlarmSplits} (${percent(r.falseAlarmSplits, r.splits)})`,
    String(sum(r.falseAlarms)),
    (sum(r.warnings) / r.splits).toFixed(2),
    `${r.caught.type}/${r.injected.type} (${percent(r.caught.type, r.injected.type)})`,
    `${r.caught.missing}/${r.injected.missing} (${percent(r.caught.missing, r.injected.missing)})`,
    `${r.caught['out-of-set']}/${r.injected['out-of-set']} (${percent(r.caught['out-of-set'], r.injected['out-of-set'])})`,
    `${r.coverage.type.toFixed(1)}, ${r.coverage.missing.toFixed(1)}, ${r.coverage['out-of-set'].toFixed(1)} of ${r.coverage.columns}`,
    `${(100 * r.missingTolerated).toFixed(1)}%`,
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  const table = [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)];
  const notes = rows.flatMap((r) => [
    ...(sum(r.warnings) > 0 ? [`${r.dataset} warnings: ${Object.entries(r.warnings).map(([k, n]) => `${k} ×${n}`).join(', ')}`] : []),
    ...(r.selfFailures > 0 ? [`${r.dataset} FAILS ITS OWN DATA: ${r.selfFailures} rules`] : []),
    ...(sum(r.falseAlarms) > 0 ? [`${r.dataset} FALSE ALARMS: ${Object.entries(r.falseAlarms).map(([k, n]) => `${k} ×${n}`).join(', ')}`] : []),
    ...(r.missed.length > 0 ? [`${r.dataset} MISSED: ${r.missed.join('; ')}`] : []),
  ]);
  return [...table, ...notes].join('\n');
}

/** `npm run bench`'s entry: 20 splits of each dataset. */
export async function benchContractInference(): Promise<InferenceMeasurement[]> {
  return measureInferredContracts(20);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatContractInference(await benchContractInference()));
}
