/**
 * "What changed" between the baseline and the head, beside the metrics: params (params-diff.ts),
 * training data (the two profiles' rows, inputs and moved columns, drift/profile-drift.ts), code and
 * environment (the run records' command, input digests and runtime fingerprint). Pure: the records
 * in, a `what_changed` object (formats/what-changed-format.ts) out.
 *
 * What is data and what is code: the training data is the files the profiles were made from; every
 * other declared input of the run (scripts, params files, requirements) is code. So when only a
 * script's digest changed, the summary is `code-only`, which the report says in one line.
 */
import { posix } from 'node:path';
import type { Profile } from '../formats/profile-format.js';
import { describeCommand, type EnvironmentFingerprint, type FileDigest, type RunRecord } from '../formats/run-format.js';
import type { CodeDiff, DataDiff, FileChange, WhatChanged } from '../formats/what-changed-format.js';
import { P_VALUE_TESTS, type ColumnDrift } from '../formats/drift-format.js';
import { profileDrift } from '../drift/profile-drift.js';
import type { DriftCheckOptions } from '../drift/drift-check.js';
import { diffParams, paramChanges } from './params-diff.js';

/** A side's records as read (either may be missing), with the files they came from. */
export interface TrainingRecords {
  run?: { file: string; record: RunRecord };
  profile?: { file: string; profile: Profile };
  /** Why a record is missing or was not used, for the report's notes. */
  notes?: string[];
}

export interface WhatChangedOptions {
  /** The model's drift settings (ignored columns, tests and thresholds), as drift-check would use them. */
  drift?: DriftCheckOptions['config'];
}

/** A path as the run record writes it: forward slashes, no `./`, normalized. */
export function normalizedPath(path: string): string {
  const p = posix.normalize(path.replace(/\\/g, '/'));
  return p.startsWith('./') ? p.slice(2) : p;
}

function digestsByPath(run: RunRecord | undefined): Map<string, FileDigest> {
  return new Map((run?.inputs ?? []).map((f) => [normalizedPath(f.path), f]));
}

/** How strongly a column moved, for ordering: how far past its threshold, in the test's own direction. */
function strength(c: ColumnDrift): number {
  if (P_VALUE_TESTS.has(c.test)) return c.p_value === null || c.p_value <= 0 ? Number.POSITIVE_INFINITY : c.threshold / c.p_value;
  return c.threshold > 0 ? c.statistic / c.threshold : c.statistic;
}

function diffData(from: Profile, to: Profile, fromRun: RunRecord | undefined, toRun: RunRecord | undefined, options: WhatChangedOptions): DataDiff {
  const drift = profileDrift(from, to, options.drift);
  const moved = drift.columns.filter((c) => c.drifted).sort((a, b) => strength(b) - strength(a) || (a.column < b.column ? -1 : 1));
  const fromDigests = digestsByPath(fromRun);
  const toDigests = digestsByPath(toRun);
  const rowsOf = (p: Profile) => new Map(p.sources.map((s) => [normalizedPath(s.file), s.rows]));
  const fromRows = rowsOf(from);
  const toRows = rowsOf(to);
  const paths = [...new Set([...fromRows.keys(), ...toRows.keys()])];
  return {
    rows: { from: from.rows, to: to.rows },
    inputs: paths.map((path) => ({
      path,
      rows_from: fromRows.get(path) ?? null,
      rows_to: toRows.get(path) ?? null,
      sha256_from: fromRows.has(path) ? (fromDigests.get(path)?.sha256 ?? null) : null,
      sha256_to: toRows.has(path) ? (toDigests.get(path)?.sha256 ?? null) : null,
    })),
    columns_added: drift.added,
    columns_removed: drift.removed,
    moved,
    unmoved: drift.columns.length - moved.length,
    skipped: drift.skipped,
  };
}

const ENVIRONMENT_FIELDS = ['platform', 'arch', 'node', 'python', 'image'] as const satisfies readonly (keyof EnvironmentFingerprint)[];
const ENVIRONMENT_NAMES: Record<(typeof ENVIRONMENT_FIELDS)[number], string> = { platform: 'platform', arch: 'architecture', node: 'Node.js', python: 'Python', image: 'runner image' };

