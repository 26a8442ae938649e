/**
 * shared/formats/report-limits.ts, the size and shape limits compare applies to an untrusted evaluation report
 * before parsing it, checked at each bound for mutation testing (npm run mutate, docs/mutation-testing.md):
 * at most MAX_REPORT_BYTES bytes, MAX_METRICS metrics per report and per slice, MAX_SLICES slices (skipped ones
 * included), MAX_EXAMPLE_ROWS per-example rows and MAX_EXAMPLES_BYTES for the per-example file, which must sit in
 * the report's folder. A limit is refused above it and accepted at it. Large files are sparse (truncate).
 */
import { mkdir, mkdtemp, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  assertReportWithinLimits,
  MAX_EXAMPLE_ROWS,
  MAX_EXAMPLES_BYTES,
  MAX_METRICS,
  MAX_REPORT_BYTES,
  MAX_SLICES,
} from '../../shared/formats/report-limits.js';
import { InputError } from '../../shared/runtime/errors.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'report-limits-'));
});

let seq = 0;
async function reportFile(json: unknown, sub = ''): Promise<string> {
  const folder = join(dir, sub);
  await mkdir(folder, { recursive: true });
  const file = join(folder, `r${seq++}.json`);
  await writeFile(file, typeof json === 'string' ? json : JSON.stringify(json));
  return file;
}
const metrics = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`m${i}`, { value: i }]));
const failure = (p: Promise<void>) => p.then(() => undefined, (e: unknown) => e as InputError);

