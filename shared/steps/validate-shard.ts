/**
 * The matrix job of a sharded validation (`validate-data` with `shard: i/n`, `mlops validate --shard i/n`):
 * loads the contract, scans shard i/n of the data (data/scan-shard.ts) and writes its profile with the
 * `shard` section, plus the unique rules' keys next to it, for the fan-in job (steps/validate-merged-shards.ts).
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { sha256File } from '../runtime/file-digest.js';
import { commitTempFile } from '../runtime/atomic-write.js';
import type { ShardProfile, ShardSection } from '../formats/shard-format.js';
import { writeProfileFile } from '../data/profile-write.js';
import { loadContract } from '../data/contract.js';
import { expandFileList } from '../data/file-list.js';
import { scanShard } from '../data/scan-shard.js';
import type { ShardSpec } from '../data/shard-plan.js';
import type { TableFormat } from '../data/table.js';

export interface ValidateShardOptions {
  /** A data file, a glob, or one file or glob per line. */
  data: string;
  shard: ShardSpec;
  contract?: string;
  /**
   * Where to write the shard's profile (with its `shard` section), atomically. With unique rules,
   * their keys go next to it (`<name>.keys-<part>.jsonl.gz`): upload the folder.
   */
  profileOut: string;
  delimiter?: string;
  format?: TableFormat;
}

export interface ValidateShardResult {
  profile: ShardProfile;
  shard: ShardSection;
  profilePath: string;
  /** The unique-keys files written next to the profile. */
  keyFiles: string[];
}


/** The name of part p's unique-keys file next to a profile: `shard-2.json` → `shard-2.keys-0.jsonl.gz`. */
export function keyFileName(profileOut: string, part: number): string {
  return `${basename(profileOut).replace(/\.json$/i, '')}.keys-${part}.jsonl.gz`;
}

/**
 * One matrix job: reads shard i/n of the data and writes its profile with the shard section (and,
 * with unique rules, their keys next to it). Keys are written under temporary names and renamed
 * before the profile, which is written last, atomically: a failed shard leaves nothing behind.
 */
export async function validateShard(options: ValidateShardOptions): Promise<ValidateShardResult> {
  const contract = options.contract === undefined ? undefined : await loadContract(options.contract);
  const files = await expandFileList(options.data);
  const dir = dirname(options.profileOut);
  await mkdir(dir, { recursive: true });
  const written: { tmp: string; path: string }[] = [];
  const tag = `${process.pid}.${randomBytes(6).toString('hex')}`;
  try {
    const profile = await scanShard({
      data: options.data,
      files,
      shard: options.shard,
      contract,
      contractFile: options.contract,
      contractSha256: options.contract === undefined ? undefined : (await sha256File(options.contract)).sha256,
      delimiter: options.delimiter,
      format: options.format,
      keyFile: (part) => {
        const name = keyFileName(options.profileOut, part);
        const path = join(dir, name);
        const tmp = join(dir, `.${name}.${tag}.tmp`);
        written.push({ tmp, path });
        return { path: tmp, name };
      },
    });
    // Through links and onto devices like every output (shared/runtime/atomic-write.ts).
    for (const w of written) await commitTempFile(w.tmp, w.path);
    await writeProfileFile(options.profileOut, profile);
    return { profile, shard: profile.shard, profilePath: options.profileOut, keyFiles: written.map((w) => w.path) };
  } catch (e) {
    await Promise.all(written.map((w) => rm(w.tmp, { force: true })));
    throw e;
  }
}
