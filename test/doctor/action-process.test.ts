/**
 * The one reader of a step's workflow commands and GITHUB_OUTPUT: `mlops doctor --run` reads the
 * bundles' results with it, and the action tests (test/support/run-action.ts) check theirs with it.
 * What the writer side emits is checked against it in test/runtime/action.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { annotationsOf, outputFileOf } from '../../shared/doctor/action-process.js';

describe('annotationsOf', () => {
  it('reads every property @actions/core writes, unescaped, and ignores other lines', () => {
    const stdout = [
      'plain log line',
      '::debug::not an annotation',
      '::error title=max%2C min,file=data/x%3Ay.csv,line=3,endLine=4,col=7,endColumn=9::bad%25 value%0Anext line\r',
      '::notice::done',
    ].join('\n');
    expect(annotationsOf(stdout)).toEqual([
      { level: 'error', title: 'max, min', file: 'data/x:y.csv', line: 3, endLine: 4, col: 7, endColumn: 9, message: 'bad% value\nnext line' },
      { level: 'notice', message: 'done' },
    ]);
  });

  it('keeps a raw U+2028 (which @actions/core does not escape) inside the message', () => {
    expect(annotationsOf('::warning::column "a\u2028b" drifted\n')).toEqual([{ level: 'warning', message: 'column "a\u2028b" drifted' }]);
  });
});

describe('outputFileOf', () => {
  it('reads name=value lines and name<<DELIMITER blocks, skipping empty lines', () => {
    const { outputs, problems } = outputFileOf('a=1\n\nreport<<ghadelimiter_1\nx=y\n\nz\nghadelimiter_1\nb==2\n');
    expect(problems).toEqual([]);
    expect(Object.fromEntries(outputs)).toEqual({ a: '1', report: 'x=y\n\nz', b: '=2' });
  });

  it('lists what the runner would fail the step on: no form, an empty name, a block without its delimiter', () => {
    expect(outputFileOf('just text\n=1\n').problems).toEqual(['malformed line "just text"', 'malformed line "=1"']);
    const cut = outputFileOf('a=1\nreport<<EOF\npartial\n');
    expect(cut.problems).toEqual(['unterminated value for "report" (delimiter EOF)']);
    expect(cut.outputs.get('a')).toBe('1');
  });
});
