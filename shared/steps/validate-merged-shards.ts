/**
 * The fan-in job of a sharded validation (`validate-data` with `profiles:`, `mlops validate --profiles`):
 * reads the shard jobs' profiles, merges them into the one-job run's profile and report
 * (data/shard-merge.ts), and writes both.
 */
import { dirname } from 'node:path';
import { writeJsonAtomic } from '../runtime/atomic-write.js';
import { sha256File } from '../runtime/file-digest.js';
import { writeProfileFile } from '../data/profile-write.js';
import { loadContract } from '../data/contract.js';
import { expandFileList } from '../data/file-list.js';
import { mergeShardProfiles, readShardProfile, type MergedShards, type ShardInput } from '../data/shard-merge.js';

export interface ValidateMergedOptions {
  /** The shards' profile files: paths or globs (one per item, or one per line). */
  profiles: readonly string[];
  contract?: string;
  profileOut?: string;
  reportOut?: string;
}

export interface ValidateMergedResult extends MergedShards {
  profileFiles: string[];
  profilePath?: string;
  reportPath?: string;
}

/** The fan-in job: reads the shard profiles, merges them, writes the report and profile. */
export async function validateMergedShards(options: ValidateMergedOptions): Promise<ValidateMergedResult> {
  const contract = options.contract === undefined ? undefined : await loadContract(options.contract);
  const files: string[] = [];
  for (const spec of options.profiles) for (const f of await expandFileList(spec, 'profiles')) if (!files.includes(f)) files.push(f);
  const shards: ShardInput[] = [];
  for (const file of files) shards.push({ file, profile: await readShardProfile(file), dir: dirname(file) });
  const merged = await mergeShardProfiles(shards, contract && options.contract ? { contract, file: options.contract, sha256: (await sha256File(options.contract)).sha256 } : undefined);
  const result: ValidateMergedResult = { ...merged, profileFiles: files };
  if (options.profileOut) {
    await writeProfileFile(options.profileOut, merged.profile);
    result.profilePath = options.profileOut;
  }
  if (options.reportOut) {
    await writeJsonAtomic(options.reportOut, merged.report);
    result.reportPath = options.reportOut;
  }
  return result;
}
