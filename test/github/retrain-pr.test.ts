import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DRIFT_SCHEMA, driftReportSchema, type ColumnDrift, type DriftReport } from '../../shared/formats/drift-format.js';
import { ForgeError } from '../../shared/ports/forge-error.js';
import { type Forge, type RetrainPullRequestParams } from '../../shared/ports/forge.js';
import { readRetrainDecision } from '../../shared/formats/forge-markers.js';
import { type OnRecovery } from '../../shared/formats/retrain-request-format.js';
import { GitHubForge } from '../../shared/github/github-forge.js';
import { LocalForge, type LocalRetrainPull } from '../../shared/local/local-forge.js';
import { upsertRetrainPullRequest } from '../../shared/github/retrain-pr.js';
import { sameRequestEvidence } from '../../shared/ports/forge-requests.js';
import { renderDriftPrBody, retrainRequestOf } from '../../shared/report/drift-pr-body.js';
import { gitStore, moveRefBeforeUpdate, seedBranch, seedRepo, startGitHubSim, type GitHubSim } from '../support/github-sim/index.js';
import { repoLabels } from '../support/github-sim/routes/labels.js';
import { pullSettings } from '../support/github-sim/routes/pulls.js';
import { REPO, captureLog, simClient } from './sim-client.js';

const full = `${REPO.owner}/${REPO.repo}`;
const BRANCH = 'mlops/retrain/churn';
const FILE = '.mlops/retrain/churn.json';
const PULLS = '/repos/{owner}/{repo}/pulls';
const PULL = '/repos/{owner}/{repo}/pulls/{pull_number}';
const UPDATE_REF = '/repos/{owner}/{repo}/git/refs/{ref}';

function col(column: string, o: Partial<ColumnDrift> = {}): ColumnDrift {
  return { column, kind: 'numeric', test: 'psi', statistic: 0.05, p_value: null, threshold: 0.1, drifted: false, method: 'exact', reason: 'configured', reference_rows: 1000, current_rows: 900, ...o };
}

/** A drift report; `psi` is the `age` column's statistic (drifted at ≥ 0.1). */
function report(decision: DriftReport['decision'], o: { psi?: number; at?: string; model?: string } = {}): DriftReport {
  const psi = o.psi ?? (decision === 'ok' || decision === 'degradation' ? 0.02 : 0.25);
  const columns = [col('age', { statistic: psi, drifted: psi >= 0.1 }), col('income')];
  const drifted = columns.filter((c) => c.drifted).length;
  const failing = decision === 'degradation' || decision === 'drift_and_degradation';
  return driftReportSchema.parse({
    schema: DRIFT_SCHEMA,
    model: o.model ?? 'churn',
    created_at: o.at ?? '2024-06-01T06:00:00Z',
    reference: { kind: 'production', file: null, version: '1.4.0', tag: 'churn-v1.4.0', alias: 'production', rows: 1095, sha256: null },
    current: { rows: 900, sources: [{ kind: 'file', name: 'current.csv', rows: 900 }], window: { from: '2024-05-25T00:00:00Z', to: '2024-06-01T00:00:00Z' } },
    data: { dataset_drift: drifted / 2 >= 0.3, share: drifted / 2, share_threshold: 0.3, tested: 2, drifted, columns, skipped: [] },
    metrics: [{ name: 'accuracy', source: 'evaluation', value: failing ? 0.7 : 0.9, rule: 'min', threshold: 0.85, baseline: null, passed: !failing, message: '' }],
    decision,
    reasons: decision === 'ok' ? [] : [`decision ${decision}`],
  });
}

function params(r: DriftReport, o: Partial<RetrainPullRequestParams> & { runUrl?: string } = {}): RetrainPullRequestParams {
  const { runUrl = 'https://github.com/octo-org/model-zoo/actions/runs/1', ...rest } = o;
  const model = r.model!;
  return {
    ...REPO,
    model,
    decision: r.decision,
    request: retrainRequestOf(r, { runUrl }),
    body: renderDriftPrBody(r, { runUrl, onRecovery: rest.onRecovery }),
    reviewers: ['alice-ml'],
    ...rest,
  };
}

