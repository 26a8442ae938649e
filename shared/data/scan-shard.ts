/**
 * One job of a sharded validation (`validate-data` with `shard: i/n`, `mlops validate --shard i/n`):
 * reads only its shard of the data (shard-plan.ts), profiles it and, with a contract, checks its
 * rows, and writes the shard's profile with the `shard` section (shard-format.ts) that the fan-in
 * job turns into the one-job run's report and profile (shard-merge.ts). The step that loads the contract and
 * writes the files is steps/validate-shard.ts.
 *
 * A shard does not decide pass or fail: rules like `mostly`, `rows.min` or a column that only a
 * later shard has are about the whole data. It reads its part exactly as a worker thread reads a
 * shard (the same reader options and scanTable), so its tallies are the ones the one-job run would
 * count for those rows.
 *
 * Unique rules cannot be tallied per shard (a value may repeat in another shard): their keys are
 * written next to the profile (unique-keys.ts) for the fan-in to count.
 *
 * Lines: a text shard after the first counts its lines from 1 (the fan-in adds the lines before).
 * An error it raises is re-placed at the file's line by counting the '\n's before its range: paid
 * only on the error path, never for a clean shard.
 */
import { stat } from 'node:fs/promises';
import { InputError, UsageError } from '../runtime/errors.js';
import type { Contract } from './contract.js';
import { openTable } from './open-table.js';
import { mergeProfiles } from './profile-merge.js';
import { PROFILE_SCHEMA, type Profile } from '../formats/profile-format.js';
import { scanTable } from './scan-table.js';
import { SHARD_SCHEMA, type ShardPart, type ShardProfile, type ShardSection } from '../formats/shard-format.js';
import { dataLabel } from './file-list.js';
import { linesBefore, planShard, type PlannedPart, type ShardSpec } from './shard-plan.js';
import type { TableFormat } from './table.js';
import { uniqueRuleNames } from './validate.js';
import { UniqueKeyFile } from './unique-keys.js';
import { shardError } from './validate-data-shards.js';

export interface ScanShardInput {
  /** The data as given (file, glob or list). */
  data: string;
  files: readonly string[];
  shard: ShardSpec;
  contract?: Contract;
  contractFile?: string;
  contractSha256?: string;
  delimiter?: string;
  format?: TableFormat;
  /**
   * With unique rules: where part p's keys are written (a path), and the name the shard section
   * records for it (relative to the profile's folder).
   */
  keyFile?: (part: number) => { path: string; name: string };
}

/** Reads one part of a file through the profiler and the validator, as a worker reads its shard. */
async function scanPart(part: PlannedPart, p: number, input: ScanShardInput, format: TableFormat): Promise<{ profile: Profile; part: ShardPart }> {
  const file = part.file;
  // The names known before the rows come from the file's start (header, schema, first record).
  const whole = await openTable(file, { format, delimiter: input.delimiter });
  const columns = await whole.columns();
  let nextLine = 1;
  const start = part.bytes?.start ?? 0;
  const reader = await openTable(file, {
    format,
    delimiter: input.delimiter,
    start: part.bytes?.start,
    end: part.bytes?.end,
    header: format === 'csv' && start > 0 ? [...columns] : undefined,
    partial: part.bytes !== undefined,
    rowGroups: part.rowGroups,
    onEnd: (line) => {
      nextLine = line;
    },
  });
  const unique = input.contract !== undefined && uniqueRuleNames(input.contract).length > 0;
  if (unique && !input.keyFile) throw new Error('scanShard: unique rules need a keyFile');
  const where = unique ? input.keyFile!(p) : undefined;
  const keys = where ? new UniqueKeyFile(where.path) : undefined;
  try {
    const scanned = await scanTable(reader, { file, columns, contract: input.contract, contractFile: input.contractFile, uniqueKeys: keys }).finally(() => keys?.close());
    const { profile, validator, rows } = scanned;
    return {
      profile,
      part: {
        file,
        bytes: part.bytes ? [part.bytes.start, part.bytes.end] : null,
        row_groups: part.rowGroups ? [part.rowGroups.start, part.rowGroups.end] : null,
        rows,
        lines: reader.hasLines ? nextLine - 1 : 0,
        column_order: profile.column_order,
        validation: validator ? validator.exportState() : null,
        unique_keys: keys && where ? { file: where.name, records: keys.records } : null,
      },
    };
  } catch (e) {
    throw await placedError(e, part, input.shard);
  }
}

/** An error from a part that starts after byte 0, moved to the file's line; other errors as they are. */
async function placedError(e: unknown, part: PlannedPart, shard: ShardSpec): Promise<unknown> {
  if (!(e instanceof InputError) || !part.bytes) return e;
  const { what, hint, location } = shardError(e);
  const offset = part.bytes.start > 0 && location?.line !== undefined ? await linesBefore(part.file, part.bytes.start) : 0;
  const placed = location && location.line !== undefined ? { ...location, line: location.line + offset } : location;
  // A cut inside a quoted field that spans lines leaves this shard's last field open. The cut is
  // at the same place in every job, so only a one-job run (or a list of files) can read it.
  const cut = what.startsWith('unterminated quoted field') && part.bytes.end < (await stat(part.file)).size;
  const fix = cut
    ? `shard ${shard.index}/${shard.count} may end inside a quoted field that spans lines, which byte-range shards cannot split; shard a list of files instead, or validate the file in one job`
    : hint;
  return new InputError(what, { location: placed, hint: fix, cause: e });
}

/** Scans a shard in memory: its profile (with the `shard` section). */
export async function scanShard(input: ScanShardInput): Promise<ShardProfile> {
  const { files, shard } = input;
  // The format of every file: from the first (openTable decides by extension or `format`).
  const first = await openTable(files[0], { format: input.format, delimiter: input.delimiter });
  const format = first.format;
  for (const f of files.slice(1)) {
    const r = await openTable(f, { format: input.format, delimiter: input.delimiter });
    if (r.format !== format) {
      throw new UsageError(`the data's files are not all ${format}: "${f}" is ${r.format}`, { hint: 'list files of one format (CSV/TSV, JSON Lines or Parquet)' });
    }
  }
  const plan = await planShard(files, format, shard);
  const scanned = [];
  for (const [p, part] of plan.parts.entries()) scanned.push(await scanPart(part, p, input, format));
  const label = dataLabel(input.data, files);
  const profile: Profile =
    scanned.length === 0
      ? { schema: PROFILE_SCHEMA, sources: [], rows: 0, column_order: [], columns: {} }
      : scanned.length === 1
        ? scanned[0].profile
        : mergeProfiles(scanned.map((s) => s.profile));
  const section: ShardSection = {
    schema: SHARD_SCHEMA,
    index: shard.index,
    count: shard.count,
    data: label,
    format,
    line_kind: first.hasLines ? 'line' : 'row',
    files: plan.files,
    split: plan.split,
    contract: input.contractFile && input.contractSha256 ? { file: input.contractFile, sha256: input.contractSha256 } : null,
    parts: scanned.map((s) => s.part),
  };
  return { ...profile, shard: section };
}
