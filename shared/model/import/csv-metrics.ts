/**
 * CSV / TSV metrics files. Two shapes are accepted:
 *
 * 1. wide (DVC's tabular layout, also what DVCLive and Keras' CSVLogger write): a header row of
 *    metric names and one or more value rows. The LAST non-empty row is imported (the final epoch
 *    of a training log); cells that are empty or not numbers are skipped and reported.
 * 2. long: exactly two columns whose header is `metric,value` (also `name,value` or `key,value`,
 *    case-insensitive); every row is one metric. A name repeated later overrides the earlier one.
 *
 * Delimiter: tab for `.tsv`, otherwise comma, unless the header has tabs and no comma.
 * Numbers: JSON-style decimals with an optional leading `+`; `nan`/`inf` are skipped as non-finite.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { InputError } from '../../runtime/errors.js';
import { shortened, shortList } from '../../runtime/message-text.js';
import type { SkippedMetric } from './flatten.js';

export interface CsvMetrics {
  metrics: Record<string, number>;
  skipped: SkippedMetric[];
  layout: 'wide' | 'long';
  /** 1-based line of the row the values came from (wide layout). */
  line?: number;
  /** Number of value rows in the file (wide layout). */
  rows?: number;
}

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const NON_FINITE = /^[+-]?(?:nan|inf|infinity)$/i;
const NAME_HEADERS = new Set(['metric', 'name', 'key']);

/** Parses one cell; returns a number, or a reason why it is not imported. */
function cellNumber(cell: string): number | string {
  const s = cell.trim();
  if (s === '') return 'empty';
  if (NON_FINITE.test(s)) return `not finite (${s})`;
  if (!NUMBER.test(s)) return `not a number (${JSON.stringify(s.length > 40 ? `${s.slice(0, 40)}…` : s)})`;
  return Number(s);
}

export async function importCsvMetrics(file: string): Promise<CsvMetrics> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    throw new InputError(`cannot read metrics file: ${(e as Error).message}`, { location: { file }, cause: e });
  }
  return csvMetricsFromText(text, file);
}

export function csvMetricsFromText(text: string, file: string): CsvMetrics {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') {
    throw new InputError('the metrics file is empty', {
      location: { file },
      hint: 'expected a header row of metric names and a row of values',
    });
  }
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter =
    path.extname(file).toLowerCase() === '.tsv' || (firstLine.includes('\t') && !firstLine.includes(',')) ? '\t' : ',';

  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, { delimiter, info: true, skip_empty_lines: true, relax_column_count: false }) as unknown as typeof records;
  } catch (e) {
    const err = e as Error & { lines?: number; code?: string };
    throw new InputError(`invalid CSV: ${shortened(err.message.replace(/^Invalid Record Length: /, ''), 200)}`, {
      location: { file, line: err.lines },
      hint: 'every row needs as many fields as the header; quote fields that contain the delimiter',
      cause: e,
    });
  }
  const [header, ...rows] = records;
  const names = header.record.map((h) => h.trim());
  if (rows.length === 0) {
    throw new InputError('the metrics file has a header row but no value row', {
      location: { file, line: 2 },
      hint: 'the run may have stopped before writing any metrics',
    });
  }
  const skipped: SkippedMetric[] = [];
  const metrics: Record<string, number> = Object.create(null); // user names as keys: "__proto__" must stay data

  if (names.length === 2 && NAME_HEADERS.has(names[0].toLowerCase()) && names[1].toLowerCase() === 'value') {
    for (const { record, info } of rows) {
      const name = record[0].trim();
      if (name === '') {
        throw new InputError('a metric row has an empty name', { location: { file, line: info.lines }, hint: 'give every row a metric name' });
      }
      const v = cellNumber(record[1]);
      if (typeof v === 'number') metrics[name] = v;
      else skipped.push({ key: name, reason: v });
    }
    return { metrics: nonEmpty(metrics, skipped, file), skipped, layout: 'long' };
  }

  const seen = new Set<string>();
  names.forEach((n, c) => {
    if (n === '') {
      throw new InputError(`header column ${c + 1} has no name`, { location: { file, line: 1 }, hint: 'name every column' });
    }
    if (seen.has(n)) {
      throw new InputError(`header names column "${shortened(n)}" twice`, { location: { file, line: 1 }, hint: 'give every column a distinct name' });
    }
    seen.add(n);
  });
  const last = rows[rows.length - 1];
  names.forEach((n, c) => {
    const v = cellNumber(last.record[c]);
    if (typeof v === 'number') metrics[n] = v;
    else skipped.push({ key: n, reason: v });
  });
  return { metrics: nonEmpty(metrics, skipped, file, last.info.lines), skipped, layout: 'wide', line: last.info.lines, rows: rows.length };
}

function nonEmpty(metrics: Record<string, number>, skipped: SkippedMetric[], file: string, line?: number): Record<string, number> {
  if (Object.keys(metrics).length > 0) return metrics;
  const why = shortList(skipped.map((s) => `${shortened(s.key)}: ${s.reason}`), 5, '; ');
  throw new InputError(`no numeric metrics found (${why})`, {
    location: { file, line },
    hint: 'expected numbers under a header of metric names, or two columns "metric,value"',
  });
}
