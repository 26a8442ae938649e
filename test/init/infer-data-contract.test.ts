import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseContract } from '../../shared/data/contract.js';
import { inferDataContract } from '../../shared/init/infer-data-contract.js';

describe('inferDataContract', () => {
  it('starts the drift check ignoring dates, ids and all-distinct text, though only ids get unique', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'infer-data-contract-'));
    try {
      const rows = Array.from({ length: 40 }, (_, i) => `${i + 1},2024-02-${String((i % 28) + 1).padStart(2, '0')},Customer number ${i},${(i * 7) % 13},${['a', 'b'][i % 2]}`);
      writeFileSync(join(dir, 'train.csv'), `id,day,name,visits,plan\n${rows.join('\n')}\n`);
      const inferred = await inferDataContract(dir, 'train.csv');
      expect(inferred.driftByConstruction).toEqual(['id', 'day', 'name']);
      const contract = parseContract(inferred.yaml, 'train.yaml');
      expect(contract.columns!.id.unique).toBe(true);
      expect(contract.columns!.name.unique).toBeUndefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
