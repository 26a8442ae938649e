/**
 * shared/compare/baseline.ts, where compare's baseline comes from, checked directly for mutation testing
 * (npm run mutate, docs/mutation-testing.md): until now only the CLI and action tests reached it, outside that
 * run. A fake forge records the calls; the artifact size limit is the sum of the report, examples, run record
 * and profile limits (report-limits.ts, training-records.ts), the run limit `maxRuns` (default 10) plus one for the current run.
 */
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { baselineKindOf, resolveBaseline, type BaselineSpec } from '../../shared/compare/baseline.js';
import { MAX_EXAMPLES_BYTES, MAX_REPORT_BYTES } from '../../shared/formats/report-limits.js';
import { MAX_PROFILE_BYTES, MAX_RUN_RECORD_BYTES } from '../../shared/compare/training-records.js';
import { ForgeError } from '../../shared/ports/forge-error.js';
import type { Forge, ForgeArtifact, ForgeWorkflowRun } from '../../shared/ports/forge.js';

const repo = { owner: 'acme', repo: 'models' };
const run = (id: number): ForgeWorkflowRun => ({
  id, runNumber: id + 100, headSha: `abcdef${id}0123456789`, headBranch: 'main', event: 'push', conclusion: 'success', createdAt: '2026-01-01T00:00:00Z', url: `https://x/runs/${id}`,
});
const art = (id: number, name = 'mlops-evaluation', extra: Partial<ForgeArtifact> = {}): ForgeArtifact => ({ id, name, sizeInBytes: 1000, expired: false, ...extra });

function fakeForge(runs: ForgeWorkflowRun[] | Error, artifacts: Record<number, ForgeArtifact[]>) {
  const calls: { limit?: number; listed: number[]; downloads: Array<{ runId: number; artifactId: number; destination: string }> } = { listed: [], downloads: [] };
  const forge = {
    listSuccessfulWorkflowRuns: async (q: { limit?: number }) => {
      calls.limit = q.limit;
      if (runs instanceof Error) throw runs;
      return runs;
    },
    listRunArtifacts: async (p: { run_id: number }) => {
      calls.listed.push(p.run_id);
      return artifacts[p.run_id] ?? [];
    },
  } as unknown as Forge;
  const download = async (p: { runId: number; artifactId: number; destination: string }) => {
    calls.downloads.push({ runId: p.runId, artifactId: p.artifactId, destination: p.destination });
  };
  return { forge, download, calls };
}

const spec = (extra: Partial<Extract<BaselineSpec, { kind: 'base-branch' }>> = {}): BaselineSpec => ({
  kind: 'base-branch', repo, workflow: 'pr-report.yml', branch: 'main', artifact: 'mlops-evaluation', reportPath: 'evaluation.json', ...extra,
});

describe('baselineKindOf', () => {
  it('keywords are kinds, anything else a file path', () => {
    expect(['base-branch', 'production', 'none', 'base.json', 'none.json', ''].map(baselineKindOf)).toEqual(['base-branch', 'production', 'none', 'file', 'file', 'file']);
  });
});

