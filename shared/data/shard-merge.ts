/**
 * The fan-in of a sharded validation (`validate-data` with `profiles:`, `mlops validate --profiles`):
 * the shards' profiles (each with its `shard` section, shard-format.ts) become the report and the
 * profile of the one-job run over the same data.
 *
 * - The shards must be all n of one split of the same data: the same files with the same sizes, the
 *   same contract (by SHA-256), each index once, and their parts together exactly the data (byte
 *   ranges and row groups contiguous from the start to the end, every file of a list once).
 * - Row-level results: a validator is built from the contract and each part's tallies are merged
 *   in data order (Validator.mergeState), the lines of a byte-range part shifted by the lines of the
 *   parts before it, the samples of a file list tagged with their file. Counts, pass/fail and the
 *   first samples are then exactly the one-job run's, as for the worker threads
 *   (validate-data-shards.ts). Unique rules: every part's recorded keys (unique-keys.ts) go, in
 *   data order, to the validator's own duplicate counters (Validator.addUniqueKey), the one-job
 *   run's counter on the one-job run's keys.
 * - The profile: mergeProfiles, with the sources and the column order rebuilt in data order (a
 *   shard of a file list holds every n-th file). Counts, nulls, min/max, mean, type counts and exact
 *   distinct counts equal the one-job run's; sketch estimates stay within their bounds
 *   (docs/formats.md). An undeclared column whose type the shards inferred differently from the
 *   whole data's inference is an error naming it: declaring its type makes every shard agree.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ContractError, InputError, UsageError } from '../runtime/errors.js';
import type { Contract } from './contract.js';
import { inferColumnType } from './profile.js';
import { mergeProfiles } from './profile-merge.js';
import { PROFILE_SCHEMA, type ColumnProfile, type Profile } from '../formats/profile-format.js';
import { profilerTyping } from './scan-table.js';
import { SHARD_SCHEMA, shardProfileSchema, type ShardPart, type ShardProfile, type ShardSection } from '../formats/shard-format.js';
import { createValidator, uniqueRuleNames } from './validate.js';
import { readUniqueKeys } from './unique-keys.js';
import { reportWithoutContract, type ValidationReport } from '../formats/validation-format.js';
import type { ValidatorState } from './findings.js';

export interface ShardInput {
  /** Where the profile came from, for messages. */
  file: string;
  profile: ShardProfile;
  /** The folder its unique-keys files are in (the profile's). */
  dir: string;
}

export interface MergeContract {
  contract: Contract;
  /** As the user gave it: named in the report and its messages. */
  file: string;
  /** Checked against the shards' record when given (the fan-in); skipped in memory. */
  sha256?: string;
}

export interface MergedShards {
  report: ValidationReport;
  profile: Profile;
  /** The shards' common section (the first's). */
  shard: ShardSection;
}

/** Reads a shard's profile file; a plain profile or another file is an InputError saying what to do. */
export async function readShardProfile(file: string): Promise<ShardProfile> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'profile not found' : code ? `cannot read the profile: ${(e as Error).message}` : `not valid JSON: ${(e as Error).message}`;
    throw new InputError(what, { location: { file }, hint: 'give the profiles the shard jobs wrote (profile-out)', cause: e });
  }
  const doc = json as { schema?: unknown; shard?: unknown } | null;
  if (doc?.schema !== PROFILE_SCHEMA) {
    throw new InputError(`schema is ${JSON.stringify(doc?.schema)}, not "${PROFILE_SCHEMA}"`, { location: { file }, hint: 'give the profiles the shard jobs wrote (profile-out)' });
  }
  if (doc.shard === undefined) {
    throw new InputError('is a profile without a shard section: it was not written by a shard job', {
      location: { file },
      hint: (o) => `write the profiles with ${o.setting('shard', 'i/n')}; to only combine plain profiles, use mlops profile merge`,
    });
  }
  const parsed = shardProfileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(`invalid shard profile at ${issue.path.join('.') || '(root)'}: ${issue.message}`, {
      location: { file },
      hint: 'the file may be truncated or edited by hand, or written by another version; re-run the shard job',
    });
  }
  if (parsed.data.shard.schema !== SHARD_SCHEMA) throw new InputError(`unknown shard section ${parsed.data.shard.schema}`, { location: { file } });
  return parsed.data;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function shardList(indexes: number[]): string {
  return indexes.length === 0 ? 'none' : indexes.join(', ');
}