let sim: GitHubSim;
let mainHead: string;
beforeEach(async () => {
  sim = await startGitHubSim();
  seedRepo(sim, { owner: REPO.owner, name: REPO.repo }).default_branch = 'main';
  mainHead = seedBranch(sim, full, 'main', { 'README.md': '# model zoo\n', 'train.py': 'print("train")\n' });
});
afterEach(() => sim.stop());

const forge = (log = captureLog()) => new GitHubForge(simClient(sim, { logger: log }));
const git = () => gitStore(sim.state);
const headOf = (branch = BRANCH) => git().refsOf(full).get(`heads/${branch}`);
const pulls = () => sim.state.pullsOf(full);
const openPulls = () => pulls().filter((p) => p.state === 'open');
const pull = (n: number) => sim.state.pulls.get(`${full}#${n}`);
const commentsOn = (n: number) => sim.state.commentsOn(full, n);
function fileAt(commit: string, path = FILE): string | undefined {
  const entry = git().trees.get(git().commits.get(commit)!.tree)!.get(path);
  return entry ? git().blobs.get(entry.sha)!.toString('utf8') : undefined;
}

describe('upsertRetrainPullRequest on GitHub', () => {
  it('opens one PR from mlops/retrain/<model> with one commit of the request file on the base head, labelled, reviewers asked', async () => {
    const r = report('drift');
    const res = await forge().upsertRetrainPullRequest(params(r));
    expect(res).toMatchObject({ operation: 'created', commented: false, committed: true, warnings: [] });
    const pr = pull(res.number!);
    expect(res.url).toBe(pr.html_url);
    expect(pr).toMatchObject({ state: 'open', title: 'Retrain churn', head: { ref: BRANCH }, base: { ref: 'main' } });
    expect(readRetrainDecision(pr.body, 'churn')).toBe('drift');
    // One commit on main's head: main's files kept, the request file added.
    const head = headOf()!;
    expect(pr.head.sha).toBe(head);
    expect(git().commits.get(head)!.parents).toEqual([mainHead]);
    expect(fileAt(head, 'README.md')).toBe('# model zoo\n');
    expect(JSON.parse(fileAt(head)!)).toEqual(retrainRequestOf(r, { runUrl: 'https://github.com/octo-org/model-zoo/actions/runs/1' }));
    // The label did not exist: adding it created it, as GitHub does.
    expect(pr.labels.map((l: { name: string }) => l.name)).toEqual(['mlops:retrain']);
    expect(repoLabels(sim.state, full).get('mlops:retrain')).toMatchObject({ color: 'ededed' });
    expect(pr.requested_reviewers.map((u: { login: string }) => u.login)).toEqual(['alice-ml']);
    // The default branch came from the repository.
    expect(sim.requestsTo('GET', '/repos/{owner}/{repo}')).toHaveLength(1);
  });

  it('on a re-run with the same evidence writes nothing; new evidence adds one commit and updates the body, without a comment', async () => {
    const f = forge();
    const first = await f.upsertRetrainPullRequest(params(report('drift')));
    const head1 = headOf()!;
    const patches = () => sim.requestsTo('PATCH', PULL).length;

    pull(first.number!).title = 'Retrain churn (looking into it — @alice-ml)';
    const again = await f.upsertRetrainPullRequest(params(report('drift')));
    expect(again).toMatchObject({ operation: 'updated', number: first.number, commented: false, committed: false });
    expect(pull(first.number!).title).toBe('Retrain churn (looking into it — @alice-ml)');
    expect(headOf()).toBe(head1);
    expect(patches()).toBe(0);

    // A later run finding the same evidence: only the run fields differ, so no commit.
    const sameEvidence = params(report('drift', { at: '2024-06-02T06:00:00Z' }), { runUrl: 'https://github.com/octo-org/model-zoo/actions/runs/2' });
    const later = await f.upsertRetrainPullRequest(sameEvidence);
    expect(later.committed).toBe(false);
    expect(headOf()).toBe(head1);
    expect(pull(first.number!).body).toBe(sameEvidence.body);

    const moved = await f.upsertRetrainPullRequest(params(report('drift', { psi: 0.4, at: '2024-06-03T06:00:00Z' })));
    expect(moved).toMatchObject({ operation: 'updated', number: first.number, commented: false, committed: true });
    const head2 = headOf()!;
    expect(git().commits.get(head2)!.parents).toEqual([head1]);
    expect(JSON.parse(fileAt(head2)!).drift.drifted_columns[0].statistic).toBe(0.4);
    expect(pull(first.number!).body).toContain('| age | psi | 0.4000 |');
    expect(commentsOn(first.number!)).toHaveLength(0);
    expect(pulls()).toHaveLength(1);
  });

  it('comments once when the decision changes, not again on the next run with the same decision', async () => {
    const f = forge();
    const { number } = await f.upsertRetrainPullRequest(params(report('drift')));
    const changed = await f.upsertRetrainPullRequest(params(report('degradation')));
    expect(changed).toMatchObject({ operation: 'updated', commented: true, committed: true });
    expect(readRetrainDecision(pull(number!).body, 'churn')).toBe('degradation');
    const again = await f.upsertRetrainPullRequest(params(report('degradation', { at: '2024-06-02T06:00:00Z' })));
    expect(again.commented).toBe(false);
    const comments = commentsOn(number!);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('**Decision changed**: the latest drift check finds metric degradation (was: data drift)');
    expect(readRetrainDecision(comments[0]!.body, 'churn', 'event')).toBe('degradation');
  });

  it('on recovery with on-recovery: comment, comments once and keeps the PR open', async () => {
    const f = forge();
    const { number } = await f.upsertRetrainPullRequest(params(report('drift')));
    const head = headOf();
    const ok = await f.upsertRetrainPullRequest(params(report('ok'), { onRecovery: 'comment' }));
    expect(ok).toMatchObject({ operation: 'updated', number, commented: true, committed: false });
    expect(pull(number!).state).toBe('open');
    expect(readRetrainDecision(pull(number!).body, 'churn')).toBe('ok');
    expect(headOf()).toBe(head); // the request that opened the PR stays on the branch
    const again = await f.upsertRetrainPullRequest(params(report('ok', { at: '2024-06-02T06:00:00Z' }), { onRecovery: 'comment' }));
    expect(again.commented).toBe(false);
    expect(commentsOn(number!).map((c) => readRetrainDecision(c.body, 'churn', 'event'))).toEqual(['ok']);
    // Drift returns while the PR is open: the same PR, a comment, a commit.
    const back = await f.upsertRetrainPullRequest(params(report('drift', { psi: 0.3 })));
    expect(back).toMatchObject({ operation: 'updated', number, commented: true, committed: true });
    expect(commentsOn(number!).map((c) => readRetrainDecision(c.body, 'churn', 'event'))).toEqual(['ok', 'drift']);
  });

  it('on recovery with on-recovery: close, comments, closes and deletes the branch; the next drift opens a new PR from the base', async () => {
    const f = forge();
    const first = await f.upsertRetrainPullRequest(params(report('drift')));
    const closed = await f.upsertRetrainPullRequest(params(report('ok'), { onRecovery: 'close' }));
    expect(closed).toMatchObject({ operation: 'closed', number: first.number, commented: true });
    expect(pull(first.number!).state).toBe('closed');
    expect(readRetrainDecision(pull(first.number!).body, 'churn')).toBe('drift'); // the record of why it was opened
    expect(headOf()).toBeUndefined();
    expect(commentsOn(first.number!)[0]!.body).toContain('Closing this PR');

    expect(await f.upsertRetrainPullRequest(params(report('ok'), { onRecovery: 'close' }))).toMatchObject({ operation: 'none', commented: false });
    expect(await f.upsertRetrainPullRequest(params(report('ok')))).toEqual({ operation: 'none', commented: false, committed: false, warnings: [] });

    const again = await f.upsertRetrainPullRequest(params(report('drift')));
    expect(again.operation).toBe('created');
    expect(again.number).not.toBe(first.number);
    expect(git().commits.get(headOf()!)!.parents).toEqual([mainHead]);
    expect(openPulls().map((p) => p.number)).toEqual([again.number]);
  });

  it('on recovery with on-recovery: none, leaves the PR alone', async () => {
    const f = forge();
    const { number } = await f.upsertRetrainPullRequest(params(report('drift')));
    const body = pull(number!).body;
    const res = await f.upsertRetrainPullRequest(params(report('ok'), { onRecovery: 'none' }));
    expect(res).toMatchObject({ operation: 'none', number, commented: false, committed: false });
    expect(pull(number!)).toMatchObject({ state: 'open', body });
    expect(commentsOn(number!)).toHaveLength(0);
  });

  it('resets a branch left behind by a merged PR and opens a new PR for the next drift', async () => {
    const f = forge();
    const first = await f.upsertRetrainPullRequest(params(report('drift')));
    const oldHead = headOf()!;
    // Merged (the branch kept): main moves on with the merge.
    const merge = seedBranch(sim, full, 'main', { [FILE]: fileAt(oldHead)! }, 'Merge pull request');
    Object.assign(pull(first.number!), { state: 'closed', merged: true, merged_at: '2024-06-02T00:00:00Z', closed_at: '2024-06-02T00:00:00Z', merge_commit_sha: merge });

    const next = await f.upsertRetrainPullRequest(params(report('drift', { psi: 0.5, at: '2024-06-09T06:00:00Z' })));
    expect(next.operation).toBe('created');
    expect(next.number).toBe(first.number! + 1);
    const head = headOf()!;
    expect(git().commits.get(head)!.parents).toEqual([merge]);
    expect(git().isAncestor(oldHead, head)).toBe(false);
    expect(sim.requestsTo('PATCH', UPDATE_REF).map((x) => x.status)).toEqual([200]); // the forced reset
  });

  it('leaves exactly one PR when runs race, and one comment when they race on a decision change', async () => {
    for (let round = 0; round < 3; round++) {
      const model = `model-${round}`;
      // Round 1: the first PR create is held back, so another run's create overtakes it and the
      // held one meets GitHub's 422 "A pull request already exists".
      if (round === 1) sim.injectFault({ route: `POST ${PULLS}`, kind: 'timeout', delayMs: 300 });
      const branch = `mlops/retrain/${model}`;
      const results = await Promise.all([0, 1, 2].map(() => forge().upsertRetrainPullRequest(params(report('drift', { model })))));
      const mine = pulls().filter((p) => p.head.ref === branch);
      expect(mine).toHaveLength(1);
      expect(mine[0].state).toBe('open');
      expect(new Set(results.map((x) => x.number))).toEqual(new Set([mine[0].number]));
      expect(results.some((x) => x.operation === 'created')).toBe(true);
      // The branch is one commit on main carrying the file, whoever won.
      const head = headOf(branch)!;
      expect(git().commits.get(head)!.parents).toEqual([mainHead]);
      expect(mine[0].head.sha).toBe(head);
      expect(mine[0].labels.map((l: { name: string }) => l.name)).toEqual(['mlops:retrain']);

      await Promise.all([0, 1, 2].map(() => forge().upsertRetrainPullRequest(params(report('degradation', { model })))));
      expect(commentsOn(mine[0].number).map((c) => readRetrainDecision(c.body, model, 'event'))).toEqual(['degradation']);
    }
    // Both races really happened: on creating the branch, and on opening the PR.
    expect(sim.requestsTo('POST', '/repos/{owner}/{repo}/git/refs').some((x) => x.status === 422)).toBe(true);
    expect(sim.requestsTo('POST', PULLS).some((x) => x.status === 422)).toBe(true);
  });

  it('finishes its own create when GitHub applied it but answered 502, and retries 5xx on the way', async () => {
    sim.injectFault({ route: `POST ${PULLS}`, kind: 'status', status: 502, afterApply: true });
    sim.injectFault({ route: 'POST /repos/{owner}/{repo}/git/commits', kind: 'status', status: 503, times: 2 });
    const res = await forge().upsertRetrainPullRequest(params(report('drift')));
    expect(res.operation).toBe('created');
    expect(pulls()).toHaveLength(1);
    expect(sim.requestsTo('POST', PULLS).map((x) => x.status)).toEqual([502, 422]);
    expect(pull(res.number!).requested_reviewers.map((u: { login: string }) => u.login)).toEqual(['alice-ml']);
    expect(pull(res.number!).labels.map((l: { name: string }) => l.name)).toEqual(['mlops:retrain']);
  });

  it('waits out a secondary rate limit and carries on', async () => {
    sim.injectFault({ route: `POST ${PULLS}`, kind: 'secondary-rate-limit', retryAfterSeconds: 2 });
    const log = captureLog();
    const res = await forge(log).upsertRetrainPullRequest(params(report('drift')));
    expect(res.operation).toBe('created');
    expect(pulls()).toHaveLength(1);
    expect(log.lines.some((l) => /secondary rate limit on POST/.test(l))).toBe(true);
  });

  it('commits on top of the branch when another writer moved it between read and update', async () => {
    const f = forge();
    await f.upsertRetrainPullRequest(params(report('drift')));
    const hook = moveRefBeforeUpdate(sim, { repo: full, branch: BRANCH, files: { 'notes/human.md': 'a person pushed this\n' } });
    const res = await f.upsertRetrainPullRequest(params(report('drift', { psi: 0.6 })));
    expect(res.committed).toBe(true);
    expect(sim.requestsTo('PATCH', UPDATE_REF).map((x) => x.status)).toEqual([422, 200]);
    const head = headOf()!;
    expect(git().commits.get(head)!.parents).toEqual([hook.firedCommit]);
    expect(fileAt(head, 'notes/human.md')).toBe('a person pushed this\n');
    expect(JSON.parse(fileAt(head)!).drift.drifted_columns[0].statistic).toBe(0.6);
  });

  it('opens the PR but warns when GitHub refuses a reviewer', async () => {
    pullSettings(sim.state).collaborators = new Set(['bob-reviewer']);
    const res = await forge().upsertRetrainPullRequest(params(report('drift'), { reviewers: ['not-a-collaborator'] }));
    expect(res.operation).toBe('created');
    expect(res.warnings).toHaveLength(1);
    expect(res.warnings[0]).toMatch(/could not request reviewers not-a-collaborator on #\d+/);
  });

  it('names the repository setting when GITHUB_TOKEN may not open PRs', async () => {
    pullSettings(sim.state).actionsMayCreatePulls = false;
    const err = await forge().upsertRetrainPullRequest(params(report('drift'))).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ForgeError);
    expect((err as ForgeError).status).toBe(403);
    expect((err as ForgeError).message).toMatch(/Allow GitHub Actions to create and approve pull requests/);
    // A PAT or App token is not bound by that setting.
    const res = await new GitHubForge(simClient(sim, { token: sim.userToken })).upsertRetrainPullRequest(params(report('drift')));
    expect(res.operation).toBe('created');
    expect(pull(res.number!).user.login).toBe('octocat-ml');
  });

  it('keeps a hostile model name out of the branch, the file path and the marker', async () => {
    const model = 'churn --> <b>x</b> ../../etc @team';
    const res = await upsertRetrainPullRequest(simClient(sim), params(report('drift', { model })));
    const pr = pull(res.number!);
    expect(pr.head.ref).toBe('mlops/retrain/churn-b-x-b-.-.-etc-team');
    expect(pr.body.split('\n')[0]).toBe('<!-- mlops-actions:retrain/churn-b-x-b-.-.-etc-team decision=drift -->');
    expect(pr.body).not.toContain('<b>');
    expect(pr.title).toBe(`Retrain ${model}`);
    expect(fileAt(pr.head.sha, '.mlops/retrain/churn-b-x-b-.-.-etc-team.json')).toBeDefined();
  });

  it('refuses a branch that is the base, and a body over GitHub’s limit, before any call', async () => {
    await expect(forge().upsertRetrainPullRequest({ ...params(report('drift')), branch: 'main', base: 'main' })).rejects.toThrow(/both "main"/);
    await expect(forge().upsertRetrainPullRequest({ ...params(report('drift')), body: 'x'.repeat(70_000) })).rejects.toThrow(/65536/);
    expect(sim.requests).toHaveLength(0);
  });
});

