/**
 * One side's record for the PR report (a run record, a training-data profile, an explanation): the
 * path given, else `name` beside the side's evaluation report, where the PR report's artifact and a
 * registry release keep it. A path given that is missing, too large or broken is the user's
 * mistake (exit 2). One found beside a report that is too large or broken is left out with a note:
 * it may come from a fork's artifact and must not stop the report. None found is normal.
 *
 * Either may be untrusted: size-capped before it is read, then checked by `read` (a zod schema).
 */
import { stat } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { InputError } from '../runtime/errors.js';

export interface SideRecordSpec<T> {
  side: 'head' | 'baseline';
  /** The path the user named. */
  given?: string;
  /** The side's evaluation report: `name` beside it is read when nothing is given. */
  besideReport?: string;
  /** The file's name beside a report (`run.json`, `profile.json`, `explanation.json`). */
  name: string;
  /** What it is, for messages ("run record"). */
  what: string;
  maxBytes: number;
  /** How to fix a path given that is not there. */
  hint: string;
  read: (file: string) => Promise<T>;
}

export async function readSideRecord<T>(spec: SideRecordSpec<T>, notes: string[]): Promise<{ file: string; value: T } | undefined> {
  const file = spec.given ?? (spec.besideReport === undefined ? undefined : join(dirname(spec.besideReport), spec.name));
  if (file === undefined) return undefined;
  const given = spec.given !== undefined;
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    if (given) throw new InputError(`${spec.what} not found (or not a regular file)`, { location: { file }, hint: spec.hint });
    return undefined;
  }
  if (info.size > spec.maxBytes) {
    const message = `${spec.what} is ${(info.size / 1024 / 1024).toFixed(0)} MiB, more than the ${(spec.maxBytes / 1024 / 1024).toFixed(0)} MiB compare reads`;
    if (given) throw new InputError(message, { location: { file } });
    notes.push(`the ${spec.side}'s ${spec.what} was left out: ${message}`);
    return undefined;
  }
  try {
    return { file, value: await spec.read(file) };
  } catch (e) {
    if (given || !(e instanceof InputError)) throw e;
    notes.push(`the ${spec.side}'s ${spec.what} beside its evaluation report was left out: ${e.message}`);
    return undefined;
  }
}
