/**
 * The actions run on node24 (`runs.using: node24`), where the Parquet reader decodes ZSTD pages
 * with Node's own zlib.zstdDecompressSync instead of zstddec (WebAssembly; parquet-codecs.ts). The bundled
 * CLI validates the same ZSTD files under Node 24 and under this Node: the profiles and reports
 * must be byte-identical. Node 24 is the official binary that .ci/run installs (MLOPS_NODE24);
 * without it the test skips, saying so.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Float64, TimestampMillisecond, Utf8, makeVector, tableFromArrays, tableToIPC, vectorFromArray } from 'apache-arrow';
import { Compression, Table as WasmTable, WriterPropertiesBuilder, WriterVersion, writeParquet } from 'parquet-wasm/node';
import { afterAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../support/run-action.js';

const node24 = process.env.MLOPS_NODE24;
const cli = join(repoRoot, 'dist/cli/index.js');
const flights = join(repoRoot, 'node_modules/vega-datasets/data/flights-3m.parquet');

if (!node24) console.log('parquet-node24.test.ts: skipped, MLOPS_NODE24 (a Node 24 binary, installed by .ci/run) is not set');

const dir = mkdtempSync(join(tmpdir(), 'mlops-parquet-node24-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** `mlops validate` of `data` by the given Node; resolves with its exit code and output files. */
function validate(nodeBin: string, data: string, out: string): Promise<{ code: number | null; stderr: string; profile: string; report: string }> {
  const profile = join(out, 'profile.json');
  const report = join(out, 'report.json');
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  return new Promise((resolve, reject) => {
    const child = spawn(nodeBin, [cli, 'validate', '--data', data, '--profile-out', profile, '--report-out', report], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr, profile: readFileSync(profile, 'utf8'), report: readFileSync(report, 'utf8') }));
  });
}

/** A small ZSTD file in V2 data pages (levels apart from the compressed values), with nulls and a timestamp. */
function smallZstdV2(): string {
  const n = 5_000;
  const table = tableFromArrays({
    at: makeVector({ type: new TimestampMillisecond(), data: BigInt64Array.from({ length: n }, (_, i) => BigInt(1_700_000_000_000 + (i % 613) * 60_000)) } as never),
    value: vectorFromArray(Array.from({ length: n }, (_, i) => (i % 9 === 4 ? null : Math.sin(i) * 100)), new Float64()),
    site: vectorFromArray(Array.from({ length: n }, (_, i) => (i % 13 === 2 ? null : `site-${(i * 7) % 41}`)), new Utf8()),
  } as never) as unknown as Parameters<typeof tableToIPC>[0];
  const props = new WriterPropertiesBuilder().setCompression(Compression.ZSTD).setWriterVersion(WriterVersion.V2).setMaxRowGroupSize(1200).build();
  const file = join(dir, 'small-v2.parquet');
  writeFileSync(file, writeParquet(WasmTable.fromIPCStream(tableToIPC(table, 'stream')), props));
  return file;
}

describe.skipIf(!node24)('Parquet ZSTD pages under Node 24 (the actions’ runtime)', () => {
  it('Node 24 has zlib.zstdDecompressSync, the decoder the reader uses there', () => {
    const r = spawnSync(node24!, ['-p', 'process.versions.node + " " + typeof require("node:zlib").zstdDecompressSync'], { encoding: 'utf8' });
    expect(r.stdout.trim()).toMatch(/^24\.\d+\.\d+ function$/);
  });

  it.each([
    ['flights-3m.parquet (11 row groups, V1 pages)', () => flights],
    ['a V2-page file with nulls', smallZstdV2],
  ])('validates %s to the same bytes as this Node (fzstd)', async (_, file) => {
    const data = file();
    const here = mkdtempSync(join(dir, 'here-'));
    const there = mkdtempSync(join(dir, 'node24-'));
    const [a, b] = await Promise.all([validate(process.execPath, data, here), validate(node24!, data, there)]);
    expect(a.code, a.stderr).toBe(0);
    expect(b.code, b.stderr).toBe(0);
    expect(b.profile).toBe(a.profile.replaceAll(here, there));
    expect(b.report).toBe(a.report.replaceAll(here, there));
  });
});
