/**
 * Runs one of our actions' bundles the way the GitHub runner does (`node actions/<step>/dist/index.js`
 * in the workspace, inputs as `INPUT_<NAME>`, outputs and the job summary through the files named by
 * `GITHUB_OUTPUT` and `GITHUB_STEP_SUMMARY`), so `mlops doctor --run` plays exactly the code a
 * workflow runs: no second implementation of any step.
 *
 * The child gets the person's environment (the training command needs their PATH, virtualenv,
 * PYTHONPATH) less everything that would make it talk to GitHub or a runner's services: tokens,
 * `GITHUB_*`, `ACTIONS_*`, `RUNNER_*` and stray `INPUT_*` variables. Nothing is posted.
 */
import { spawn } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A workflow command `::error|warning|notice <properties>::<message>`, with @actions/core's properties. */
export interface ActionAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
  title?: string;
}

export interface ActionProcessResult {
  exitCode: number;
  outputs: Map<string, string>;
  summary: string;
  annotations: ActionAnnotation[];
  /** The step's whole log (stdout then stderr, interleaved as written). */
  logFile: string;
  /** The last lines of the log, for a failure message. */
  tail: string[];
}

export interface ActionProcessOptions {
  bundle: string;
  /** Every input, defaults filled in (the runner fills action.yml's defaults, so do we). */
  inputs: ReadonlyMap<string, string>;
  workspace: string;
  /** Where GITHUB_OUTPUT, the summary and the log go (a folder of its own per step). */
  scratch: string;
  runnerTemp: string;
}

const DROPPED = /^(?:GITHUB_|ACTIONS_|RUNNER_|INPUT_)|^(?:GH_TOKEN|GITHUB_TOKEN|GH_ENTERPRISE_TOKEN)$/;

/** `@actions/core` escaping of workflow-command data and properties, undone. */
function unescapeCommand(s: string): string {
  return s.replace(/%0D/gi, '\r').replace(/%0A/gi, '\n').replace(/%3A/gi, ':').replace(/%2C/gi, ',').replace(/%25/g, '%');
}

const NUMERIC_PROPERTIES = new Set(['line', 'endLine', 'col', 'endColumn']);

/**
 * The annotations in a step's stdout, one workflow command a line as the runner reads them. The
 * message is the rest of the line (`s`: a raw U+2028 in a column name is data, not a line end; only
 * %, CR and LF are escaped). This is also the parser of the tests (test/support/run-action.ts), so
 * what doctor reads and what the action tests check cannot drift apart.
 */
export function annotationsOf(stdout: string): ActionAnnotation[] {
  const out: ActionAnnotation[] = [];
  for (const line of stdout.split('\n')) {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/s.exec(line.endsWith('\r') ? line.slice(0, -1) : line);
    if (!m) continue;
    const a: ActionAnnotation = { level: m[1] as ActionAnnotation['level'], message: unescapeCommand(m[3]!) };
    for (const prop of (m[2] ?? '').split(',')) {
      const eq = prop.indexOf('=');
      if (eq < 0) continue;
      const key = prop.slice(0, eq).trim();
      const value = unescapeCommand(prop.slice(eq + 1));
      if (key === 'file' || key === 'title') a[key] = value;
      else if (NUMERIC_PROPERTIES.has(key)) a[key as 'line' | 'endLine' | 'col' | 'endColumn'] = Number(value);
    }
    out.push(a);
  }
  return out;
}

export interface OutputFile {
  outputs: Map<string, string>;
  /** What the runner would fail the step on: a line of neither form, an empty name, a block without its delimiter. */
  problems: string[];
}

/**
 * GITHUB_OUTPUT as the runner reads it: `name=value` lines and `name<<DELIMITER` ... `DELIMITER`
 * blocks (what @actions/core writes), empty lines skipped. doctor keeps what it could read; the
 * action tests (test/support/run-action.ts) fail on any problem.
 */
export function outputFileOf(text: string): OutputFile {
  const outputs = new Map<string, string>();
  const problems: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delimiter; i++) value.push(lines[i]!);
      if (i >= lines.length) problems.push(`unterminated value for "${name}" (delimiter ${delimiter})`);
      outputs.set(name!, value.join('\n'));
      continue;
    }
    const eq = line.indexOf('=');
    if (eq <= 0) problems.push(`malformed line ${JSON.stringify(line)}`);
    if (eq >= 0) outputs.set(line.slice(0, eq), line.slice(eq + 1));
  }
  return { outputs, problems };
}

export async function runActionProcess(o: ActionProcessOptions): Promise<ActionProcessResult> {
  await mkdir(o.scratch, { recursive: true });
  const outputFile = join(o.scratch, 'output');
  const summaryFile = join(o.scratch, 'summary.md');
  const logFile = join(o.scratch, 'log.txt');
  await Promise.all([writeFile(outputFile, ''), writeFile(summaryFile, '')]);
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && !DROPPED.test(k)) env[k] = v;
  // The runner's names: `INPUT_` + the name upper-cased with spaces as `_` (hyphens kept).
  for (const [name, value] of o.inputs) env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] = value;
  Object.assign(env, {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: o.runnerTemp,
  });

  const log = createWriteStream(logFile);
  let stdout = '';
  const tail: string[] = [];
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    for (const line of text.split('\n')) if (line.trim() !== '') tail.push(line);
    if (tail.length > 40) tail.splice(0, tail.length - 40);
  };
  const exitCode = await new Promise<number>((resolvePromise, reject) => {
    const child = spawn(process.execPath, [o.bundle], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString('utf8');
      log.write(c);
      keep(c);
    });
    child.stderr.on('data', (c: Buffer) => {
      log.write(c);
      keep(c);
    });
    child.on('error', reject);
    child.on('close', (code, signal) => resolvePromise(code ?? (signal ? 128 : 1)));
  });
  await new Promise<void>((r) => log.end(r));
  return {
    exitCode,
    outputs: outputFileOf(await readFile(outputFile, 'utf8')).outputs,
    summary: await readFile(summaryFile, 'utf8'),
    annotations: annotationsOf(stdout),
    logFile,
    tail: tail.slice(-20),
  };
}