/** The shards in index order, after checking they are one complete split of one dataset. */
function checkShards(shards: readonly ShardInput[]): ShardInput[] {
  if (shards.length === 0) throw new UsageError('no shard profiles to merge', { hint: 'give the profiles the shard jobs wrote' });
  const first = shards[0];
  const s0 = first.profile.shard;
  for (const { file, profile } of shards.slice(1)) {
    const s = profile.shard;
    const differs = (what: string, a: unknown, b: unknown) =>
      new InputError(`shard ${s.index}/${s.count} was written for ${what} ${JSON.stringify(b)}, but shard ${s0.index}/${s0.count} (${first.file}) for ${JSON.stringify(a)}`, {
        location: { file },
        hint: 'merge the shards of one run: the same data, the same contract and the same shard count in every job',
      });
    if (s.count !== s0.count) throw differs('a shard count of', s0.count, s.count);
    if (s.data !== s0.data) throw differs('the data', s0.data, s.data);
    if (!same(s.files, s0.files)) throw differs('the files', s0.files, s.files);
    if (s.split !== s0.split || s.format !== s0.format) throw differs('the split', `${s0.format} by ${s0.split}`, `${s.format} by ${s.split}`);
    if (!same(s.contract, s0.contract)) throw differs('the contract', s0.contract, s.contract);
  }
  const byIndex = new Map<number, ShardInput>();
  for (const sh of shards) {
    const i = sh.profile.shard.index;
    const other = byIndex.get(i);
    if (other) throw new InputError(`shard ${i}/${s0.count} is given twice (${other.file} and ${sh.file})`, { location: { file: sh.file }, hint: 'give each shard\'s profile once' });
    byIndex.set(i, sh);
  }
  const missing: number[] = [];
  for (let i = 1; i <= s0.count; i++) if (!byIndex.has(i)) missing.push(i);
  if (missing.length > 0) {
    throw new InputError(`shards ${shardList(missing)} of ${s0.count} are missing (got ${shardList([...byIndex.keys()].sort((a, b) => a - b))})`, {
      hint: 'every shard job must finish and upload its profile before the fan-in; a failed shard fails the whole validation',
    });
  }
  return [...byIndex.keys()].sort((a, b) => a - b).map((i) => byIndex.get(i)!);
}

/** The parts of all shards in data order, after checking they cover the data exactly once. */
function orderedParts(shards: readonly ShardInput[]): ShardPart[] {
  const s0 = shards[0].profile.shard;
  const broken = (what: string, file?: string) =>
    new InputError(`the shards do not cover the data exactly once: ${what}`, { location: file ? { file } : undefined, hint: 'the shard jobs saw different data; re-run all of them on the same commit' });
  if (s0.split === 'files') {
    const byFile = new Map<string, ShardPart>();
    for (const { file, profile } of shards) {
      for (const p of profile.shard.parts) {
        if (p.bytes || p.row_groups) throw broken(`${p.file} is read in part in a file split`, file);
        if (byFile.has(p.file)) throw broken(`${p.file} is in two shards`, file);
        byFile.set(p.file, p);
      }
    }
    const parts = s0.files.map((f) => byFile.get(f.file));
    const lost = s0.files.filter((_, i) => !parts[i]).map((f) => f.file);
    if (lost.length > 0) throw broken(`no shard read ${lost.join(', ')}`);
    if (byFile.size !== s0.files.length) throw broken('a shard read a file that is not in the list');
    return parts as ShardPart[];
  }
  const parts = shards.map(({ file, profile }) => {
    if (profile.shard.parts.length !== 1) throw broken(`shard ${profile.shard.index} has ${profile.shard.parts.length} parts of one file`, file);
    return { file, part: profile.shard.parts[0] };
  });
  let at = 0;
  for (const { file, part } of parts) {
    const r = s0.split === 'bytes' ? part.bytes : part.row_groups;
    if (!r || r[0] !== at || r[1] < r[0]) throw broken(`a shard starts at ${r ? r[0] : 'the whole file'}, not at ${at}`, file);
    at = r[1];
  }
  if (s0.split === 'bytes' && at !== s0.files[0].bytes) throw broken(`the shards end at byte ${at} of ${s0.files[0].bytes}`);
  return parts.map((p) => p.part);
}

/** Column order of the data: the first part's, then new columns as the parts show them. */
function columnOrder(parts: readonly ShardPart[], merged: Profile): string[] {
  const order: string[] = [];
  const seen = new Set<string>();
  for (const name of [...parts.flatMap((p) => p.column_order), ...merged.column_order]) {
    if (!seen.has(name)) {
      seen.add(name);
      order.push(name);
    }
  }
  return order;
}

/**
 * Where each part's lines start when the parts' lines are numbered one after another, and the
 * inverse, for the unique rules' samples of a file list (the duplicate counter sees one sequence).
 */
