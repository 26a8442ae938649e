/**
 * The Forge as files: what would have been posted is written to a folder, so `mlops` runs every
 * step locally and a person (or a test) reads the result. Same idempotency as GitHub: one file per
 * sticky marker, one per check run name + SHA; writing the same content again changes nothing.
 *
 *   <root>/<owner>/<repo>/comments/<issue_number>/<marker id>.md     sticky comments (body as posted)
 *   <root>/<owner>/<repo>/check-runs/<head_sha>/<name>.json          check runs
 *   <root>/<owner>/<repo>/retrain/<model>/pull.json                  the retraining PR: number, state, decision, labels, …
 *   <root>/<owner>/<repo>/retrain/<model>/body.md                    its description
 *   <root>/<owner>/<repo>/retrain/<model>/request.json               the request file it would commit
 *   <root>/<owner>/<repo>/retrain/<model>/comments/<number>/<n>-<decision>.md   its comments
 * Read, when present (written by the user or a test, to play earlier runs):
 *   <root>/<owner>/<repo>/pulls.json                                  ForgePullRequest[]
 *   <root>/<owner>/<repo>/runs/<workflow>.json                        LocalWorkflowRun[]
 *   <root>/<owner>/<repo>/artifacts/<run_id>/<name>.zip               artifacts of a run
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileAtomic } from '../runtime/atomic-write.js';
import { InputError, UsageError } from '../runtime/errors.js';
import { assertCheckOutputFits } from '../ports/forge-requests.js';
import type { CheckRunParams, CheckRunResult, Forge, ForgeArtifact, ForgePullRequest, ForgeWorkflowRun, RepoRef, RetrainPullRequestParams, RetrainPullRequestResult, StickyCommentParams, StickyCommentResult, WorkflowRunQuery } from '../ports/forge.js';
import type { RetrainDecision } from '../formats/retrain-request-format.js';
import { modelSlug, readRetrainDecision, withMarker } from '../formats/forge-markers.js';
import { renderRetrainEventComment } from '../report/drift-pr-body.js';
import { resolveRetrainParams, sameRequestEvidence } from '../ports/forge-requests.js';
import { assertCommentFits } from '../ports/forge-requests.js';

export interface LocalWorkflowRun extends ForgeWorkflowRun {
  /** Only `completed` + `success` runs are returned by listSuccessfulWorkflowRuns. */
  status?: string;
}

export const LOCAL_CHECK_RUN_SCHEMA = 'mlops-actions/local-check-run@1';
export const LOCAL_RETRAIN_PR_SCHEMA = 'mlops-actions/local-retrain-pr@1';

/** `retrain/<model>/pull.json`: the retraining PR as the local forge keeps it. */
export interface LocalRetrainPull {
  schema: typeof LOCAL_RETRAIN_PR_SCHEMA;
  number: number;
  url: string;
  state: 'open' | 'closed';
  /** The decision in the body's marker. */
  decision: RetrainDecision;
  title: string;
  /** null: the repository's default branch. */
  base: string | null;
  branch: string;
  /** Where the request file would be committed on the branch. */
  path: string;
  labels: string[];
  reviewers: string[];
  team_reviewers: string[];
  /** Commits of the request file on the branch since the PR opened (1 when opened). */
  commits: number;
  /** Comments posted, in order (file names under comments/<number>/). */
  comments: string[];
  /** PRs opened for this model so far (a new one after a close). */
  generation: number;
}

/** A stable positive id for a local object (GitHub ids are numbers; ours derive from the path). */
function localId(key: string): number {
  return createHash('sha256').update(key).digest().readUIntBE(0, 6);
}

/** A path segment from untrusted text: no separators, no `..`, nothing hidden. */
function segment(s: string): string {
  const clean = s.replace(/[^A-Za-z0-9._-]+/g, '_').replace(/^\.+/, '_');
  return clean === '' ? '_' : clean;
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

async function readJsonIfExists<T>(path: string): Promise<T | undefined> {
  const text = await readIfExists(path);
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as T;
  } catch (e) {
    throw new InputError(`not valid JSON: ${(e as Error).message}`, { location: { file: path }, cause: e });
  }
}

export class LocalForge implements Forge {
  readonly kind = 'local' as const;

  constructor(readonly root: string) {}

  private repoDir({ owner, repo }: RepoRef): string {
    return join(this.root, segment(owner), segment(repo));
  }

