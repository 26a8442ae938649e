/**
 * The sensitive values of per-example files (examples-pairing.ts: readExamplesFile's `"sensitive"` member and
 * pairExamples' reordering of the baseline's), for mutation testing (docs/mutation-testing.md). Expected values
 * are the rows written below, by hand: each column's values in file order (null kept), the baseline's put in the
 * head's id order.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { pairExamples, readExamplesFile, type ExampleRows } from '../../shared/compare/examples-pairing.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'examples-sensitive-'));
});
let seq = 0;
async function examples(lines: unknown[]): Promise<string> {
  const file = join(dir, `s${seq++}.examples.jsonl.gz`);
  await writeFile(file, gzipSync(Buffer.from(lines.map((l) => (typeof l === 'string' ? l : JSON.stringify(l))).join('\n') + '\n')));
  return file;
}

describe('readExamplesFile: the "sensitive" member', () => {
  it('keeps each column\'s values in row order, null where missing, columns in first-seen order', async () => {
    const r = await readExamplesFile(
      await examples([
        { id: 1, label: 1, sensitive: { race: 'a', sex: null } },
        { id: 2, label: 0, sensitive: { race: null, sex: 'f' } },
        { id: 3, label: 1, sensitive: { race: 'b', sex: 'm' } },
      ]),
    );
    expect([...r.sensitive!]).toEqual([
      ['race', ['a', null, 'b']],
      ['sex', [null, 'f', 'm']],
    ]);
  });

  it('a row that lists the columns in another order still files each value under its column', async () => {
    const r = await readExamplesFile(
      await examples([
        { id: 1, label: 1, sensitive: { race: 'a', sex: 'f' } },
        { id: 2, label: 0, sensitive: { sex: 'm', race: 'b' } },
        { id: 3, label: 1, sensitive: { race: 'c', sex: 'x' } },
        { id: 4, label: 1, sensitive: { sex: 'y', race: 'd' } },
      ]),
    );
    expect([...r.sensitive!]).toEqual([
      ['race', ['a', 'b', 'c', 'd']],
      ['sex', ['f', 'm', 'x', 'y']],
    ]);
  });

  it('no "sensitive" member, or an empty one on every row: no sensitive values', async () => {
    expect((await readExamplesFile(await examples([{ id: 1, label: 1 }]))).sensitive).toBeUndefined();
    expect((await readExamplesFile(await examples([{ id: 1, label: 1, sensitive: {} }, { id: 2, label: 0, sensitive: {} }]))).sensitive).toBeUndefined();
  });

  it('a column on some rows only, or a column that appears later, names the column and the counts', async () => {
    await expect(readExamplesFile(await examples([{ id: 1, label: 1, sensitive: { g: 'a' } }, { id: 2, label: 0, sensitive: { g: 'b', h: 'x' } }]))).rejects.toThrow(
      '"sensitive" has "h" on 1 of 2 rows',
    );
    await expect(readExamplesFile(await examples([{ id: 1, label: 1, sensitive: { g: 'a', h: 'x' } }, { id: 2, label: 0, sensitive: { h: 'y' } }]))).rejects.toThrow(
      '"sensitive" has "g" on 1 of 2 rows',
    );
  });

  it('refuses a member that is not an object, and values that are not text or null, with the line', async () => {
    for (const bad of [null, [], ['a'], 5, 'a', true]) {
      const file = await examples([{ id: 1, label: 1, sensitive: { g: 'a' } }, { id: 2, label: 0, sensitive: bad }]);
      await expect(readExamplesFile(file), JSON.stringify(bad)).rejects.toMatchObject({ message: expect.stringContaining('"sensitive" is not an object'), location: { file, line: 2 } });
    }
    for (const bad of [3, false, {}, ['a']]) {
      const file = await examples([{ id: 1, label: 1, sensitive: { g: bad } }]);
      await expect(readExamplesFile(file), JSON.stringify(bad)).rejects.toMatchObject({ message: expect.stringContaining('"sensitive" value of "g" is not text or null'), location: { file, line: 1 } });
    }
  });
});

describe("pairExamples: the baseline's sensitive values in the head's order", () => {
  const side = (file: string, ids: string[], sensitive?: Map<string, Array<string | null>>): ExampleRows => ({ file, ids, labels: ids.map(() => 1), sensitive });

  it('reorders every column by id, and keeps the head\'s as they are', () => {
    const head = side('head', ['a', 'b', 'c'], new Map([['g', ['x', 'y', null]]]));
    const base = side(
      'base',
      ['c', 'a', 'b'],
      new Map<string, Array<string | null>>([
        ['g', [null, 'x', 'y']],
        ['h', ['3', '1', '2']],
      ]),
    );
    const p = pairExamples(head, base);
    expect([...p.base.sensitive!]).toEqual([
      ['g', ['x', 'y', null]],
      ['h', ['1', '2', '3']],
    ]);
    expect(p.head.sensitive).toBe(head.sensitive);
  });

  it('a baseline without sensitive values has none after pairing', () => {
    const p = pairExamples(side('head', ['a', 'b'], new Map([['g', ['x', 'y']]])), side('base', ['b', 'a']));
    expect(p.base.sensitive).toBeUndefined();
  });
});
