/**
 * Picks the reader for a data file: by `options.format`, else by extension (a trailing `.gz` means
 * gzip around a text format, decompressed as a stream).
 */
import { stat } from 'node:fs/promises';
import { InputError, UsageError } from '../runtime/errors.js';
import type { TableFormat, TableReader, TableReaderOptions } from './table.js';
import { csvReader } from './csv.js';
import { type CsvReaderOptions, type TextReadOptions } from './csv-options.js';
import { jsonlReader, type JsonlReaderOptions } from './jsonl.js';
import type { ParquetReaderOptions } from './parquet.js';

/**
 * Options for one shard of a file (validate-data-shards.ts), each used by the readers it concerns:
 * a byte range and `onEnd` (text), `header` (CSV), `partial` (JSON Lines), `rowGroups` (Parquet).
 */
export type ShardReadOptions = Pick<CsvReaderOptions, 'header'> & Pick<JsonlReaderOptions, 'partial'> & Pick<ParquetReaderOptions, 'rowGroups'>;

export const SUPPORTED_EXTENSIONS: readonly string[] = [
  '.csv',
  '.tsv',
  '.jsonl',
  '.ndjson',
  '.parquet',
  '.csv.gz',
  '.tsv.gz',
  '.jsonl.gz',
  '.ndjson.gz',
];

const BY_EXTENSION: Record<string, { format: TableFormat; delimiter?: string }> = {
  '.csv': { format: 'csv' },
  '.tsv': { format: 'csv', delimiter: '\t' },
  '.jsonl': { format: 'jsonl' },
  '.ndjson': { format: 'jsonl' },
  '.parquet': { format: 'parquet' },
};

function extensionOf(name: string): string {
  const slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
  const dot = name.lastIndexOf('.');
  return dot > slash ? name.slice(dot).toLowerCase() : '';
}

/** Opens `file` as a table; throws InputError/UsageError for a missing, unreadable or unknown file. */
/** How CSV cells are read: see CsvReaderOptions.bytePath (consumers that read every cell turn it off). */
export type CsvPathOptions = Pick<CsvReaderOptions, 'bytePath'>;

export async function openTable(file: string, options: TableReaderOptions & TextReadOptions & ShardReadOptions & CsvPathOptions = {}): Promise<TableReader> {
  let info;
  try {
    info = await stat(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      throw new InputError('file not found', {
        location: { file },
        hint: `check the path; relative paths are resolved from ${process.cwd()}`,
      });
    }
    throw new InputError(`cannot read the file: ${(e as Error).message}`, { location: { file }, hint: 'check its permissions', cause: e });
  }
  if (info.isDirectory()) {
    throw new InputError('is a directory, not a data file', {
      location: { file },
      hint: `point at one file (${SUPPORTED_EXTENSIONS.join(', ')}); to check several, run the step once per file`,
    });
  }

  let ext = extensionOf(file);
  const gzip = ext === '.gz';
  if (gzip) ext = extensionOf(file.slice(0, -3));
  const known = BY_EXTENSION[ext];
  // A delimiter says "delimited text" even when the extension (.txt, .dat) does not.
  const format = options.format ?? known?.format ?? (options.delimiter !== undefined ? 'csv' : undefined);
  if (format === undefined) {
    throw new UsageError(`cannot tell the format of "${file}" from its extension`, {
      hint: `supported extensions: ${SUPPORTED_EXTENSIONS.join(', ')}; for other delimited text, give the delimiter`,
    });
  }
  const textOptions = { ...options, gzip: options.gzip ?? gzip };
  switch (format) {
    case 'csv':
      return csvReader(file, { ...textOptions, delimiter: options.delimiter ?? (format === known?.format ? known.delimiter : undefined) });
    case 'jsonl':
      return jsonlReader(file, textOptions);
    case 'parquet':
      if (gzip) {
        throw new UsageError(`"${file}": gzip-compressed Parquet is not supported`, {
          hint: 'Parquet compresses its own pages (e.g. ZSTD or Snappy); store the .parquet file without .gz',
        });
      }
      {
        // Loaded on first use: hyparquet and its decompressors are most of a bundle's start-up
        // cost, and a step reading CSV or JSON Lines never needs them.
        const { parquetReader } = await import('./parquet.js');
        return parquetReader(file, options);
      }
    default:
      throw new UsageError(`unknown table format "${String(format)}"`, { hint: 'use csv, jsonl or parquet' });
  }
}