  /** Where the sticky comment for this marker is written. */
  commentPath(params: RepoRef & { issue_number: number; marker: string }): string {
    const m = /^<!-- mlops-actions:(.+) -->$/.exec(params.marker);
    if (!m) throw new UsageError(`sticky comment marker ${JSON.stringify(params.marker)} is not of the form <!-- mlops-actions:<id> -->`);
    return join(this.repoDir(params), 'comments', String(params.issue_number), `${segment(m[1]!.replace(/\//g, '--'))}.md`);
  }

  checkRunPath(params: RepoRef & { head_sha: string; name: string }): string {
    return join(this.repoDir(params), 'check-runs', segment(params.head_sha), `${segment(params.name.replace(/\s*\/\s*/g, '--'))}.json`);
  }

  async upsertStickyComment(params: StickyCommentParams): Promise<StickyCommentResult> {
    const body = withMarker(params.marker, params.body);
    assertCommentFits(body);
    const path = this.commentPath(params);
    const before = await readIfExists(path);
    if (before !== body) await writeFileAtomic(path, body);
    const action = before === undefined ? 'created' : before === body ? 'unchanged' : 'updated';
    return { action, commentId: localId(path), url: pathToFileURL(path).href, deletedIds: [] };
  }

  async upsertCheckRun(params: CheckRunParams): Promise<CheckRunResult> {
    assertCheckOutputFits(params);
    const path = this.checkRunPath(params);
    const status = params.status ?? (params.conclusion ? 'completed' : 'in_progress');
    // No timestamps: a re-run with the same result writes the same bytes.
    const record = {
      schema: LOCAL_CHECK_RUN_SCHEMA,
      name: params.name,
      head_sha: params.head_sha,
      status,
      conclusion: status === 'completed' ? (params.conclusion ?? null) : null,
      details_url: params.details_url ?? null,
      output: { title: params.title, summary: params.summary, text: params.text ?? null },
    };
    const text = `${JSON.stringify(record, null, 2)}\n`;
    const before = await readIfExists(path);
    if (before !== text) await writeFileAtomic(path, text);
    return { action: before === undefined ? 'created' : 'updated', checkRunId: localId(path), url: pathToFileURL(path).href };
  }

  async findPullRequestsForSha(params: RepoRef & { sha: string }): Promise<ForgePullRequest[]> {
    const pulls = (await readJsonIfExists<ForgePullRequest[]>(join(this.repoDir(params), 'pulls.json'))) ?? [];
    return pulls.filter((p) => p.state === 'open' && p.headSha === params.sha);
  }