describe('resolveBaseline', () => {
  it('a file and none need no forge', async () => {
    expect(await resolveBaseline({ kind: 'file', path: 'b/evaluation.json' }, { workDir: '/nonexistent' })).toEqual({ file: 'b/evaluation.json', info: { kind: 'file', file: 'b/evaluation.json' } });
    expect(await resolveBaseline({ kind: 'none' }, { workDir: '/nonexistent' })).toEqual({ info: { kind: 'none', reason: 'first run: baseline none' } });
  });

  it('production goes to the registry (a bad model name is refused there, before any registry call)', async () => {
    const registry = new Proxy({}, { get: () => { throw new Error('no registry call expected'); } });
    await expect(resolveBaseline({ kind: 'production', model: '../x', registry } as unknown as BaselineSpec, { workDir: '/nonexistent' })).rejects.toThrow('model name');
  });

  it('base-branch without forge access is a usage error with a hint', async () => {
    const { forge, download } = fakeForge([], {});
    await expect(resolveBaseline(spec(), { workDir: '/nonexistent', forge })).rejects.toThrow('baseline base-branch needs GitHub access');
    await expect(resolveBaseline(spec(), { workDir: '/nonexistent', forge })).rejects.toThrow('give the step a token (input token), or pass a baseline report file');
    await expect(resolveBaseline(spec(), { workDir: '/nonexistent', download })).rejects.toThrow('baseline base-branch needs GitHub access');
  });

  it('takes the newest run that holds the artifact, skipping the current run, expired and other artifacts', async () => {
    const workDir = join(await mkdtemp(join(tmpdir(), 'baseline-mut-')), 'work');
    const { forge, download, calls } = fakeForge([run(9), run(8), run(7), run(6)], {
      9: [art(90)],
      8: [art(80, 'other')],
      7: [art(70, 'mlops-evaluation', { expired: true })],
      6: [art(61, 'other'), art(60)],
    });
    const log: string[] = [];
    const got = await resolveBaseline(spec({ excludeRunId: 9 }), { workDir, forge, download, log: (m) => log.push(m) });
    expect(calls.limit).toBe(11);
    expect(calls.listed).toEqual([8, 7, 6]);
    expect(calls.downloads.map((d) => [d.runId, d.artifactId])).toEqual([[6, 60]]);
    const dest = calls.downloads[0]!.destination;
    expect(dest.startsWith(join(workDir, 'baseline-6-'))).toBe(true);
    expect(await readdir(workDir)).toHaveLength(1);
    expect(got).toEqual({
      file: join(dest, 'evaluation.json'),
      info: { kind: 'base-branch', branch: 'main', workflow: 'pr-report.yml', runId: 6, runNumber: 106, runUrl: 'https://x/runs/6', artifact: 'mlops-evaluation' },
    });
    expect(log).toEqual([
      'run 8 of pr-report.yml on main has no artifact mlops-evaluation; trying an older run',
      'run 7 of pr-report.yml on main has no artifact mlops-evaluation; trying an older run',
      'baseline: artifact mlops-evaluation (id 60) of run 6 (pr-report.yml on main), abcdef6',
    ]);
  });

  it('looks through maxRuns runs only (after leaving out the current one)', async () => {
    const { forge, download, calls } = fakeForge([run(5), run(4), run(3), run(2)], { 2: [art(20)] });
    const got = await resolveBaseline(spec({ maxRuns: 2, excludeRunId: 5 }), { workDir: '/nonexistent', forge, download });
    expect(calls.limit).toBe(3);
    expect(calls.listed).toEqual([4, 3]);
    expect(got).toEqual({ info: { kind: 'none', reason: 'no artifact mlops-evaluation in the last 2 successful runs of pr-report.yml on main; compared as a first run' } });
  });

  it('no successful run, or the workflow unknown to GitHub (404): a first run, saying why', async () => {
    const none = fakeForge([], {});
    const log: string[] = [];
    expect(await resolveBaseline(spec(), { workDir: '/nonexistent', forge: none.forge, download: none.download, log: (m) => log.push(m) })).toEqual({
      info: { kind: 'none', reason: 'no successful run of pr-report.yml on main yet; compared as a first run' },
    });
    expect(log).toEqual(['baseline: no successful run of pr-report.yml on main yet; comparing as a first run']);
    const missing = fakeForge(new ForgeError({ method: 'GET', route: '/runs', status: 404 }), {});
    expect(await resolveBaseline(spec(), { workDir: '/nonexistent', forge: missing.forge, download: missing.download })).toEqual({
      info: { kind: 'none', reason: 'no runs of pr-report.yml on main yet; compared as a first run' },
    });
  });

  it('any other forge failure is passed on', async () => {
    const denied = fakeForge(new ForgeError({ method: 'GET', route: '/runs', status: 403 }), {});
    await expect(resolveBaseline(spec(), { workDir: '/nonexistent', forge: denied.forge, download: denied.download })).rejects.toBeInstanceOf(ForgeError);
    const plain = fakeForge(new Error('boom'), {});
    await expect(resolveBaseline(spec(), { workDir: '/nonexistent', forge: plain.forge, download: plain.download })).rejects.toThrow('boom');
  });

  it('refuses an artifact larger than a report, its examples, a run record and a profile can be, and accepts one of exactly that size', async () => {
    const workDir = await mkdtemp(join(tmpdir(), 'baseline-mut-'));
    const limit = MAX_REPORT_BYTES + MAX_EXAMPLES_BYTES + MAX_RUN_RECORD_BYTES + MAX_PROFILE_BYTES;
    const big = fakeForge([run(3)], { 3: [art(30, 'mlops-evaluation', { sizeInBytes: limit + 1 })] });
    await expect(resolveBaseline(spec(), { workDir, forge: big.forge, download: big.download })).rejects.toThrow(
      `artifact mlops-evaluation of run 3 is ${limit + 1} bytes, more than an evaluation report, its examples, a run record and a profile can be`,
    );
    await expect(resolveBaseline(spec(), { workDir, forge: big.forge, download: big.download })).rejects.toThrow('upload only the evaluation report, its per-example file');
    expect(big.calls.downloads).toEqual([]);
    const ok = fakeForge([run(3)], { 3: [art(30, 'mlops-evaluation', { sizeInBytes: limit })] });
    expect((await resolveBaseline(spec(), { workDir, forge: ok.forge, download: ok.download })).info.kind).toBe('base-branch');
  });

  it('the report path must stay inside the artifact', async () => {
    const workDir = await mkdtemp(join(tmpdir(), 'baseline-mut-'));
    for (const reportPath of ['../evaluation.json', '/etc/passwd', 'a/../../x.json']) {
      const f = fakeForge([run(3)], { 3: [art(30)] });
      await expect(resolveBaseline(spec({ reportPath }), { workDir, forge: f.forge, download: f.download })).rejects.toThrow(
        `artifact-report ${JSON.stringify(reportPath)} must be a relative path inside the artifact`,
      );
    }
    const f = fakeForge([run(3)], { 3: [art(30)] });
    const got = await resolveBaseline(spec({ reportPath: 'out/evaluation.json' }), { workDir, forge: f.forge, download: f.download });
    expect(got.file).toBe(join(f.calls.downloads[0]!.destination, 'out', 'evaluation.json'));
  });
});
