import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateData, type ValidateDataOptions } from '../../shared/steps/validate-data.js';
import { columnRanges } from '../../shared/data/validate-data-columns.js';
import { runShard } from '../../shared/data/validate-data-shards.js';

// A wide CSV split by columns must give the single pass's files byte for byte. The split threshold
// is lowered so that a few hundred columns (on the column-major CSV path, from 65) are split.
const dir = mkdtempSync(join(tmpdir(), 'column-split-test-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const COLUMNS = 160;
const ROWS = 400;
const WORDS = ['alpha', 'beta', 'gamma', 'delta', 'eps ilon', 'zeta,eta', 'Theta'];

/** Column c: integer (c % 4 = 0), decimal (1), word (2, some quoted with a comma), date (3); some cells empty. */
function wideCsv(rows: number, ragged?: number): string {
  let s = 0x2545f491;
  const next = (): number => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return s >>> 0;
  };
  const lines = [Array.from({ length: COLUMNS }, (_, c) => `f${c}`).join(',')];
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < COLUMNS; c++) {
      const x = next();
      if (x % 53 === 0) cells.push('');
      else if (c % 4 === 0) cells.push(String(x % 1000));
      else if (c % 4 === 1) cells.push(((x % 100_000) / 100).toFixed(2));
      else if (c % 4 === 2) cells.push(((w) => (w.includes(',') ? `"${w}"` : w))(WORDS[x % WORDS.length]));
      else cells.push(`2024-${String(1 + (x % 12)).padStart(2, '0')}-${String(1 + (x % 28)).padStart(2, '0')}`);
    }
    if (r === ragged) cells.pop();
    lines.push(cells.join(','));
  }
  return lines.join('\n') + '\n';
}

const data = join(dir, 'wide.csv');
writeFileSync(data, wideCsv(ROWS));
const contract = join(dir, 'contract.yaml');
// Rules failing in both halves of the columns (samples from many lines), a column the file lacks,
// unexpected columns warned about, and columns listed out of file order.
writeFileSync(
  contract,
  `version: 1
table: { unexpected_columns: warn, rows: { min: 10, max: 300 } }
columns:
  f148: { type: integer, max: 500 }
  f2: { allowed: [alpha, beta, gamma], nullable: false }
  f1: { type: number, min: 10 }
  f91: { type: date, max: "2024-06-30" }
  not_in_file: { type: string }
  f79: { type: date }
  f76: { type: integer, min: { value: 100, mostly: 0.8 } }
  f159: { type: date, format: "%Y-%m-%d" }
  f78: { pattern: { value: '^[a-z]+$', severity: warn } }
`,
);

async function outputs(options: ValidateDataOptions, tag: string, parallel: ValidateDataOptions['parallel']) {
  const profileOut = join(dir, `${tag}-profile.json`);
  const reportOut = join(dir, `${tag}-report.json`);
  const result = await validateData({ ...options, profileOut, reportOut, parallel });
  return { sharding: result.sharding, profile: readFileSync(profileOut, 'utf8'), report: readFileSync(reportOut, 'utf8') };
}

const split = (workers: number) => ({ workers, minBytes: 0, columnSplitFrom: 100 });

describe('validate-data split by columns', () => {
  it('cuts the columns into contiguous ranges covering each once', () => {
    expect(columnRanges(10_000, 2)).toEqual([{ start: 0, end: 5_000 }, { start: 5_000, end: 10_000 }]);
    expect(columnRanges(7, 3)).toEqual([{ start: 0, end: 2 }, { start: 2, end: 4 }, { start: 4, end: 7 }]);
  });

  it('writes the single pass profile and report byte for byte (findings of both parts interleaved in contract order)', async () => {
    const single = await outputs({ data, contract }, 'single', false);
    const columns = await outputs({ data, contract }, 'split', split(2));
    expect(single.sharding).toBeUndefined();
    expect(columns.sharding).toEqual({ shards: 2 });
    const report = JSON.parse(single.report) as { findings: { rule: string; column?: string; samples: unknown[] }[] };
    // The comparison means something: findings from both halves, with samples, and table rules once.
    expect(report.findings.filter((f) => f.rule === 'rows.max')).toHaveLength(1);
    expect(report.findings.some((f) => f.column === 'f148' && f.samples.length === 10)).toBe(true);
    expect(report.findings.some((f) => f.column === 'f2' && f.samples.length > 0)).toBe(true);
    expect(report.findings.some((f) => f.rule === 'required_columns' && f.column === 'not_in_file')).toBe(true);
    expect(columns.report).toBe(single.report);
    expect(columns.profile).toBe(single.profile);
  });

  it('meets a malformed row with the single pass error in every part', async () => {
    // Parts run in this thread (runShard is the worker's body): each parses every row.
    const bad = join(dir, 'ragged.csv');
    writeFileSync(bad, wideCsv(120, 100));
    const single = await validateData({ data: bad, contract, parallel: false }).then(() => 'no error', (e: Error) => e.message);
    expect(single).toMatch(/ragged\.csv:102/);
    const columns = Array.from({ length: COLUMNS }, (_, c) => `f${c}`);
    const ranges = columnRanges(COLUMNS, 2);
    for (const part of [0, 1]) {
      const outcome = await runShard({ file: bad, format: 'csv', columns, columnSplit: { ranges, part } });
      expect(outcome.ok ? 'no error' : outcome.error.message).toBe(single);
    }
  });
});
