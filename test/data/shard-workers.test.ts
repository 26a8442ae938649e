/**
 * Shard workers started before the plan (shard-workers.ts): a large CSV's workers load while the
 * step reads the contract and the header, and the plan hands them their task as a message.
 */
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { releaseShardWorkers, takeShardWorker, warmShardWorkerCount, warmShardWorkers, WARM_CSV_LIMITS } from '../../shared/data/shard-workers.js';
import { planShards, runShards } from '../../shared/data/validate-data-shards.js';
import { openTable } from '../../shared/data/open-table.js';
import { scanTable } from '../../shared/data/scan-table.js';
import { parseContract } from '../../shared/data/contract.js';

const dir = mkdtempSync(join(tmpdir(), 'shard-workers-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
afterEach(() => releaseShardWorkers());

const csv = join(dir, 'flights.csv');
const origins = ['SEA', 'SFO', 'JFK', 'ORD'];
writeFileSync(csv, ['date,delay,origin', ...Array.from({ length: 20_000 }, (_, i) => `2024-01-${String(1 + (i % 28)).padStart(2, '0')},${(i * 37) % 500 - 60},${origins[i % 4]}`)].join('\n') + '\n');
const contract = parseContract('version: 1\ncolumns:\n  delay: { type: integer, max: 400 }\n  origin: { type: string, allowed: [SEA, SFO, JFK] }\n', 'contract.yaml');
const twoCores = availableParallelism() >= 2;

describe('warmShardWorkers', () => {
  it.runIf(twoCores)('starts the workers early, and the plan runs its shard on one: the sequential result', async () => {
    warmShardWorkers(csv, undefined, 0);
    expect(warmShardWorkerCount()).toBeGreaterThanOrEqual(1);
    const reader = await openTable(csv);
    const columns = await reader.columns();
    const input = { file: csv, format: reader.format, columns, contract, contractFile: 'contract.yaml', parallel: { workers: 2, minBytes: 0 } };
    const tasks = (await planShards(input))!;
    expect(tasks).toHaveLength(2);
    const run = await runShards(tasks, { ...input, hasLines: true });
    // The one row shard in a worker took the warm one.
    expect(warmShardWorkerCount()).toBe(Math.min(4, availableParallelism()) - 2);
    const one = await scanTable(await openTable(csv), { file: csv, columns, contract, contractFile: 'contract.yaml' });
    expect('merged' in run && run.merged.report).toEqual(one.validator!.finish());
    expect('merged' in run && run.merged.rows).toBe(20_000);
  }, 60_000);

  it('starts nothing for a list, a glob, gzip, other formats, a missing or a small file', () => {
    for (const data of [`${csv}\n${csv}`, join(dir, '*.csv'), `${csv}.gz`, join(dir, 'x.parquet'), join(dir, 'x.jsonl'), join(dir, 'missing.csv')]) {
      warmShardWorkers(data, undefined, 0);
      expect(warmShardWorkerCount(), data).toBe(0);
    }
    warmShardWorkers(csv, 'jsonl', 0);
    warmShardWorkers(csv);
    expect(warmShardWorkerCount()).toBe(0);
  });

  it.runIf(twoCores)('gives a warm worker only to a task whose heap it has, and terminates the rest', async () => {
    warmShardWorkers(csv, undefined, 0);
    expect(takeShardWorker({ ...WARM_CSV_LIMITS, maxOldGenerationSizeMb: WARM_CSV_LIMITS.maxOldGenerationSizeMb + 1 })).toBeUndefined();
    expect(takeShardWorker({ ...WARM_CSV_LIMITS, maxYoungGenerationSizeMb: 24 })).toBeUndefined();
    const w = takeShardWorker(WARM_CSV_LIMITS)!;
    expect(w).toBeDefined();
    await w.terminate();
    releaseShardWorkers();
    expect(warmShardWorkerCount()).toBe(0);
  }, 60_000);
});
