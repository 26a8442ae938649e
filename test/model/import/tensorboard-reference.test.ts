/**
 * Every scalar series our TensorBoard decoder reads from the real event files equals the one
 * Google's protobuf runtime decodes (test/fixtures/reference/tensorboard_reference.py): tags,
 * steps in write order, and values to the bit.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedFile } from '../../support/shared-workspace.js';
import { readTensorboardRun } from '../../../shared/model/import/tensorboard.js';

const repoRoot = path.resolve(import.meta.dirname, '../../..');
const { path: realdata, absent: noRealdata } = sharedFile('realdata/tensorboard', 'the TensorBoard reference comparison');

const reference = JSON.parse(readFileSync(path.join(repoRoot, 'test/fixtures/reference/tensorboard_reference.json'), 'utf8')) as {
  files: Record<string, { plugins: Record<string, string>; scalars: Record<string, Array<[number, number]>> }>;
};

describe.skipIf(noRealdata)('TensorBoard decoding against the protobuf runtime', () => {
  for (const [file, ref] of Object.entries(reference.files)) {
    it(`reads the same scalars from ${file}`, async () => {
      const run = await readTensorboardRun([path.join(realdata, file)], '.');
      const ours = Object.fromEntries([...run.scalars].map(([tag, points]) => [tag, points.map((p) => [p.step, p.value])]));
      const expected = ref.scalars;
      expect(ours).toEqual(expected);
      // Tags the importer skipped are the non-scalar plugins the reference names.
      for (const [tag, reason] of run.otherTags) expect(ref.plugins[tag], `${tag}: ${reason}`).not.toBe('scalars');
    });
  }
});