function lineNumbering(parts: readonly ShardPart[], hasLines: boolean): { offsets: number[]; locate: (line: number) => { file: string; line: number } } {
  const offsets: number[] = [];
  let at = 0;
  for (const p of parts) {
    offsets.push(at);
    at += hasLines ? p.lines : p.rows;
  }
  const locate = (line: number) => {
    // The last part that starts before `line` (empty parts share their successor's start).
    let lo = 0;
    let hi = parts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (offsets[mid] < line) lo = mid;
      else hi = mid - 1;
    }
    return { file: parts[lo].file, line: line - offsets[lo] };
  };
  return { offsets, locate };
}

/** Merges checked shards: the one-job run's report (with a contract) and profile. */
export async function mergeShardProfiles(inputs: readonly ShardInput[], contract?: MergeContract): Promise<MergedShards> {
  const shards = checkShards(inputs);
  const section = shards[0].profile.shard;
  const parts = orderedParts(shards);
  const dirOf = new Map<ShardPart, string>();
  for (const sh of shards) for (const p of sh.profile.shard.parts) dirOf.set(p, sh.dir);

  if (contract?.sha256 !== undefined) {
    if (!section.contract) {
      throw new UsageError(`the shards were profiled without a contract, so their rows were not checked against ${contract.file}`, {
        hint: `give the shard jobs contract: ${contract.file} too`,
      });
    }
    if (section.contract.sha256 !== contract.sha256) {
      throw new ContractError(`the shards were checked against a contract with another content (${section.contract.file}, SHA-256 ${section.contract.sha256.slice(0, 12)}…) than ${contract.file} (${contract.sha256.slice(0, 12)}…)`, {
        location: { file: contract.file },
        hint: 'run the shard jobs and the fan-in on the same commit, with the same contract',
      });
    }
  } else if (!contract && section.contract) {
    const used = section.contract.file;
    throw new UsageError(`the shards were checked against ${used}: give the fan-in that contract to decide the rules on their merged results`, {
      hint: (o) => `${o.setting('contract', used)}; to only combine the profiles, use mlops profile merge`,
    });
  }

  // The profile: merged sketches, then the one-job run's sources and column order.
  const merged = mergeProfiles(shards.map((s) => s.profile));
  const sources: Profile['sources'] = [];
  for (const p of parts) {
    const last = sources[sources.length - 1];
    if (last && last.file === p.file) last.rows += p.rows;
    else sources.push({ file: p.file, format: section.format, rows: p.rows });
  }
  const order = columnOrder(parts, merged);
  const columns: Record<string, ColumnProfile> = {};
  for (const name of order) columns[name] = merged.columns[name];
  const declared = profilerTyping(contract?.contract).types;
  for (const name of order) {
    const c = columns[name];
    if (declared[name] === undefined && c.type !== inferColumnType(c.type_counts)) {
      throw new InputError(`column "${name}": the shards inferred its type as ${c.type}, but the whole data's values make it ${inferColumnType(c.type_counts)}`, {
        hint: `declare it in the contract (columns.${name}.type), so that every shard profiles it as one type`,
      });
    }
  }
  const profile: Profile = { schema: PROFILE_SCHEMA, sources, rows: merged.rows, column_order: order, columns };

  let report: ValidationReport;
  if (contract) {
    const hasLines = section.line_kind === 'line';
    const files = section.split === 'files';
    // Byte-range parts count their lines from 1: shift each by the lines of the parts before it.
    // A file list's parts are whole files: their tallies keep their lines and name their file; for
    // the unique rules, whose counter sees one sequence, the files' lines follow one another.
    const numbering = lineNumbering(parts, hasLines);
    const validator = createValidator(contract.contract, {
      file: section.data,
      columns: [],
      hasLines,
      format: section.format,
      contractFile: contract.file,
      locateLine: files ? numbering.locate : undefined,
    });
    for (const [i, p] of parts.entries()) {
      if (!p.validation) throw new InputError(`shard part ${p.file} has no row-level results`, { hint: 're-run the shard jobs with the contract' });
      validator.mergeState(p.validation as ValidatorState, section.split === 'bytes' ? numbering.offsets[i] : 0, files ? p.file : undefined);
    }
    if (uniqueRuleNames(contract.contract).length > 0) {
      for (const [i, p] of parts.entries()) {
        if (!p.unique_keys) throw new InputError(`shard part ${p.file} has no unique keys, but the contract has unique rules`, { hint: 're-run the shard jobs with this contract' });
        const offset = section.split === 'row-groups' ? 0 : numbering.offsets[i];
        for await (const k of readUniqueKeys(join(dirOf.get(p)!, p.unique_keys.file), p.unique_keys.records)) validator.addUniqueKey(k.rule, k.key, k.line + offset, k.display);
      }
    }
    report = validator.finish();
  } else {
    report = reportWithoutContract({ file: section.data, format: section.format, rows: profile.rows, line_kind: section.line_kind });
  }
  return { report, profile, shard: section };
}