  async listSuccessfulWorkflowRuns(q: WorkflowRunQuery): Promise<ForgeWorkflowRun[]> {
    const runs = (await readJsonIfExists<LocalWorkflowRun[]>(join(this.repoDir(q), 'runs', `${segment(String(q.workflow))}.json`))) ?? [];
    return runs
      .filter(
        (r) =>
          r.conclusion === 'success' &&
          (r.status === undefined || r.status === 'completed') &&
          (q.branch === undefined || r.headBranch === q.branch) &&
          (q.event === undefined || r.event === q.event) &&
          (q.head_sha === undefined || r.headSha === q.head_sha),
      )
      .sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id)
      .slice(0, q.limit ?? 30)
      .map(({ status: _status, ...run }) => run);
  }

  private runArtifactsDir(params: RepoRef & { run_id: number }): string {
    return join(this.repoDir(params), 'artifacts', String(params.run_id));
  }

  async listRunArtifacts(params: RepoRef & { run_id: number }): Promise<ForgeArtifact[]> {
    const dir = this.runArtifactsDir(params);
    let names: string[];
    try {
      names = (await readdir(dir)).filter((n) => n.endsWith('.zip')).sort();
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const out: ForgeArtifact[] = [];
    for (const n of names) {
      const path = join(dir, n);
      out.push({ id: localId(path), name: n.slice(0, -'.zip'.length), sizeInBytes: (await stat(path)).size, expired: false });
    }
    return out;
  }

  /** The folder of a model's retraining PR. */
  retrainDir(params: RepoRef & { model: string }): string {
    return join(this.repoDir(params), 'retrain', segment(modelSlug(params.model)));
  }

  /**
   * The retraining PR as files, with the GitHub forge's rules: one open PR per model, the request
   * file "committed" only when its evidence changed, a comment only when the decision changes, and
   * on recovery `comment` / `close` / `none`. A new drift after a close opens a new PR (new number).
   */
  async upsertRetrainPullRequest(params: RetrainPullRequestParams): Promise<RetrainPullRequestResult> {
    const p = resolveRetrainParams(params);
    const dir = this.retrainDir(params);
    const pullPath = join(dir, 'pull.json');
    const bodyPath = join(dir, 'body.md');
    const requestPath = join(dir, 'request.json');
    const before = await readJsonIfExists<LocalRetrainPull>(pullPath);
    const open = before?.state === 'open' ? before : undefined;
    const result = (operation: RetrainPullRequestResult['operation'], pr: LocalRetrainPull | undefined, commented: boolean, committed: boolean): RetrainPullRequestResult => ({
      operation,
      ...(pr ? { number: pr.number, url: pr.url } : {}),
      commented,
      committed,
      warnings: [],
    });
    const writeIfChanged = async (path: string, text: string): Promise<boolean> => {
      if ((await readIfExists(path)) === text) return false;
      await writeFileAtomic(path, text);
      return true;
    };
    /** Posts the event comment unless the PR's last one says this decision already. */
    const comment = async (pr: LocalRetrainPull, from: RetrainDecision | undefined, closing: boolean): Promise<boolean> => {
      const last = pr.comments[pr.comments.length - 1];
      if (last !== undefined && last.endsWith(`-${p.decision}.md`)) return false;
      const name = `${String(pr.comments.length + 1).padStart(3, '0')}-${p.decision}.md`;
      await writeFileAtomic(join(dir, 'comments', String(pr.number), name), renderRetrainEventComment({ model: p.model, from, to: p.decision, closing }));
      pr.comments.push(name);
      return true;
    };

    if (p.decision === 'ok') {
      if (!open) return result('none', undefined, false, false);
      if (p.onRecovery === 'none') return result('none', open, false, false);
      const previous = readRetrainDecision(await readIfExists(bodyPath), p.model);
      const pr: LocalRetrainPull = { ...open, comments: [...open.comments] };
      if (p.onRecovery === 'close') {
        const commented = await comment(pr, previous, true);
        await writeFileAtomic(pullPath, `${JSON.stringify({ ...pr, state: 'closed' }, null, 2)}\n`);
        return result('closed', pr, commented, false);
      }
      const commented = previous !== 'ok' ? await comment(pr, previous, false) : false;
      await writeIfChanged(bodyPath, p.body);
      await writeIfChanged(pullPath, `${JSON.stringify({ ...pr, decision: 'ok' }, null, 2)}\n`);
      return result('updated', pr, commented, false);
    }

    if (!open) {
      const generation = (before?.generation ?? 0) + 1;
      await mkdir(dir, { recursive: true });
      const pr: LocalRetrainPull = {
        schema: LOCAL_RETRAIN_PR_SCHEMA,
        // Small like a PR number: the model's Nth retraining PR (the folder tells models apart).
        number: generation,
        url: pathToFileURL(bodyPath).href,
        state: 'open',
        decision: p.decision,
        title: p.title,
        base: p.base ?? null,
        branch: p.branch,
        path: p.path,
        labels: p.labels,
        reviewers: p.reviewers,
        team_reviewers: p.teamReviewers,
        commits: 1,
        comments: [],
        generation,
      };
      await writeFileAtomic(requestPath, p.requestText);
      await writeFileAtomic(bodyPath, p.body);
      await writeFileAtomic(pullPath, `${JSON.stringify(pr, null, 2)}\n`);
      return result('created', pr, false, true);
    }

    const pr: LocalRetrainPull = { ...open, comments: [...open.comments] };
    const previous = readRetrainDecision(await readIfExists(bodyPath), p.model);
    const committed = !sameRequestEvidence(await readIfExists(requestPath), p.requestText);
    if (committed) {
      await writeFileAtomic(requestPath, p.requestText);
      pr.commits += 1;
    }
    const commented = previous !== undefined && previous !== p.decision ? await comment(pr, previous, false) : false;
    await writeIfChanged(bodyPath, p.body);
    const labels = [...pr.labels, ...p.labels.filter((l) => !pr.labels.some((x) => x.toLowerCase() === l.toLowerCase()))];
    await writeIfChanged(pullPath, `${JSON.stringify({ ...pr, decision: p.decision, labels }, null, 2)}\n`);
    return result('updated', pr, commented, committed);
  }

  async downloadArtifact(params: RepoRef & { artifact_id: number }): Promise<Uint8Array> {
    const base = join(this.repoDir(params), 'artifacts');
    let runs: string[] = [];
    try {
      runs = await readdir(base);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
    for (const run of runs) {
      for (const n of await readdir(join(base, run))) {
        const path = join(base, run, n);
        if (localId(path) === params.artifact_id) return new Uint8Array(await readFile(path));
      }
    }
    throw new InputError(`no local artifact with id ${params.artifact_id}`, {
      location: { file: base },
      hint: 'put artifacts at <root>/<owner>/<repo>/artifacts/<run_id>/<name>.zip',
    });
  }
}
