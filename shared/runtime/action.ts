/**
 * The action face: what a step's `main.ts` uses to talk to the runner. Inputs arrive as `INPUT_*`
 * variables, outputs and the job summary go to the files named by `GITHUB_OUTPUT` and
 * `GITHUB_STEP_SUMMARY`, annotations are workflow commands on stdout. `@actions/core` speaks that
 * protocol; only this file (and shared/github/) imports it.
 */
import * as core from '@actions/core';
import { isAbsolute, relative, sep } from 'node:path';
import type { z } from 'zod';
import { ACTION_NAMING, EXIT_CHECK_FAILED, UsageError, isMlopsError, type SourceLocation } from './errors.js';

/** Where the job summary stops: GitHub rejects a step summary above 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/**
 * Runs a step's body and turns a thrown error into a failed step: one error annotation (at the
 * error's file/line/column when it has one), and `process.exitCode` = the error's exit code.
 *
 * `core.setFailed` is `error(message)` + exit code 1; with a location we write the annotation
 * ourselves instead (setFailed would add a second, unplaced annotation) and keep our exit code.
 */
export async function runAction(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (e) {
    reportActionFailure(e);
  }
}

export function reportActionFailure(e: unknown): void {
  if (isMlopsError(e)) {
    // Options are named as this face spells them: `input "score"`, not the CLI's `--score COL`.
    const message = e.messageFor(ACTION_NAMING);
    if (e.location) {
      annotate('error', message, { ...e.location, title: e.name });
    } else {
      core.setFailed(message);
    }
    process.exitCode = e.exitCode;
    return;
  }
  // A bug, not a user error: keep the stack in the log so the report can be acted on.
  const err = e instanceof Error ? e : new Error(String(e));
  core.setFailed(`unexpected error: ${err.message}`);
  if (err.stack) process.stderr.write(`${err.stack}\n`);
  process.exitCode = EXIT_CHECK_FAILED;
}

/** Fails the step without throwing (after outputs and summary are written). */
export function failStep(message: string, exitCode: number = EXIT_CHECK_FAILED): void {
  core.setFailed(message);
  process.exitCode = exitCode;
}

export interface ReadInputsOptions {
  /** Inputs whose surrounding whitespace matters (a tab delimiter); all others are trimmed. */
  untrimmed?: readonly string[];
}

/**
 * Reads the inputs named by the schema's keys (as in action.yml: `fail-on`, not `failOn`) with
 * `core.getInput` semantics: `INPUT_` + name upper-cased with spaces as `_` (hyphens kept), value
 * trimmed. An empty input is `undefined`, so `.optional()` and `.default()` work as in action.yml.
 */
export function readInputs<S extends z.ZodObject>(schema: S, options: ReadInputsOptions = {}): z.output<S> {
  const raw: Record<string, string | undefined> = {};
  for (const name of Object.keys(schema.shape)) {
    const value = core.getInput(name, { trimWhitespace: !options.untrimmed?.includes(name) });
    raw[name] = value === '' ? undefined : value;
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const name = String(issue.path[0] ?? '');
  if (raw[name] === undefined) {
    throw new UsageError(`input "${name}" is required`, { hint: `set \`with: ${name}: ...\` on the step` });
  }
  throw new UsageError(`input "${name}" is invalid: ${issue.message}`, {
    hint: `got ${JSON.stringify(raw[name])}; see the action's README for allowed values`,
  });
}

export type OutputValue = string | number | boolean;

/** Sets step outputs; numbers and booleans are written as their JSON text (`3`, `true`). */
export function setOutputs(outputs: Record<string, OutputValue | undefined>): void {
  for (const [name, value] of Object.entries(outputs)) {
    if (value === undefined) continue;
    try {
      core.setOutput(name, value);
    } catch (e) {
      // @actions/core appends to the file GITHUB_OUTPUT names; a runner (or a step's env:) that
      // points it at a missing folder or a folder is the environment's fault, not ours.
      throw new UsageError(`cannot write the step's outputs to GITHUB_OUTPUT (${JSON.stringify(process.env.GITHUB_OUTPUT ?? '')}): ${runnerFileProblem(e)}`, {
        hint: 'the runner sets GITHUB_OUTPUT to a file it created; do not override it in the step\'s env:',
        cause: e,
      });
    }
  }
}

/** What went wrong with a runner file, without @actions/core's stack. */
function runnerFileProblem(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return 'no such file or folder';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  const message = e instanceof Error ? e.message : String(e);
  // @actions/core checks the file exists before appending, and says so with the path again.
  if (message.startsWith('Missing file at path')) return 'the file does not exist';
  return message.split('\n')[0]!;
}

/**
 * Appends Markdown to the job summary. Without `GITHUB_STEP_SUMMARY` (a local run) it is a no-op.
 * Over GitHub's 1 MiB limit the text is cut at a line boundary with a note, rather than failing.
 */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return;
  try {
    await core.summary.addRaw(fitSummary(markdown), true).write();
  } catch (e) {
    // The step's work is done and its outputs set: an unwritable summary is worth a warning in
    // the log, not a failed step with a stack.
    core.summary.emptyBuffer();
    annotate('warning', `the job summary was not written to GITHUB_STEP_SUMMARY (${JSON.stringify(process.env.GITHUB_STEP_SUMMARY)}): ${runnerFileProblem(e)}`);
  }
}

export function fitSummary(markdown: string, limit = SUMMARY_LIMIT_BYTES): string {
  if (Buffer.byteLength(markdown) <= limit) return markdown;
  const note = '\n\n_Summary truncated: it exceeded GitHub’s 1 MiB limit. See the report file for everything._\n';
  const budget = limit - Buffer.byteLength(note) - 1;
  let cut = Buffer.from(markdown).subarray(0, budget).toString('utf8');
  // Drop a possibly split final character (U+FFFD) and the partial last line.
  const nl = cut.lastIndexOf('\n');
  if (nl > 0) cut = cut.slice(0, nl);
  return cut + note;
}

export interface AnnotationPlace extends Partial<SourceLocation> {
  title?: string;
  endLine?: number;
}

/**
 * Writes an error/warning/notice annotation. Files are made relative to `GITHUB_WORKSPACE` (with
 * forward slashes) because GitHub only places annotations on repository-relative paths.
 */
export function annotate(level: 'error' | 'warning' | 'notice', message: string, place: AnnotationPlace = {}): void {
  const props: core.AnnotationProperties = {};
  if (place.title) props.title = place.title;
  if (place.file) {
    props.file = workspaceRelative(place.file);
    if (place.line !== undefined) props.startLine = place.line;
    if (place.endLine !== undefined) props.endLine = place.endLine;
    if (place.column !== undefined && (place.endLine === undefined || place.endLine === place.line)) {
      props.startColumn = place.column;
    }
  }
  core[level](message, props);
}

export function workspaceRelative(file: string, workspace = process.env.GITHUB_WORKSPACE): string {
  if (workspace && isAbsolute(file)) {
    const rel = relative(workspace, file);
    if (rel && !rel.startsWith('..') && !isAbsolute(rel)) return rel.split(sep).join('/');
  }
  return file.split(sep).join('/');
}

/** Log lines: plain text in the step log (never an annotation). */
export function logInfo(message: string): void {
  core.info(message);
}