function diffCode(from: RunRecord, to: RunRecord, dataPaths: ReadonlySet<string>): CodeDiff {
  const a = describeCommand(from.command);
  const b = describeCommand(to.command);
  const fromFiles = digestsByPath(from);
  const toFiles = digestsByPath(to);
  const files: FileChange[] = [];
  let unchanged = 0;
  for (const path of [...new Set([...fromFiles.keys(), ...toFiles.keys()])].sort()) {
    if (dataPaths.has(path)) continue; // shown with the data
    const x = fromFiles.get(path);
    const y = toFiles.get(path);
    if (x && y && x.sha256 === y.sha256) unchanged++;
    else files.push({ path, change: !x ? 'added' : !y ? 'removed' : 'changed', sha256_from: x?.sha256 ?? null, sha256_to: y?.sha256 ?? null });
  }
  const environment: CodeDiff['environment'] = [];
  for (const field of ENVIRONMENT_FIELDS) {
    const x = from.environment[field];
    const y = to.environment[field];
    if (x !== y) environment.push({ what: ENVIRONMENT_NAMES[field], from: x, to: y });
  }
  const locks = (r: RunRecord) => new Map(r.environment.lockfiles.map((f) => [normalizedPath(f.path), f.sha256]));
  const fromLocks = locks(from);
  const toLocks = locks(to);
  for (const path of [...new Set([...fromLocks.keys(), ...toLocks.keys()])].sort()) {
    const x = fromLocks.get(path) ?? null;
    const y = toLocks.get(path) ?? null;
    if (x !== y) environment.push({ what: `lockfile ${path}`, from: x, to: y });
  }
  return { command: a === b ? null : { from: a, to: b }, files, unchanged_files: unchanged, environment };
}

/** The differences in data: rows, inputs (by digest or rows), columns, moved columns. */
function dataChanges(d: DataDiff): number {
  const inputs = d.inputs.filter((i) => i.rows_from !== i.rows_to || i.sha256_from !== i.sha256_to).length;
  return (d.rows.from !== d.rows.to ? 1 : 0) + inputs + d.columns_added.length + d.columns_removed.length + d.moved.length;
}

/** `baseline` is `from`, the head is `to`. */
export function whatChanged(baseline: TrainingRecords, head: TrainingRecords, options: WhatChangedOptions = {}): WhatChanged {
  const notes = [...(head.notes ?? []), ...(baseline.notes ?? [])];
  const fromRun = baseline.run?.record;
  const toRun = head.run?.record;
  const params = fromRun && toRun ? diffParams(fromRun, toRun) : null;
  const data = baseline.profile && head.profile ? diffData(baseline.profile.profile, head.profile.profile, fromRun, toRun, options) : null;
  const dataPaths = new Set([...(baseline.profile?.profile.sources ?? []), ...(head.profile?.profile.sources ?? [])].map((s) => normalizedPath(s.file)));
  const code = fromRun && toRun ? diffCode(fromRun, toRun, dataPaths) : null;
  if (!params) notes.push(`params, code and environment not compared: ${!toRun && !fromRun ? 'neither side has' : !toRun ? 'the head has' : 'the baseline has'} no run record (train's run-out)`);
  if (!data) notes.push(`training data not compared: ${!head.profile && !baseline.profile ? 'neither side has' : !head.profile ? 'the head has' : 'the baseline has'} a training-data profile (validate-data's profile-out)`);

  let summary: WhatChanged['summary'];
  if (!params && !data) summary = 'unknown';
  else {
    const other = (params ? paramChanges(params) : 0) + (data ? dataChanges(data) : 0) + (code ? (code.command ? 1 : 0) + code.environment.length : 0);
    const files = code ? code.files.length : 0;
    summary = other === 0 && files === 0 ? 'nothing' : other === 0 && params && data ? 'code-only' : 'changed';
  }
  return {
    head: { run: head.run?.file ?? null, profile: head.profile?.file ?? null },
    baseline: { run: baseline.run?.file ?? null, profile: baseline.profile?.file ?? null },
    summary,
    params,
    data,
    code,
    notes,
  };
}
