/**
 * The real comparisons of test/fixtures/reference/drift/make_reference.py, rebuilt from the same
 * vega-datasets files with the same row selections (the random splits from the 0/1 strings the
 * script stored), and the reference JSON each one is checked against.
 */
import { readFileSync } from 'node:fs';
import type { CellValue } from '../../shared/data/cell-value.js';
import { categoricalFromCounts, categoryKey, numericFromValues, type Distribution } from '../../shared/drift/distribution.js';
import type { DriftTest } from '../../shared/formats/drift-format.js';
import type { Table } from '../fixtures/reference/datasets.js';

const DATA = 'node_modules/vega-datasets/data/';
const REF_DIR = 'test/fixtures/reference/drift/';

export interface RefColumn {
  kind: 'numeric' | 'categorical';
  reference_rows: number;
  current_rows: number;
  values: number;
  reference_values: number;
  default: DriftTest;
  ks?: { statistic: number; p_value: number; method: string };
  wasserstein?: { distance: number; reference_std: number; statistic: number };
  binning: { kind: 'sturges'; edges: number[] } | { kind: 'values'; values: number };
  jensenshannon: { statistic: number };
  psi: { statistic: number };
  chisquare?: { statistic: number; p_value: number; dof: number };
  z?: { first: string; statistic: number; p_value: number };
}

export interface RefComparison {
  name: string;
  source: string;
  scipy: string;
  reference_rows: number;
  current_rows: number;
  columns: Record<string, RefColumn>;
  split?: string;
}

export function readReference<T = RefComparison>(name: string): T {
  return JSON.parse(readFileSync(`${REF_DIR}${name}.json`, 'utf8')) as T;
}

type Row = Record<string, string | number>;

function weatherRows(): Row[] {
  const lines = readFileSync(`${DATA}weather.csv`, 'utf8').split('\n').filter((l) => l.length > 0);
  const header = lines[0].split(',');
  return lines.slice(1).map((line) => {
    const cells = line.split(',');
    const row: Row = {};
    header.forEach((h, i) => (row[h] = cells[i]));
    for (const c of ['precipitation', 'temp_max', 'temp_min', 'wind']) row[c] = Number(row[c]);
    row.wet = (row.precipitation as number) > 0 ? 'true' : 'false';
    return row;
  });
}

function flightRows(): Row[] {
  const rows = JSON.parse(readFileSync(`${DATA}flights-20k.json`, 'utf8')) as Row[];
  for (const r of rows) r.month = (r.date as string).slice(5, 7);
  return rows;
}

export const WEATHER_COLUMNS = { precipitation: 'numeric', temp_max: 'numeric', temp_min: 'numeric', wind: 'numeric', weather: 'categorical', wet: 'categorical' } as const;
export const FLIGHT_COLUMNS = { delay: 'numeric', distance: 'numeric', origin: 'categorical', destination: 'categorical' } as const;

export interface Comparison {
  name: string;
  columns: Record<string, 'numeric' | 'categorical'>;
  reference: Row[];
  current: Row[];
  expected: RefComparison;
}

function bySplit(rows: Row[], split: string): [Row[], Row[]] {
  if (split.length !== rows.length) throw new Error(`split has ${split.length} flags for ${rows.length} rows`);
  return [rows.filter((_, i) => split[i] === '1'), rows.filter((_, i) => split[i] === '0')];
}

export function comparison(name: string): Comparison {
  const expected = readReference(name);
  const w = name.startsWith('weather') || name === 'control_weather';
  const rows = w ? weatherRows() : flightRows();
  let reference: Row[];
  let current: Row[];
  switch (name) {
    case 'weather_location':
      reference = rows.filter((r) => r.location === 'Seattle');
      current = rows.filter((r) => r.location === 'New York');
      break;
    case 'weather_year':
      reference = rows.filter((r) => r.location === 'Seattle' && (r.date as string).startsWith('2012'));
      current = rows.filter((r) => r.location === 'Seattle' && (r.date as string).startsWith('2015'));
      break;
    case 'flights_month':
      reference = rows.filter((r) => r.month === '01');
      current = rows.filter((r) => r.month === '03');
      break;
    case 'flights_quarter':
      reference = rows.filter((r) => r.month !== '03');
      current = rows.filter((r) => r.month === '03');
      break;
    case 'control_flights':
    case 'control_weather':
      [reference, current] = bySplit(rows, expected.split as string);
      break;
    default:
      throw new Error(`unknown comparison ${name}`);
  }
  return { name, columns: w ? WEATHER_COLUMNS : FLIGHT_COLUMNS, reference, current, expected };
}

export const COMPARISONS = ['weather_location', 'weather_year', 'flights_month', 'flights_quarter', 'control_flights', 'control_weather'] as const;

/** One side of a column from raw rows: numbers as a sorted sample, text as counts (categoryKey). */
export function rawDistribution(rows: Row[], column: string, kind: 'numeric' | 'categorical'): Distribution {
  if (kind === 'numeric') return numericFromValues(Float64Array.from(rows, (r) => Number(r[column])));
  const counts = new Map<string, number>();
  for (const r of rows) {
    const k = categoryKey(r[column] as string);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return categoricalFromCounts(counts);
}

/** Rows as a Table (text cells, as a CSV reader gives them) for the profiler, with the given columns. */
export function asTable(rows: Row[], columns: readonly string[]): Table {
  return { columns: [...columns], rows: rows.map((r) => columns.map((c) => String(r[c]) as CellValue)) };
}
