/**
 * Evaluation reports as untrusted input. In the fork-safe workflow pair the head report comes from
 * an artifact a fork's PR wrote, and it is read by a job that holds a write token. So before
 * compare parses a report it checks, cheaply and first:
 * - the file is at most MAX_REPORT_BYTES (a JSON bomb of 1 GB never reaches JSON.parse);
 * - at most MAX_METRICS metrics per report or slice and MAX_SLICES slices (bounded CPU and
 *   comment rendering);
 * - the per-example file it names stays inside the report's own folder (no `../../etc/passwd`)
 *   and is at most MAX_EXAMPLES_BYTES, with at most MAX_EXAMPLE_ROWS rows.
 * The schema itself is checked with zod by readEvaluationReport. Nothing in a report is ever
 * executed or interpolated into a shell: it is data, rendered through markdown-escape.
 */
import { stat, readFile } from 'node:fs/promises';
import { dirname, isAbsolute, normalize, resolve, sep } from 'node:path';
import { InputError } from '../runtime/errors.js';

export const MAX_REPORT_BYTES = 10 * 1024 * 1024;
export const MAX_METRICS = 500;
export const MAX_SLICES = 20_000;
export const MAX_EXAMPLES_BYTES = 64 * 1024 * 1024;
export const MAX_EXAMPLE_ROWS = 5_000_000;

const mib = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MiB`;

async function sizeOf(file: string, what: string): Promise<number> {
  try {
    const s = await stat(file);
    if (!s.isFile()) throw new InputError(`${what} is not a regular file`, { location: { file } });
    return s.size;
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${what} not found` : `cannot read the ${what}: ${(e as Error).message}`, { location: { file }, cause: e });
  }
}

interface LooseReport {
  metrics?: unknown;
  slices?: unknown;
  skipped_slices?: unknown;
  examples?: { file?: unknown; rows?: unknown } | null;
}

/**
 * Throws InputError when an evaluation report file is larger or bigger in shape than compare
 * accepts. Call before readEvaluationReport/compareFiles; it does not check the schema.
 */
export async function assertReportWithinLimits(file: string): Promise<void> {
  const size = await sizeOf(file, 'evaluation report');
  if (size > MAX_REPORT_BYTES) {
    throw new InputError(`evaluation report is ${mib(size)}; compare accepts at most ${mib(MAX_REPORT_BYTES)}`, {
      location: { file },
      hint: 'an evaluation report is metrics and slices, not data: check what was uploaded',
    });
  }
  let json: LooseReport;
  try {
    json = JSON.parse(await readFile(file, 'utf8')) as LooseReport;
  } catch (e) {
    throw new InputError(`not JSON: ${(e as Error).message}`, { location: { file }, hint: (o) => `point at the report evaluate wrote (${o.option('out')})` });
  }
  if (json === null || typeof json !== 'object') return; // the schema check names the problem
  const count = (x: unknown) => (x && typeof x === 'object' ? Object.keys(x).length : 0);
  const tooMany = (n: number, max: number, what: string) => {
    if (n > max) throw new InputError(`${what}: ${n.toLocaleString('en-US')}; compare accepts at most ${max.toLocaleString('en-US')}`, { location: { file } });
  };
  tooMany(count(json.metrics), MAX_METRICS, 'too many metrics');
  const slices = Array.isArray(json.slices) ? json.slices : [];
  const skipped = Array.isArray(json.skipped_slices) ? json.skipped_slices : [];
  tooMany(slices.length + skipped.length, MAX_SLICES, 'too many slices');
  for (const s of slices) tooMany(count((s as { metrics?: unknown })?.metrics), MAX_METRICS, 'too many metrics in a slice');

  const ex = json.examples;
  if (ex && typeof ex === 'object' && typeof ex.file === 'string') {
    const rel = ex.file;
    const folder = resolve(dirname(file));
    const target = resolve(folder, rel);
    if (isAbsolute(rel) || normalize(rel).split(/[\\/]/).includes('..') || !target.startsWith(folder + sep)) {
      throw new InputError(`examples.file ${JSON.stringify(rel)} points outside the report's folder`, {
        location: { file },
        hint: 'the per-example file must sit next to the report (evaluate writes it there)',
      });
    }
    if (typeof ex.rows === 'number') tooMany(ex.rows, MAX_EXAMPLE_ROWS, 'too many per-example rows');
    let exSize: number | undefined;
    try {
      exSize = (await stat(target)).size;
    } catch {
      exSize = undefined; // a missing per-example file is compare's to report (it then skips paired tests)
    }
    if (exSize !== undefined && exSize > MAX_EXAMPLES_BYTES) {
      throw new InputError(`per-example file is ${mib(exSize)}; compare accepts at most ${mib(MAX_EXAMPLES_BYTES)}`, { location: { file: target } });
    }
  }
}
