/**
 * `mlops evaluate --sensitive` through the bundled CLI a user runs (bin/mlops.js -> dist/cli): the
 * report gains its fairness section and the terminal says what it found; a sensitive column the
 * file lacks ends in exit 2 with the columns there are, and no report.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'bin/mlops.js');

function mlops(args: string[]) {
  return spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });
}

describe('mlops evaluate --sensitive (bundled CLI)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cli-sensitive-'));
  const predictions = join(dir, 'p.csv');
  // a: selection 2/4; b: 1/4 (ratio 0.5, fails four-fifths); c: 1 row, under --min-group-size 2.
  writeFileSync(predictions, 'y,pred,group\n1,1,a\n0,1,a\n1,0,a\n0,0,a\n1,1,b\n0,0,b\n1,0,b\n0,0,b\n1,1,c\n');

  it('writes the fairness section and prints its summaries', () => {
    const out = join(dir, 'evaluation.json');
    const r = mlops(['evaluate', '--predictions', predictions, '--task', 'binary', '--label', 'y', '--prediction', 'pred', '--sensitive', 'group', '--min-group-size', '2', '--resamples', '50', '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('fairness "group": 2 groups; demographic_parity_difference 0.25 [');
    expect(r.stdout).toContain('four-fifths FAIL');
    expect(r.stdout).toContain('fairness "group": 1 group left out (< 2 rows)');
    const report = JSON.parse(readFileSync(out, 'utf8'));
    expect(report.schema).toBe('mlops-actions/evaluation@1');
    expect(report.fairness.min_group_size).toBe(2);
    const col = report.fairness.columns[0];
    expect(col.skipped_groups).toEqual([{ value: 'c', rows: 1, reason: '1 rows, fewer than the minimum group size 2' }]);
    expect(col.outcomes[0].summaries.disparate_impact_ratio.value).toBe(0.5);
    expect(col.outcomes[0].four_fifths).toEqual({ threshold: 0.8, ratio: 0.5, pass: false });
  });

  it('without --sensitive the report has no fairness field (unchanged for older readers)', () => {
    const out = join(dir, 'plain.json');
    const r = mlops(['evaluate', '--predictions', predictions, '--task', 'binary', '--label', 'y', '--prediction', 'pred', '--resamples', '0', '--out', out]);
    expect(r.status).toBe(0);
    expect('fairness' in JSON.parse(readFileSync(out, 'utf8'))).toBe(false);
  });

  it('a sensitive column the file lacks: exit 2, the columns it has, no report', () => {
    const out = join(dir, 'missing.json');
    const r = mlops(['evaluate', '--predictions', predictions, '--task', 'binary', '--label', 'y', '--prediction', 'pred', '--sensitive', 'race', '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`mlops: ${predictions}:1: column "race" (--sensitive) not found; the file has columns: y, pred, group (pass --sensitive with one of them)\n`);
    expect(existsSync(out)).toBe(false);
  });
});
