/**
 * One error, two faces: shared code names an option through OptionNaming, the CLI prints it as a
 * flag (`--score COL`, the default `message`) and the action face as an input (`input "score"`).
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runAction } from '../../shared/runtime/action.js';
import { ACTION_NAMING, CLI_NAMING, InputError, UsageError } from '../../shared/runtime/errors.js';
import { annotationsOf } from '../../shared/doctor/action-process.js';

describe('errors that name options', () => {
  const e = new InputError((o) => `column "p" (${o.option('score')}) not found`, {
    location: { file: 'preds.csv', line: 1 },
    hint: (o) => `pass ${o.option('score', 'COL')}, or ${o.setting('task', 'regression')}`,
  });

  it('spell them as CLI flags in message, hint included', () => {
    expect(e.message).toBe('preds.csv:1: column "p" (--score) not found (pass --score COL, or --task regression)');
    expect(e.hint).toBe('pass --score COL, or --task regression');
    expect(e.messageFor(CLI_NAMING)).toBe(e.message);
  });

  it('spell them as action inputs for the action face', () => {
    expect(e.messageFor(ACTION_NAMING)).toBe('preds.csv:1: column "p" (input "score") not found (pass input "score", or task: regression)');
  });

  it('leave plain-text messages alone in both faces', () => {
    const plain = new UsageError('file is empty', { hint: 'give a file' });
    expect(plain.messageFor(ACTION_NAMING)).toBe(plain.message);
    expect(plain.message).toBe('file is empty (give a file)');
  });
});

describe('the action face', () => {
  let stdout = '';
  beforeEach(() => {
    stdout = '';
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      stdout += String(chunk);
      return true;
    });
    process.exitCode = undefined;
  });
  afterEach(() => {
    vi.restoreAllMocks();
    process.exitCode = undefined;
  });

  it('annotates a failed step with the inputs a workflow sets, placed or not, once each', async () => {
    await runAction(async () => {
      throw new UsageError((o) => `give ${o.option('prediction', 'COL')} and/or ${o.option('score', 'COL')}`);
    });
    await runAction(async () => {
      throw new InputError((o) => `column "x" (${o.option('label')}) not found`, { location: { file: 'p.csv', line: 1 } });
    });
    expect(process.exitCode).toBe(2);
    const annotations = annotationsOf(stdout);
    expect(annotations.map((a) => [a.message, a.file])).toEqual([
      ['give input "prediction" and/or input "score"', undefined],
      ['p.csv:1: column "x" (input "label") not found', 'p.csv'],
    ]);
    expect(stdout).not.toContain('--');
  });
});