describe('assertReportWithinLimits', () => {
  it('the limits', () => {
    expect([MAX_REPORT_BYTES, MAX_METRICS, MAX_SLICES, MAX_EXAMPLES_BYTES, MAX_EXAMPLE_ROWS]).toEqual([10 * 1024 * 1024, 500, 20_000, 64 * 1024 * 1024, 5_000_000]);
  });

  it('refuses a missing file and a folder', async () => {
    const missing = await failure(assertReportWithinLimits(join(dir, 'missing.json')));
    expect(missing).toBeInstanceOf(InputError);
    expect(missing!.message).toContain('evaluation report not found');
    expect(missing!.location).toEqual({ file: join(dir, 'missing.json') });
    const folder = await failure(assertReportWithinLimits(dir));
    expect(folder!.message).toContain('evaluation report is not a regular file');
    expect(folder!.message).not.toContain('cannot read');
    expect(folder!.location).toEqual({ file: dir });
    // Any other error than a missing file is "cannot read" (here: a path through a file).
    const file = await reportFile('{}');
    const through = await failure(assertReportWithinLimits(join(file, 'x.json')));
    expect(through!.message).toContain('cannot read the evaluation report: ');
    expect(through!.message).not.toContain('not found');
  });

  it('refuses a file over MAX_REPORT_BYTES, in MiB, and accepts one of exactly that size (which then fails as JSON)', async () => {
    const big = await reportFile('{}');
    await truncate(big, MAX_REPORT_BYTES + 1);
    const e = await failure(assertReportWithinLimits(big));
    expect(e).toBeInstanceOf(InputError);
    expect(e!.message).toContain('evaluation report is 10 MiB; compare accepts at most 10 MiB');
    expect(e!.location).toEqual({ file: big });
    expect(e!.message).toContain('an evaluation report is metrics and slices, not data: check what was uploaded');
    const edge = await reportFile('{}');
    await truncate(edge, MAX_REPORT_BYTES);
    const notJson = await failure(assertReportWithinLimits(edge));
    expect(notJson!.message).toContain('not JSON: ');
    expect(notJson!.message).toContain('point at the report evaluate wrote (');
    expect(notJson!.location).toEqual({ file: edge });
  });

  it('leaves JSON that is not an object, or odd shapes, to the schema check', async () => {
    await expect(assertReportWithinLimits(await reportFile('null'))).resolves.toBeUndefined();
    await expect(assertReportWithinLimits(await reportFile('42'))).resolves.toBeUndefined();
    await expect(assertReportWithinLimits(await reportFile('{"metrics": 3, "slices": {}, "skipped_slices": 1, "examples": null}'))).resolves.toBeUndefined();
    // A string is not a metrics object, however long; slices that are not a list count none.
    await expect(assertReportWithinLimits(await reportFile({ metrics: 'x'.repeat(501) }))).resolves.toBeUndefined();
    await expect(assertReportWithinLimits(await reportFile({ slices: {}, skipped_slices: Array.from({ length: 20_000 }, () => ({})) }))).resolves.toBeUndefined();
    // Rows that are not a number are the schema's to refuse.
    await expect(assertReportWithinLimits(await reportFile({ examples: { file: 'e.jsonl.gz', rows: '6000000' } }))).resolves.toBeUndefined();
  });

  it('metrics: 500 pass, 501 do not', async () => {
    await expect(assertReportWithinLimits(await reportFile({ metrics: metrics(500) }))).resolves.toBeUndefined();
    const file = await reportFile({ metrics: metrics(501) });
    const e = await failure(assertReportWithinLimits(file));
    expect(e!.message).toContain('too many metrics: 501; compare accepts at most 500');
    expect(e!.location).toEqual({ file });
  });

  it('slices: 20,000 with the skipped ones pass, 20,001 do not', async () => {
    const s = (n: number) => Array.from({ length: n }, () => ({ metrics: {} }));
    await expect(assertReportWithinLimits(await reportFile({ slices: s(19_999), skipped_slices: [{}] }))).resolves.toBeUndefined();
    await expect(assertReportWithinLimits(await reportFile({ slices: s(20_000), skipped_slices: [{}] }))).rejects.toThrow('too many slices: 20,001; compare accepts at most 20,000');
    await expect(assertReportWithinLimits(await reportFile({ slices: [], skipped_slices: s(20_001) }))).rejects.toThrow('too many slices: 20,001');
    await expect(assertReportWithinLimits(await reportFile({ slices: s(20_001) }))).rejects.toThrow('too many slices: 20,001');
  });

  it('metrics per slice: 500 pass, 501 do not; a slice without metrics counts none', async () => {
    await expect(assertReportWithinLimits(await reportFile({ slices: [{ metrics: metrics(500) }, {}, null] }))).resolves.toBeUndefined();
    await expect(assertReportWithinLimits(await reportFile({ slices: [{}, { metrics: metrics(501) }] }))).rejects.toThrow('too many metrics in a slice: 501; compare accepts at most 500');
  });

  it('the per-example file must be inside the report folder', async () => {
    for (const f of ['../x.jsonl.gz', '/etc/passwd', 'a/../../x.jsonl.gz', '.']) {
      await expect(assertReportWithinLimits(await reportFile({ examples: { file: f } }, 'inner')), f).rejects.toThrow(`examples.file ${JSON.stringify(f)} points outside the report's folder`);
    }
    // Absolute, or through "..", is refused even when it lands inside the folder.
    for (const f of [join(dir, 'inner', 'x.jsonl.gz'), '../inner/x.jsonl.gz']) {
      const file = await reportFile({ examples: { file: f } }, 'inner');
      const e = await failure(assertReportWithinLimits(file));
      expect(e?.message, f).toContain(`examples.file ${JSON.stringify(f)} points outside the report's folder`);
      expect(e!.message).toContain('the per-example file must sit next to the report (evaluate writes it there)');
      expect(e!.location).toEqual({ file });
    }
    // Inside (a subfolder, or a name starting with dots) is fine, and a missing file is compare's to report.
    await expect(assertReportWithinLimits(await reportFile({ examples: { file: 'sub/x.jsonl.gz' } }, 'inner'))).resolves.toBeUndefined();
    await expect(assertReportWithinLimits(await reportFile({ examples: { file: '..x.jsonl.gz' } }, 'inner'))).resolves.toBeUndefined();
    // A file name that is not a string is the schema's to refuse.
    await expect(assertReportWithinLimits(await reportFile({ examples: { file: 3, rows: MAX_EXAMPLE_ROWS + 1 } }))).resolves.toBeUndefined();
  });

  it('per-example rows: 5,000,000 pass, 5,000,001 do not', async () => {
    await expect(assertReportWithinLimits(await reportFile({ examples: { file: 'e.jsonl.gz', rows: MAX_EXAMPLE_ROWS } }))).resolves.toBeUndefined();
    await expect(assertReportWithinLimits(await reportFile({ examples: { file: 'e.jsonl.gz', rows: MAX_EXAMPLE_ROWS + 1 } }))).rejects.toThrow(
      'too many per-example rows: 5,000,001; compare accepts at most 5,000,000',
    );
  });

  it('the per-example file: MAX_EXAMPLES_BYTES pass, one byte more does not', async () => {
    const folder = join(dir, 'ex');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, 'at.jsonl.gz'), '');
    await truncate(join(folder, 'at.jsonl.gz'), MAX_EXAMPLES_BYTES);
    await writeFile(join(folder, 'over.jsonl.gz'), '');
    await truncate(join(folder, 'over.jsonl.gz'), MAX_EXAMPLES_BYTES + 1);
    await expect(assertReportWithinLimits(await reportFile({ examples: { file: 'at.jsonl.gz' } }, 'ex'))).resolves.toBeUndefined();
    const e = await failure(assertReportWithinLimits(await reportFile({ examples: { file: 'over.jsonl.gz' } }, 'ex')));
    expect(e!.message).toContain('per-example file is 64 MiB; compare accepts at most 64 MiB');
    expect(e!.location).toEqual({ file: join(folder, 'over.jsonl.gz') });
  });
});
