/**
 * The Forge as files: what would have been posted is written to a folder, so `mlops` runs every
 * step locally and a person (or a test) reads the result. Same idempotency as GitHub: one file per
 * sticky marker, one per check run name + SHA; writing the same content again changes nothing.
 *
 *   <root>/<owner>/<repo>/comments/<issue_number>/<marker id>.md     sticky comments (body as posted)
 *   <root>/<owner>/<repo>/check-runs/<head_sha>/<name>.json          check runs
 * Read, when present (written by the user or a test, to play earlier runs):
 *   <root>/<owner>/<repo>/pulls.json                                  ForgePullRequest[]
 *   <root>/<owner>/<repo>/runs/<workflow>.json                        LocalWorkflowRun[]
 *   <root>/<owner>/<repo>/artifacts/<run_id>/<name>.zip               artifacts of a run
 */
import { createHash } from 'node:crypto';
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { writeFileAtomic } from '../runtime/atomic-write.js';
import { InputError, UsageError } from '../runtime/errors.js';
import { assertCheckOutputFits } from './check-run.js';
import type {
  CheckRunParams,
  CheckRunResult,
  Forge,
  ForgeArtifact,
  ForgePullRequest,
  ForgeWorkflowRun,
  RepoRef,
  StickyCommentParams,
  StickyCommentResult,
  WorkflowRunQuery,
} from './forge.js';
import { withMarker } from './forge.js';
import { assertCommentFits } from './sticky-comment.js';

export interface LocalWorkflowRun extends ForgeWorkflowRun {
  /** Only `completed` + `success` runs are returned by listSuccessfulWorkflowRuns. */
  status?: string;
}

export const LOCAL_CHECK_RUN_SCHEMA = 'mlops-actions/local-check-run@1';

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
