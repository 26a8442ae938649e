/**
 * The evaluate bundle's `sensitive` and `min-group-size` inputs, run as the runner runs it
 * (test/support/run-action.ts): a newline/comma list like the other list inputs, the fairness
 * section in the report and the job summary, and a missing column named as the workflow's input.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { repoRoot, runAction } from '../support/run-action.js';

// sex: F selection 1/4, M 2/4 (ratio 0.5); region: n 3 / s 3 / w 2 (w under min-group-size 3).
const csv = 'y,pred,sex,region\n1,1,F,n\n0,0,F,n\n1,0,F,s\n0,0,F,w\n1,1,M,n\n0,1,M,s\n1,0,M,s\n0,0,M,w\n';

describe('evaluate action: sensitive inputs (dist bundle)', () => {
  beforeAll(() => {
    if (!existsSync(join(repoRoot, 'actions/evaluate/dist/index.js'))) throw new Error('actions/evaluate/dist/index.js is missing: run npm run build');
  });

  it('takes a newline- and comma-separated list and writes the fairness section and its tables', async () => {
    const run = await runAction('evaluate', {
      files: { 'p.csv': csv },
      inputs: { predictions: 'p.csv', task: 'binary', label: 'y', prediction: 'pred', sensitive: 'sex\n region,', 'min-group-size': '3', resamples: '20' },
    });
    expect(run.stderr).toBe('');
    expect(run.exitCode).toBe(0);
    const report = JSON.parse(readFileSync(join(run.workspace, 'mlops-out/evaluation.json'), 'utf8'));
    expect(report.fairness.min_group_size).toBe(3);
    expect(report.fairness.columns.map((c: { column: string }) => c.column)).toEqual(['sex', 'region']);
    expect(report.fairness.columns[0].outcomes[0].four_fifths).toEqual({ threshold: 0.8, ratio: 0.5, pass: false });
    expect(report.fairness.columns[1].skipped_groups).toEqual([{ value: 'w', rows: 2, reason: '2 rows, fewer than the minimum group size 3' }]);
    expect(run.summary).toContain('#### Fairness by sex · positive class 1');
    expect(run.summary).toContain('Four-fifths rule: **fails**');
    expect(run.summary).toContain('Left out of the region summaries (fewer than 3 rows): w (2)');
  });

  it('names a missing sensitive column as the input, with the columns there are', async () => {
    const run = await runAction('evaluate', {
      files: { 'p.csv': csv },
      inputs: { predictions: 'p.csv', task: 'binary', label: 'y', prediction: 'pred', sensitive: 'race' },
    });
    expect(run.exitCode).toBe(2);
    expect(run.annotations[0]!.message).toContain('column "race" (input "sensitive") not found; the file has columns: y, pred, sex, region');
    expect(existsSync(join(run.workspace, 'mlops-out/evaluation.json'))).toBe(false);
  });
});
