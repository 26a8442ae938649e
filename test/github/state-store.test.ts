import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GitHubStateStore } from '../../shared/github/github-state-store.js';
import { gitStore, moveRefBeforeUpdate, seedBranch, seedRepo, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { REPO, simClient } from './sim-client.js';

const UPDATE_REF = '/repos/{owner}/{repo}/git/refs/{ref}';
const full = `${REPO.owner}/${REPO.repo}`;
let sim: GitHubSim;
beforeEach(async () => {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: REPO.owner, name: REPO.repo });
});
afterEach(() => sim.stop());

const store = () => new GitHubStateStore(simClient(sim), REPO);
const headOf = (branch = 'mlops-registry') => gitStore(sim.state).refsOf(full).get(`heads/${branch}`);

/** The caller's side of the port: read, apply, write; again on a lost race (bounded). */
async function update(s: GitHubStateStore, model: string, apply: (doc: { entries: string[] }) => void, line: string): Promise<number> {
  for (let attempt = 1; attempt <= 10; attempt++) {
    const cur = await s.read(model);
    const doc = structuredClone((cur?.value as { entries: string[] } | undefined) ?? { entries: [] });
    apply(doc);
    if (await s.write(model, doc, [line], cur?.revision, `registry: ${line}`)) return attempt;
  }
  throw new Error('never won the race in 10 attempts');
}

describe('GitHubStateStore', () => {
  it('creates the registry branch with an orphan commit on the first write, then reads at its head', async () => {
    const s = store();
    expect(await s.read('churn')).toBeUndefined();
    expect(await s.write('churn', { aliases: { production: '1.0.0' } }, ['{"action":"promote","version":"1.0.0"}'], undefined, 'promote churn 1.0.0')).toBe(true);
    const head = headOf()!;
    const commit = gitStore(sim.state).commits.get(head)!;
    expect(commit.parents).toEqual([]);
    expect(commit.message).toBe('promote churn 1.0.0');
    expect(await s.read('churn')).toEqual({ value: { aliases: { production: '1.0.0' } }, revision: head });
    expect(await s.audit('churn')).toEqual(['{"action":"promote","version":"1.0.0"}']);
    expect(await s.models()).toEqual(['churn']);
    // The files are where docs/github.md says, as text a person can read on the branch.
    const files = gitStore(sim.state).trees.get(commit.tree)!;
    expect([...files.keys()].sort()).toEqual(['registry/churn.audit.jsonl', 'registry/churn.json']);
  });

  it('appends audit lines to the log read at the expected revision and keeps other files', async () => {
    seedBranch(sim, full, 'mlops-registry', { 'README.md': 'registry branch\n', 'registry/fraud.json': '{}\n' });
    const s = store();
    expect(await s.write('churn', { v: 1 }, ['{"n":1}'], undefined, 'one')).toBe(true);
    const r1 = await s.read('churn');
    expect(await s.write('churn', { v: 2 }, ['{"n":2}', '{"n":3}'], r1!.revision, 'two')).toBe(true);
    expect(await s.audit('churn')).toEqual(['{"n":1}', '{"n":2}', '{"n":3}']);
    expect((await s.read('churn'))!.value).toEqual({ v: 2 });
    expect(gitStore(sim.state).commits.get(headOf()!)!.parents).toEqual([r1!.revision]);
    expect(await s.models()).toEqual(['churn', 'fraud']);
  });

  it('answers false for a stale revision, and for "must not exist" when the document exists', async () => {
    const s = store();
    await s.write('churn', { v: 1 }, ['a'], undefined, 'one');
    const r1 = (await s.read('churn'))!.revision;
    await s.write('churn', { v: 2 }, ['b'], r1, 'two');
    expect(await s.write('churn', { v: 3 }, ['c'], r1, 'stale')).toBe(false);
    expect(await s.write('churn', { v: 3 }, ['c'], undefined, 'create again')).toBe(false);
    expect(await s.audit('churn')).toEqual(['a', 'b']);
  });

  it('returns false when the ref moves between read and update, and succeeds on the retry', async () => {
    const s = store();
    await s.write('churn', { v: 1 }, ['a'], undefined, 'one');
    const cur = (await s.read('churn'))!;
    const hook = moveRefBeforeUpdate(sim, { repo: full, branch: 'mlops-registry', files: { 'registry/fraud.json': '{"other":true}\n' } });
    expect(await s.write('churn', { v: 2 }, ['b'], cur.revision, 'two')).toBe(false);
    expect(hook.firedCommit).toBe(headOf());
    expect(sim.requestsTo('PATCH', UPDATE_REF).map((r) => r.status)).toEqual([422]);
    const again = (await s.read('churn'))!;
    expect(again.revision).toBe(hook.firedCommit);
    expect(await s.write('churn', { v: 2 }, ['b'], again.revision, 'two')).toBe(true);
    expect(await s.audit('churn')).toEqual(['a', 'b']);
    expect(await s.models()).toEqual(['churn', 'fraud']);
  });

  it('loses no update when two writers race, each retrying on false', async () => {
    const a = store();
    const b = store();
    await a.write('churn', { entries: [] }, ['{"init":true}'], undefined, 'init');
    const attempts = await Promise.all([
      update(a, 'churn', (d) => d.entries.push('from-a'), '{"writer":"a"}'),
      update(b, 'churn', (d) => d.entries.push('from-b'), '{"writer":"b"}'),
    ]);
    expect(attempts.some((n) => n > 1)).toBe(true); // the race really happened
    const doc = (await a.read('churn'))!.value as { entries: string[] };
    expect(doc.entries.sort()).toEqual(['from-a', 'from-b']);
    expect((await a.audit('churn')).sort()).toEqual(['{"init":true}', '{"writer":"a"}', '{"writer":"b"}']);
  });

  it('lets exactly one of two concurrent first writers create the branch', async () => {
    const results = await Promise.all([store().write('churn', { by: 'a' }, ['a'], undefined, 'a'), store().write('fraud', { by: 'b' }, ['b'], undefined, 'b')]);
    expect([...results].sort()).toEqual([false, true]);
    const loser = results[0] ? 'fraud' : 'churn';
    // The loser retries (re-read: the branch exists now) and lands on top of the winner.
    expect(await store().write(loser, { by: 'retry' }, ['r'], undefined, 'retry')).toBe(true);
    expect(await store().models()).toEqual(['churn', 'fraud']);
  });

  it('refuses a model name that would leave registry/', async () => {
    await expect(store().write('../main', {}, [], undefined, 'x')).rejects.toThrow(/cannot name a registry file/);
  });
});
