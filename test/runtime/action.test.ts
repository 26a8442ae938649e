import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { annotate, appendSummary, fitSummary, readInputs, runAction, setOutputs, workspaceRelative } from '../../shared/runtime/action.js';
import { ContractError, UsageError } from '../../shared/runtime/errors.js';
import { annotationsOf } from '../../shared/doctor/action-process.js';
import { parseOutputFile } from '../support/run-action.js';

let saved: NodeJS.ProcessEnv;
let stdout: string;

beforeEach(() => {
  saved = { ...process.env };
  for (const k of Object.keys(process.env)) if (k.startsWith('INPUT_') || k.startsWith('GITHUB_')) delete process.env[k];
  stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  process.exitCode = undefined;
});

afterEach(() => {
  vi.restoreAllMocks();
  process.env = saved;
  process.exitCode = undefined;
});

const schema = z.object({
  data: z.string(),
  'fail-on': z.enum(['error', 'warn', 'never']).default('error'),
  delimiter: z.string().optional(),
  'max rows': z.coerce.number().int().optional(),
});

describe('readInputs', () => {
  it('reads INPUT_ names upper-cased with hyphens kept and spaces as underscores', () => {
    process.env.INPUT_DATA = '  data.csv ';
    process.env['INPUT_FAIL-ON'] = 'warn';
    process.env.INPUT_MAX_ROWS = '10';
    expect(readInputs(schema)).toEqual({ data: 'data.csv', 'fail-on': 'warn', 'max rows': 10 });
  });

  it('treats an empty input as absent so defaults apply', () => {
    process.env.INPUT_DATA = 'x';
    process.env['INPUT_FAIL-ON'] = '';
    expect(readInputs(schema)['fail-on']).toBe('error');
  });

  it('keeps whitespace of untrimmed inputs', () => {
    process.env.INPUT_DATA = 'x';
    process.env.INPUT_DELIMITER = '\t';
    expect(readInputs(schema, { untrimmed: ['delimiter'] }).delimiter).toBe('\t');
    expect(readInputs(schema).delimiter).toBeUndefined();
  });

  it('names a missing required input', () => {
    expect(() => readInputs(schema)).toThrow(UsageError);
    expect(() => readInputs(schema)).toThrow(/input "data" is required/);
  });

  it('names an invalid input and the value given', () => {
    process.env.INPUT_DATA = 'x';
    process.env['INPUT_FAIL-ON'] = 'sometimes';
    expect(() => readInputs(schema)).toThrow(/input "fail-on" is invalid: .*got "sometimes"/);
  });
});

describe('outputs, summary and annotations', () => {
  it('writes outputs in the GITHUB_OUTPUT file format the runner reads', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'out-'));
    process.env.GITHUB_OUTPUT = join(dir, 'output');
    await writeFile(process.env.GITHUB_OUTPUT, '');
    setOutputs({ passed: false, rows: 1461, 'report-path': 'a\nb', skipped: undefined });
    expect(parseOutputFile(await readFile(process.env.GITHUB_OUTPUT, 'utf8'))).toEqual({ passed: 'false', rows: '1461', 'report-path': 'a\nb' });
  });

  it('appends to the job summary, and is a no-op without GITHUB_STEP_SUMMARY', async () => {
    await appendSummary('# nothing');
    const dir = await mkdtemp(join(tmpdir(), 'sum-'));
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'summary.md');
    await writeFile(process.env.GITHUB_STEP_SUMMARY, 'before\n');
    await appendSummary('## one');
    await appendSummary('## two');
    expect(await readFile(process.env.GITHUB_STEP_SUMMARY, 'utf8')).toBe('before\n## one\n## two\n');
  });

  it('cuts a summary over the limit at a line boundary with a note', () => {
    const md = Array.from({ length: 100 }, (_, i) => `line ${i} ${'é'.repeat(20)}`).join('\n');
    const out = fitSummary(md, 1000);
    expect(Buffer.byteLength(out)).toBeLessThanOrEqual(1000);
    expect(out).toContain('Summary truncated');
    expect(out).not.toContain('\uFFFD');
  });

  it('annotates with file, line and column relative to the workspace, escaping the message', () => {
    process.env.GITHUB_WORKSPACE = '/home/runner/work/r/r';
    annotate('error', 'bad value: "a,b"\nsecond line', { file: '/home/runner/work/r/r/data/x.csv', line: 3, column: 7, title: 'max' });
    annotate('warning', 'w', { file: 'rel.csv' });
    expect(annotationsOf(stdout)).toEqual([
      { level: 'error', message: 'bad value: "a,b"\nsecond line', file: 'data/x.csv', line: 3, col: 7, title: 'max' },
      { level: 'warning', message: 'w', file: 'rel.csv' },
    ]);
  });

  it('leaves paths outside the workspace as given', () => {
    expect(workspaceRelative('/etc/x', '/home/w')).toBe('/etc/x');
    expect(workspaceRelative('/home/w/a/b.csv', '/home/w')).toBe('a/b.csv');
  });
});

describe('runAction', () => {
  it('maps a located MlopsError to one annotation at its place and its exit code', async () => {
    await runAction(async () => {
      throw new ContractError('unknown key "maxx"', { location: { file: 'c.yaml', line: 3, column: 25 }, hint: 'did you mean "max"?' });
    });
    expect(process.exitCode).toBe(2);
    const a = annotationsOf(stdout);
    expect(a).toHaveLength(1);
    expect(a[0]).toMatchObject({ level: 'error', file: 'c.yaml', line: 3, col: 25, title: 'ContractError' });
    expect(a[0]!.message).toBe('c.yaml:3:25: unknown key "maxx" (did you mean "max"?)');
  });

  it('maps an unexpected error to a failed step with exit code 1 and the stack on stderr', async () => {
    const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    await runAction(async () => {
      throw new TypeError('boom');
    });
    expect(process.exitCode).toBe(1);
    expect(annotationsOf(stdout)[0]!.message).toBe('unexpected error: boom');
    expect(String(err.mock.calls[0]![0])).toContain('TypeError: boom');
  });

  it('leaves the exit code alone when the body succeeds', async () => {
    await runAction(async () => {});
    expect(process.exitCode).toBeUndefined();
  });
});
