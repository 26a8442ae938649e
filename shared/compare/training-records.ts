/**
 * Reads one side's training records for "What changed": the run record train wrote (`run.json`) and
 * the training data's profile validate-data wrote (`profile.json`). Each is either given (a path the
 * user named: a missing or broken file is their mistake, exit 2) or looked for beside the side's
 * evaluation report, where the PR report's artifact and a registry release keep them (a missing
 * file there is normal: the section says what it could not compare; a broken one is a note, since it
 * may come from a fork's artifact and must not stop the report).
 *
 * How each is found, capped and read: side-record.ts.
 */
import { runRecordSchema, RUN_SCHEMA } from '../formats/run-format.js';
import { PROFILE_ASSET, RUN_ASSET } from '../formats/manifest-format.js';
import { readProfile } from '../data/profile-merge.js';
import { readJsonAs } from '../registry/release-files.js';
import type { TrainingRecords } from './what-changed.js';
import { readSideRecord } from './side-record.js';

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

export async function readTrainingRecords(spec: TrainingRecordsSpec): Promise<TrainingRecords> {
  const notes: string[] = [];
  const side = { side: spec.side, besideReport: spec.besideReport };
  const hint = 'give the file train or validate-data wrote, or leave the option out';
  // One after the other: the notes keep the same order on every run.
  const run = await readSideRecord({ ...side, given: spec.run, name: RUN_ASSET, what: 'run record', maxBytes: MAX_RUN_RECORD_BYTES, hint, read: (f) => readJsonAs(f, runRecordSchema, `${RUN_SCHEMA} train record`, 'point at the record train wrote (run-out)') }, notes);
  const profile = await readSideRecord({ ...side, given: spec.profile, name: PROFILE_ASSET, what: 'training-data profile', maxBytes: MAX_PROFILE_BYTES, hint, read: readProfile }, notes);
  return { notes, ...(run ? { run: { file: run.file, record: run.value } } : {}), ...(profile ? { profile: { file: profile.file, profile: profile.value } } : {}) };
}
