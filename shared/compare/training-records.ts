/**
 * Reads one side's training records for "What changed": the run record train wrote (`run.json`) and
 * the training data's profile validate-data wrote (`profile.json`). Each is either given (a path the
 * user named: a missing or broken file is their mistake, exit 2) or looked for beside the side's
 * evaluation report, where the PR report's artifact and a registry release keep them (a missing
 * file there is normal: the section says what it could not compare; a broken one is a note, since it
 * may come from a fork's artifact and must not stop the report).
 *
 * Both may be untrusted: size-capped before parsing, checked by their zod schemas, then only data.
 */
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError } from '../runtime/errors.js';
import { runRecordSchema, RUN_SCHEMA } from '../formats/run-format.js';
import { PROFILE_ASSET, RUN_ASSET } from '../formats/manifest-format.js';
import { readProfile } from '../data/profile-merge.js';
import { readJsonAs } from '../registry/release-files.js';
import type { TrainingRecords } from './what-changed.js';

/** A run record is params, digests and a fingerprint: a few KB; 16 MiB leaves room for huge params. */
export const MAX_RUN_RECORD_BYTES = 16 * 1024 * 1024;
/** A profile of 10,000 columns is ~85 MB (docs/formats.md); larger is not a profile we wrote. */
export const MAX_PROFILE_BYTES = 256 * 1024 * 1024;

export interface TrainingRecordsSpec {
  /** Which side, for messages. */
  side: 'head' | 'baseline';
  /** Paths given by the user. */
  run?: string;
  profile?: string;
  /** The side's evaluation report: `run.json` and `profile.json` beside it are read when not given. */
  besideReport?: string;
}

async function sizeOf(file: string): Promise<number | undefined> {
  try {
    const s = await stat(file);
    return s.isFile() ? s.size : undefined;
  } catch {
    return undefined;
  }
}

async function readOne<T>(file: string, given: boolean, max: number, what: string, read: (file: string) => Promise<T>, notes: string[], side: string): Promise<T | undefined> {
  const size = await sizeOf(file);
  if (size === undefined) {
    if (given) throw new InputError(`${what} not found (or not a regular file)`, { location: { file }, hint: 'give the file train or validate-data wrote, or leave the option out' });
    return undefined;
  }
  if (size > max) {
    const message = `${what} is ${(size / 1024 / 1024).toFixed(0)} MiB, more than the ${(max / 1024 / 1024).toFixed(0)} MiB compare reads`;
    if (given) throw new InputError(message, { location: { file } });
    notes.push(`the ${side}'s ${what} was left out: ${message}`);
    return undefined;
  }
  try {
    return await read(file);
  } catch (e) {
    if (given || !(e instanceof InputError)) throw e;
    notes.push(`the ${side}'s ${what} beside its evaluation report was left out: ${e.message}`);
    return undefined;
  }
}

export async function readTrainingRecords(spec: TrainingRecordsSpec): Promise<TrainingRecords> {
  const notes: string[] = [];
  const folder = spec.besideReport === undefined ? undefined : dirname(spec.besideReport);
  const runFile = spec.run ?? (folder === undefined ? undefined : join(folder, RUN_ASSET));
  const profileFile = spec.profile ?? (folder === undefined ? undefined : join(folder, PROFILE_ASSET));
  const out: TrainingRecords = { notes };
  if (runFile !== undefined) {
    const record = await readOne(runFile, spec.run !== undefined, MAX_RUN_RECORD_BYTES, 'run record', (f) => readJsonAs(f, runRecordSchema, `${RUN_SCHEMA} train record`, 'point at the record train wrote (run-out)'), notes, spec.side);
    if (record) out.run = { file: runFile, record };
  }
  if (profileFile !== undefined) {
    const profile = await readOne(profileFile, spec.profile !== undefined, MAX_PROFILE_BYTES, 'training-data profile', readProfile, notes, spec.side);
    if (profile) out.profile = { file: profileFile, profile };
  }
  return out;
}
