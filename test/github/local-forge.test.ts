import { mkdtemp, readFile, readdir, stat, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { checkRunName, stickyMarker } from '../../shared/formats/forge-markers.js';
import { LocalForge } from '../../shared/local/local-forge.js';
import { ForgeError } from '../../shared/ports/forge-error.js';
import { zipFiles } from '../support/github-sim/zip.js';
import { REPO } from './sim-client.js';

let root: string;
let forge: LocalForge;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'mlops-local-forge-'));
  forge = new LocalForge(root);
});

const marker = stickyMarker({ workflow: 'pr-report', model: 'churn' });

describe('LocalForge', () => {
  it('writes one Markdown file per marker and rewrites it only when the body changes', async () => {
    const p = { ...REPO, issue_number: 12, marker };
    const a = await forge.upsertStickyComment({ ...p, body: 'v1' });
    const path = forge.commentPath(p);
    const mtime = (await stat(path)).mtimeMs;
    const b = await forge.upsertStickyComment({ ...p, body: 'v1' });
    expect((await stat(path)).mtimeMs).toBe(mtime);
    const c = await forge.upsertStickyComment({ ...p, body: 'v2' });
    expect([a.action, b.action, c.action]).toEqual(['created', 'unchanged', 'updated']);
    expect(new Set([a.commentId, b.commentId, c.commentId]).size).toBe(1);
    expect(await readFile(path, 'utf8')).toBe(`${marker}\nv2`);
    expect(path).toBe(join(root, 'octo-org', 'model-zoo', 'comments', '12', 'pr-report--churn.md'));
    const other = await forge.upsertStickyComment({ ...p, marker: stickyMarker({ workflow: 'pr-report', model: 'fraud' }), body: 'x' });
    expect(other.commentId).not.toBe(a.commentId);
    expect(await readdir(join(root, 'octo-org', 'model-zoo', 'comments', '12'))).toEqual(['pr-report--churn.md', 'pr-report--fraud.md']);
  });

  it('writes one JSON file per check run name and SHA, the same bytes on a re-run', async () => {
    const params = { ...REPO, name: checkRunName('churn'), head_sha: 'a'.repeat(40), conclusion: 'success' as const, title: 'ok', summary: 'all good' };
    const first = await forge.upsertCheckRun(params);
    const path = forge.checkRunPath(params);
    const bytes = await readFile(path, 'utf8');
    const again = await forge.upsertCheckRun(params);
    expect(await readFile(path, 'utf8')).toBe(bytes);
    expect(again.checkRunId).toBe(first.checkRunId);
    expect(JSON.parse(bytes)).toMatchObject({ schema: 'mlops-actions/local-check-run@1', name: 'mlops / churn', status: 'completed', conclusion: 'success' });
  });

  it('keeps untrusted names inside its folder', async () => {
    const p = { owner: '../../etc', repo: '..', issue_number: 1, marker: stickyMarker({ workflow: '../x', model: '../../passwd' }) };
    const path = forge.commentPath(p);
    expect(path.startsWith(root)).toBe(true);
    expect(path.slice(root.length).split(sep).filter((part) => part === '..' || part === '.')).toEqual([]);
  });

  it('refuses an over-long comment like GitHub would', async () => {
    await expect(forge.upsertStickyComment({ ...REPO, issue_number: 1, marker, body: 'x'.repeat(70_000) })).rejects.toBeInstanceOf(ForgeError);
  });

  it('reads runs, PRs and artifacts that were put in its folder', async () => {
    const dir = join(root, 'octo-org', 'model-zoo');
    await mkdir(join(dir, 'runs'), { recursive: true });
    await mkdir(join(dir, 'artifacts', '42'), { recursive: true });
    const run = { id: 42, runNumber: 1, headSha: 'b'.repeat(40), headBranch: 'main', event: 'push', conclusion: 'success', createdAt: '2024-01-01T00:00:00Z', url: '' };
    await writeFile(join(dir, 'runs', 'pr-report.yml.json'), JSON.stringify([run, { ...run, id: 43, conclusion: 'failure' }]));
    const zip = zipFiles({ 'evaluation.json': '{}' });
    await writeFile(join(dir, 'artifacts', '42', 'evaluation-churn.zip'), zip);
    await writeFile(join(dir, 'pulls.json'), JSON.stringify([{ number: 3, state: 'open', headSha: 'c'.repeat(40), headRef: 'x', headRepo: 'octo-org/model-zoo', baseRef: 'main', isFork: false, url: '' }]));
    expect((await forge.listSuccessfulWorkflowRuns({ ...REPO, workflow: 'pr-report.yml', branch: 'main' })).map((r) => r.id)).toEqual([42]);
    const [artifact] = await forge.listRunArtifacts({ ...REPO, run_id: 42 });
    expect(artifact).toMatchObject({ name: 'evaluation-churn', sizeInBytes: zip.length });
    expect(await forge.downloadArtifact({ ...REPO, artifact_id: artifact!.id })).toEqual(zip);
    expect((await forge.findPullRequestsForSha({ ...REPO, sha: 'c'.repeat(40) })).map((p) => p.number)).toEqual([3]);
  });
});
