/**
 * Declared inputs and outputs: glob lists as users write them in an action input (one per line, or
 * comma-separated), matched under the working directory and digested with SHA-256.
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { isAbsolute, join } from 'node:path';
import { glob } from 'tinyglobby';
import { InputError, UsageError } from '../../runtime/errors.js';
import type { FileDigest } from '../../formats/run-format.js';

/**
 * Splits a glob list on newlines and on commas outside braces, so `{train,test}/*.csv` stays one
 * glob. Blank items and `#` comment lines are dropped.
 */
export function splitGlobList(text: string | undefined): string[] {
  if (!text) return [];
  const out: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim().startsWith('#')) continue;
    let depth = 0;
    let cur = '';
    for (const ch of line) {
      if (ch === '{') depth++;
      else if (ch === '}') depth = Math.max(0, depth - 1);
      if (ch === ',' && depth === 0) {
        out.push(cur);
        cur = '';
      } else {
        cur += ch;
      }
    }
    out.push(cur);
  }
  return out.map((g) => g.trim()).filter((g) => g !== '');
}

/** Globs stay inside the working directory: outputs are restored there from the cache. */
export function checkGlobs(globs: readonly string[], what: 'inputs' | 'outputs'): void {
  for (const g of globs) {
    const body = g.startsWith('!') ? g.slice(1) : g;
    if (isAbsolute(body) || /^[A-Za-z]:/.test(body) || body.split(/[\\/]/).includes('..')) {
      throw new UsageError(`${what} glob "${g}" leaves the working directory`, { hint: 'use a path relative to the working directory, without ".."' });
    }
  }
}

export interface MatchOptions {
  cwd: string;
  /** Globs never matched (the run record, the log, the cache folder). */
  ignore?: readonly string[];
}

/**
 * Files matched by each glob (a directory matches everything under it; `!glob` excludes), sorted
 * and without duplicates. `unmatched` lists the positive globs that matched no file.
 */
export async function matchGlobs(globs: readonly string[], options: MatchOptions): Promise<{ files: string[]; unmatched: string[] }> {
  const negative = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1));
  const ignore = [...negative, ...(options.ignore ?? [])];
  const files = new Set<string>();
  const unmatched: string[] = [];
  for (const g of globs.filter((g) => !g.startsWith('!'))) {
    const found = await glob([g], { cwd: options.cwd, ignore, onlyFiles: true, dot: false, followSymbolicLinks: true });
    if (found.length === 0) unmatched.push(g);
    for (const f of found) files.add(f.split('\\').join('/'));
  }
  return { files: [...files].sort(), unmatched };
}

export async function digestFile(path: string): Promise<{ sha256: string; bytes: number }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { sha256: hash.digest('hex'), bytes };
}

export async function digestFiles(files: readonly string[], cwd: string): Promise<FileDigest[]> {
  const out: FileDigest[] = [];
  for (const path of files) out.push({ path, ...(await digestFile(join(cwd, path))) });
  return out;
}

/** Digests of the declared inputs; a glob that matches nothing is an InputError (a typo, most often). */
export async function digestDeclaredInputs(globs: readonly string[], options: MatchOptions): Promise<FileDigest[]> {
  const { files, unmatched } = await matchGlobs(globs, options);
  if (unmatched.length > 0) {
    throw new InputError(`declared input ${unmatched.map((g) => `"${g}"`).join(', ')} matched no file`, {
      hint: `globs are matched under ${options.cwd}; fix the glob or remove it from inputs`,
    });
  }
  return digestFiles(files, options.cwd);
}

export async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false);
}
