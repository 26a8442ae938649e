/**
 * Raw reader throughput: all batches of flights-3m as CSV and as Parquet, nothing done per cell.
 * Run standalone with `node --import tsx bench/readers.ts` (add --expose-gc for a GC between runs).
 */
import { existsSync, statSync } from 'node:fs';
import { mkdir, open, rename } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { openTable } from '../shared/data/open-table.js';
import type { TableReader } from '../shared/data/table.js';
import { benchRow, type BenchRow } from './types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const FLIGHTS_PARQUET = join(root, 'node_modules/vega-datasets/data/flights-3m.parquet');
export const FLIGHTS_CSV = join(root, 'bench/out/flights-3m-iso.csv');


/** Writes flights-3m.parquet as CSV (date as `YYYY-MM-DD HH:MM:SS`) unless it is already there. */
export async function ensureFlightsCsv(target = FLIGHTS_CSV): Promise<string> {
  if (existsSync(target)) return target;
  await mkdir(dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.tmp`;
  const out = await open(tmp, 'w');
  try {
    await out.write('date,delay,distance,origin,destination\n');
    const reader = await openTable(FLIGHTS_PARQUET);
    for await (const b of reader.batches()) {
      const [date, delay, distance, origin, destination] = b.values;
      let s = '';
      for (let i = 0; i < b.length; i++) {
        const d = date[i] as Date;
        // ISO 8601 as JavaScript writes it (toISOString): the ~121 MB file the targets are stated for.
        s += `${d.toISOString()},${delay[i]},${distance[i]},${origin[i]},${destination[i]}\n`;
      }
      await out.write(s);
    }
  } finally {
    await out.close();
  }
  await rename(tmp, target);
  return target;
}

async function measure(name: string, file: string, reader: TableReader): Promise<BenchRow> {
  (globalThis as { gc?: () => void }).gc?.();
  const bytes = statSync(file).size;
  let peak = process.memoryUsage.rss();
  let rows = 0;
  const start = process.hrtime.bigint();
  for await (const b of reader.batches()) {
    rows += b.length;
    const rss = process.memoryUsage.rss();
    if (rss > peak) peak = rss;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return benchRow({ name, rows, bytes, seconds, peakRssMb: peak / 1e6 });
}

export async function benchReaders(): Promise<BenchRow[]> {
  const csv = await ensureFlightsCsv();
  return [
    await measure('read csv (flights-3m.csv)', csv, await openTable(csv)),
    await measure('read parquet (flights-3m.parquet, ZSTD)', FLIGHTS_PARQUET, await openTable(FLIGHTS_PARQUET)),
  ];
}

export function formatBenchRows(rows: BenchRow[]): string {
  const head = ['benchmark', 'rows', 'MB', 'seconds', 'rows/s', 'MB/s', 'peak RSS MB', 'CPU s'];
  const body = rows.map((r) => [
    r.name,
    String(r.rows),
    (r.bytes / 1e6).toFixed(1),
    r.seconds.toFixed(2),
    `${(r.rowsPerSec / 1e6).toFixed(2)}M`,
    r.mbPerSec.toFixed(0),
    r.peakRssMb.toFixed(0),
    r.cpuSeconds === undefined ? '' : r.cpuSeconds.toFixed(2),
  ]);
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...body.map(line)].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(formatBenchRows(await benchReaders()));
}
