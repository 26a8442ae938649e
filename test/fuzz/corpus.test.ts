/**
 * Every crash the fuzz tests ever found, replayed: test/fuzz/corpus/<target>/<sha>.bin goes through
 * the target of the folder's name and must end cleanly. A file ending in `.skip.bin` is a crash in
 * code another change owns, kept here so it is replayed once that lands (see the README beside it).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, expectCleanEnd } from './fuzz-support.js';
import { TARGETS, type TargetName } from './targets.js';

const cases = existsSync(CORPUS_DIR)
  ? readdirSync(CORPUS_DIR, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .flatMap((d) => readdirSync(join(CORPUS_DIR, d.name)).filter((f) => f.endsWith('.bin')).map((f) => ({ target: d.name, file: f })))
  : [];

describe('fuzz corpus: every crash found so far ends cleanly now', () => {
  it('names only known targets', () => {
    for (const c of cases) expect(Object.keys(TARGETS)).toContain(c.target);
  });

  for (const c of cases) {
    const run = c.file.endsWith('.skip.bin') ? it.skip : it;
    run(`${c.target}/${c.file}`, async () => {
      await expectCleanEnd(c.target, readFileSync(join(CORPUS_DIR, c.target, c.file)), TARGETS[c.target as TargetName]);
    });
  }
});
