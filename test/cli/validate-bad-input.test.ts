/**
 * `mlops validate` on bad input, through the bundled CLI a user runs (bin/mlops.js -> dist/cli):
 * each case gets one clear message naming the place, the right exit code (2 bad input, 1 failed
 * check), and no output file left behind — not even a partial one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/mlops.js');

const goodContract = `version: 1
columns:
  id: { type: integer, unique: true }
  name: { type: string }
`;

interface Case {
  name: string;
  files: Record<string, string | Buffer>;
  args?: string[];
  exit: number;
  /** The whole location-bearing start of the message, matched on stderr (exit 2) or stdout (exit 1). */
  message: RegExp;
}

const cases: Case[] = [
  {
    name: 'an unterminated quote, pointing at where the field opened',
    files: { 'data.csv': 'id,name\n1,ok\n2,"never closed\n3,x\n' },
    exit: 2,
    message: /data\.csv:3:3: .*unterminated quoted field/i,
  },
  {
    name: 'a ragged row',
    files: { 'data.csv': 'id,name\n1,ok\n2,too,many\n' },
    exit: 2,
    message: /data\.csv:3(:\d+)?: .*expected 2 fields, found 3/i,
  },
  {
    name: 'invalid UTF-8',
    files: { 'data.csv': Buffer.concat([Buffer.from('id,name\n1,ok\n2,caf'), Buffer.from([0xc3, 0x28]), Buffer.from('\n')]) },
    exit: 2,
    message: /data\.csv:3:\d+: .*UTF-8/i,
  },
  {
    name: 'an empty file',
    files: { 'data.csv': '' },
    exit: 2,
    message: /data\.csv:1:1: file is empty/i,
  },
  {
    name: 'a header with no rows (fails the contract\'s default rows.min of 1)',
    files: { 'data.csv': 'id,name\n' },
    exit: 1,
    message: /data\.csv.*0 rows|rows.*data\.csv/i,
  },
  {
    name: 'a contract column missing from the data',
    files: { 'data.csv': 'id\n1\n2\n' },
    exit: 1,
    message: /data\.csv.*"name".*(missing|not in the data)/i,
  },
  {
    name: 'a contract with an unknown key, with a suggestion',
    files: { 'data.csv': 'id,name\n1,a\n', 'contract.yaml': 'version: 1\ncolumns:\n  id: { type: integer, uniq: true }\n' },
    exit: 2,
    message: /contract\.yaml:3:\d+: .*uniq.*unique/i,
  },
  {
    name: 'a contract with a wrong type',
    files: { 'data.csv': 'id,name\n1,a\n', 'contract.yaml': 'version: 1\ncolumns:\n  id:\n    type: integer\n    min: [1, 2]\n' },
    exit: 2,
    message: /contract\.yaml:5:\d+: .*columns\.id\.min/i,
  },
  {
    name: 'a missing data file',
    files: {},
    args: ['--data', 'nope.csv', '--contract', 'contract.yaml'],
    exit: 2,
    message: /nope\.csv: file not found/i,
  },
];

function runCase(c: Case) {
  const dir = mkdtempSync(join(tmpdir(), 'mlops-bad-'));
  const files = { 'contract.yaml': goodContract, ...c.files };
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  const before = new Set(readdirSync(dir));
  const args = c.args ?? ['--data', 'data.csv', '--contract', 'contract.yaml'];
  const r = spawnSync(process.execPath, [bin, 'validate', ...args, '--profile-out', 'out/profile.json', '--report-out', 'out/report.json'], {
    cwd: dir,
    encoding: 'utf8',
  });
  const created = readdirSync(dir).filter((f) => !before.has(f));
  return { ...r, dir, created };
}

describe('mlops validate on bad input', () => {
  for (const c of cases) {
    it(`reports ${c.name}`, () => {
      const r = runCase(c);
      expect(r.status, r.stderr + r.stdout).toBe(c.exit);
      if (c.exit === 2) {
        // One message, on stderr, prefixed with the command's name; nothing on stdout.
        expect(r.stderr).toMatch(/^mlops: /);
        expect(r.stderr.trim().split('\n')).toHaveLength(1);
        expect(r.stderr).toMatch(c.message);
        expect(r.stdout).toBe('');
        // No output at all: not the profile, not the report, not a temp file, not the folder.
        expect(r.created).toEqual([]);
      } else {
        expect(r.stdout).toMatch(c.message);
        // A failed check is a complete result: both files are written, whole.
        expect(existsSync(join(r.dir, 'out/report.json'))).toBe(true);
        expect(readdirSync(join(r.dir, 'out')).sort()).toEqual(['profile.json', 'report.json']);
      }
    });
  }
});
