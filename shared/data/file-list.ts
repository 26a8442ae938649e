/**
 * Data given as a list of files (validate-data's `data`, rank's candidates): kept apart from the
 * shard planner so that steps which only expand a list do not pull in the sharding machinery.
 */
import { existsSync } from 'node:fs';
import { InputError, UsageError } from '../runtime/errors.js';

/**
 * Characters without which tinyglobby's isDynamicPattern (picomatch's scan) finds no glob. A path
 * without any is a plain path, and tinyglobby is not loaded for it: evaluating it (fdir looks for
 * picomatch through node's resolver) cost ~10 ms of every validate run's start (issue 18). Exported
 * for test/data/file-list.test.ts, which checks it against isDynamicPattern.
 */
export const GLOB_CHARS = /[*?[\]{}()!+@]/;

/**
 * The files of a data input: one path, a glob, or one path or glob per line (blank lines and `#`
 * comments skipped). Globs are sorted; the list keeps its order; a file named twice is read once.
 * A glob that matches nothing is an InputError; a plain path is returned as it is (opening it
 * reports a missing file).
 */
export async function expandFileList(spec: string, what = 'data'): Promise<string[]> {
  const items = spec
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  if (items.length === 0) throw new UsageError(`${what} is empty`, { hint: 'give a file, a glob, or one file per line' });
  const out: string[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    let files: string[];
    const tinyglobby = GLOB_CHARS.test(item) && !existsSync(item) ? await import('tinyglobby') : undefined;
    if (tinyglobby?.isDynamicPattern(item)) {
      files = (await tinyglobby.glob(item, { onlyFiles: true, expandDirectories: false, dot: false })).map((f) => f.split('\\').join('/')).sort();
      if (files.length === 0) throw new InputError(`${what} glob "${item}" matched no file`, { hint: `globs are matched under ${process.cwd()}; fix the glob` });
    } else files = [item];
    for (const f of files) if (!seen.has(f)) {
      seen.add(f);
      out.push(f);
    }
  }
  return out;
}

/** How the report names data given as a list: the file, the glob, or the files joined. */
export function dataLabel(spec: string, files: readonly string[]): string {
  if (files.length === 1) return files[0];
  const lines = spec.split(/\r?\n/).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
  return lines.length === 1 ? lines[0] : files.join(', ');
}