describe('sameRequestEvidence', () => {
  it('ignores only the run fields', () => {
    const a = JSON.stringify({ schema: 's', decision: 'drift', run_url: 'u1', detected_at: 't1' });
    expect(sameRequestEvidence(a, JSON.stringify({ schema: 's', decision: 'drift', run_url: 'u2', detected_at: 't2' }))).toBe(true);
    expect(sameRequestEvidence(a, JSON.stringify({ schema: 's', decision: 'degradation', run_url: 'u1', detected_at: 't1' }))).toBe(false);
    expect(sameRequestEvidence(undefined, a)).toBe(false);
    expect(sameRequestEvidence('not json', a)).toBe(false);
  });
});

describe('upsertRetrainPullRequest on the local forge', () => {
  let root: string;
  let local: LocalForge;
  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'mlops-retrain-'));
    local = new LocalForge(root);
  });
  const dir = () => local.retrainDir({ ...REPO, model: 'churn' });
  const state = async () => JSON.parse(await readFile(join(dir(), 'pull.json'), 'utf8')) as LocalRetrainPull;
  const comments = async (n: number) => (await readdir(join(dir(), 'comments', String(n))).catch(() => [])).sort();

  it('plays the same flow on files: create, re-run, new evidence, decision change, recovery, close, reopen', async () => {
    const f: Forge = local;
    const run = (r: DriftReport, onRecovery?: OnRecovery) => f.upsertRetrainPullRequest(params(r, onRecovery ? { onRecovery } : {}));

    const created = await run(report('drift'));
    expect(created).toMatchObject({ operation: 'created', committed: true, commented: false });
    expect(dir()).toBe(join(root, 'octo-org', 'model-zoo', 'retrain', 'churn'));
    expect(await state()).toMatchObject({ number: created.number, state: 'open', decision: 'drift', branch: BRANCH, path: FILE, labels: ['mlops:retrain'], reviewers: ['alice-ml'], commits: 1, generation: 1 });
    expect(readRetrainDecision(await readFile(join(dir(), 'body.md'), 'utf8'), 'churn')).toBe('drift');
    expect(JSON.parse(await readFile(join(dir(), 'request.json'), 'utf8')).decision).toBe('drift');

    expect(await run(report('drift', { at: '2024-06-02T06:00:00Z' }))).toMatchObject({ operation: 'updated', number: created.number, committed: false, commented: false });
    expect((await state()).commits).toBe(1);
    expect(await run(report('drift', { psi: 0.5 }))).toMatchObject({ committed: true, commented: false });
    expect((await state()).commits).toBe(2);

    expect(await run(report('degradation'))).toMatchObject({ operation: 'updated', commented: true });
    expect(await run(report('degradation'))).toMatchObject({ commented: false });
    expect(await comments(created.number!)).toEqual(['001-degradation.md']);

    expect(await run(report('ok'), 'comment')).toMatchObject({ operation: 'updated', commented: true });
    expect(await run(report('ok'), 'comment')).toMatchObject({ commented: false });
    expect(await run(report('ok'), 'none')).toMatchObject({ operation: 'none', number: created.number });
    expect(await run(report('ok'), 'close')).toMatchObject({ operation: 'closed', number: created.number });
    expect((await state()).state).toBe('closed');
    expect(await comments(created.number!)).toEqual(['001-degradation.md', '002-ok.md']);
    expect(await run(report('ok'), 'close')).toMatchObject({ operation: 'none', commented: false });

    const reopened = await run(report('drift'));
    expect(reopened.operation).toBe('created');
    expect(reopened.number).not.toBe(created.number);
    expect(await state()).toMatchObject({ state: 'open', generation: 2, commits: 1, comments: [] });
  });
});
