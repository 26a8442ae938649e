/**
 * The --train splitter against the reference it imitates: for every command line it accepts, sh
 * itself (printf '%s\0' <line>) must give the same words. What sh would expand or treat as an
 * operator is refused, and quoted it stays text.
 */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { splitShellWords } from '../../shared/init/shell-words.js';
import { UsageError } from '../../shared/runtime/errors.js';

/** The words sh makes of `line`, with no expansions possible in the lines we give it. */
function shWords(line: string): string[] {
  const r = spawnSync('sh', ['-c', `printf '%s\\0' ${line}`], { encoding: 'utf8', env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.split('\0').slice(0, -1);
}

describe('splitShellWords', () => {
  it.each([
    'python train.py',
    '  python   train.py\t--epochs 3  ',
    "python train.py --name 'my run' --note \"it's fine\"",
    'node --import tsx examples/weather/train.ts --out out/model',
    "python -c 'import sys; print(sys.argv)' a b",
    'echo "a \\"quoted\\" word" \'single \\ backslash\' back\\ slash',
    "python train.py '' --empty \"\"",
    "python train.py '$(echo pwned)' '`echo pwned`' '$HOME' 'a && b' '*.csv'",
    'python train.py "\\$HOME" \\$HOME \\* x\\&\\&y',
    'a#b c~d key=value:1,2',
    "python train.py \\\n  --epochs 3",
    'python train.py "multi\nline"',
  ])('splits %j as sh does', (line) => {
    expect(splitShellWords(line)).toEqual(shWords(line));
  });

  it('keeps text sh would have run as a command as one plain argument when quoted', () => {
    expect(splitShellWords("python train.py '$(rm -rf /)'")).toEqual(['python', 'train.py', '$(rm -rf /)']);
  });

  it.each([
    ['python train.py $(rm -rf /)', 'unquoted "$"'],
    ['python train.py `rm -rf /`', 'unquoted "`"'],
    ['python train.py --seed $SEED', 'unquoted "$"'],
    ['python train.py "$HOME"', '"$" inside double quotes'],
    ['python train.py "`id`"', '"`" inside double quotes'],
    ['python train.py && echo done', 'unquoted "&"'],
    ['python train.py | tee log', 'unquoted "|"'],
    ['python train.py; rm -rf /', 'unquoted ";"'],
    ['python train.py > log', 'unquoted ">"'],
    ['python train.py data/*.csv', 'unquoted "*"'],
    ['python train.py ~/data', 'unquoted "~"'],
    ['python train.py # comment', 'unquoted "#"'],
    ['python train.py {a,b}', 'unquoted "{"'],
    ["python train.py 'unbalanced", 'unbalanced single quote'],
    ['python train.py "unbalanced', 'unbalanced double quote'],
    ['python train.py \\', 'a backslash at the end'],
  ])('refuses %j (%s)', (line, message) => {
    expect(() => splitShellWords(line, '--train')).toThrow(UsageError);
    expect(() => splitShellWords(line, '--train')).toThrow(message);
  });

  it('refuses an empty command', () => {
    for (const line of ['', '   ', '\n']) expect(() => splitShellWords(line, '--train')).toThrow('--train is empty');
  });
});
