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

export interface ActionAnnotation {
  level: 'error' | 'warning' | 'notice';
  message: string;
  file?: string;
  line?: number;
  col?: number;
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

export function annotationsOf(stdout: string): ActionAnnotation[] {
  const out: ActionAnnotation[] = [];
  for (const m of stdout.matchAll(/^::(error|warning|notice)(?: ([^:]*))?::(.*)$/gm)) {
    const a: ActionAnnotation = { level: m[1] as ActionAnnotation['level'], message: unescapeCommand(m[3]!) };
    for (const prop of (m[2] ?? '').split(',')) {
      const eq = prop.indexOf('=');
      if (eq < 0) continue;
      const key = prop.slice(0, eq).trim();
      const value = unescapeCommand(prop.slice(eq + 1));
      if (key === 'file') a.file = value;
      else if (key === 'line') a.line = Number(value);
      else if (key === 'col') a.col = Number(value);
    }
    out.push(a);
  }
  return out;
}

/** GITHUB_OUTPUT's two forms: `name=value` and `name<<DELIMITER` ... `DELIMITER`. */
export function outputsOf(text: string): Map<string, string> {
  const out = new Map<string, string>();
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== heredoc[2]; i++) value.push(lines[i]!);
      out.set(heredoc[1]!, value.join('\n'));
    } else if (line.includes('=')) {
      out.set(line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1));
    }
  }
  return out;
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
    outputs: outputsOf(await readFile(outputFile, 'utf8')),
    summary: await readFile(summaryFile, 'utf8'),
    annotations: annotationsOf(stdout),
    logFile,
    tail: tail.slice(-20),
  };
}
