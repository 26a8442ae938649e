/**
 * The `ArtifactDownloader` on github.com: @actions/artifact's public download. It calls
 * `GET /repos/{owner}/{repo}/actions/artifacts/{id}/zip` on GITHUB_API_URL (through
 * @actions/github's octokit) with `redirect: manual`, then streams the zip from the blob-storage
 * URL in the 302's `location` and unzips it into `destination`. Kept apart from
 * artifact-download.ts so that only the compare action's bundle carries @actions/artifact (and its
 * real HTTP client), as a chunk loaded on first use; the CLI never loads it.
 */
import type { ArtifactDownloader } from '../ports/artifact-downloader.js';
import { ForgeError } from '../ports/forge-error.js';

export function actionsArtifactDownloader(token: string): ArtifactDownloader {
  return async ({ repo, runId, artifactId, destination }) => {
    try {
      // Loaded on first use: @actions/artifact (with the Azure storage client) is most of the compare
      // bundle, and a run without a base-branch baseline never needs it.
      const { DefaultArtifactClient } = await import('@actions/artifact');
      await new DefaultArtifactClient().downloadArtifact(artifactId, {
        path: destination,
        findBy: { token, workflowRunId: runId, repositoryOwner: repo.owner, repositoryName: repo.repo },
      });
    } catch (e) {
      throw new ForgeError({
        method: 'GET',
        route: '/repos/{owner}/{repo}/actions/artifacts/{artifact_id}/{archive_format}',
        githubMessage: (e as Error).message,
        hint: 'the token needs `actions: read` (add it under `permissions:` in the workflow)',
        cause: e,
      });
    }
  };
}

/** The results service's Twirp operations that an upload calls, named in errors like a REST route. */
const TWIRP = '/twirp/github.actions.results.api.v1.ArtifactService';

export interface UploadWorkflowArtifactOptions {
  /** Unique within the workflow run (re-runs included): a second upload of the same name is a 409. */
  name: string;
  /** Files to put in the zip; each must lie under `rootDirectory` (its path below it is its name in the zip). */
  files: string[];
  rootDirectory: string;
  /** Days before GitHub deletes it (capped by the repository's setting, GITHUB_RETENTION_DAYS). Default: the repository's. */
  retentionDays?: number;
}

export interface UploadedWorkflowArtifact {
  id: number;
  /** Bytes of the uploaded zip. */
  size: number;
  /** Hex SHA-256 of the uploaded zip. */
  digest?: string;
}

/**
 * Uploads `files` as one zipped workflow artifact of the current run with @actions/artifact: a
 * Twirp `CreateArtifact` call to the Actions results service (ACTIONS_RESULTS_URL, authorized by
 * the runner's ACTIONS_RUNTIME_TOKEN, whose `scp` claim names the run and job), the zip streamed to
 * the signed Azure Blob URL it answers, then `FinalizeArtifact` with the size and SHA-256. The
 * library reads those variables from `process.env` when called. Every failure becomes a ForgeError
 * naming the step that failed and what to do (see `uploadFailure`).
 */
export async function uploadWorkflowArtifact(p: UploadWorkflowArtifactOptions): Promise<UploadedWorkflowArtifact> {
  let result: { id?: number; size?: number; digest?: string };
  try {
    // Loaded on first use, like the downloader: only runs that upload pay for @actions/artifact.
    const { DefaultArtifactClient } = await import('@actions/artifact');
    result = await new DefaultArtifactClient().uploadArtifact(p.name, p.files, p.rootDirectory, p.retentionDays === undefined ? {} : { retentionDays: p.retentionDays });
  } catch (e) {
    throw uploadFailure(p.name, e);
  }
  if (result.id === undefined) {
    throw new ForgeError({ method: 'POST', route: `${TWIRP}/FinalizeArtifact`, githubMessage: `the results service finalized ${JSON.stringify(p.name)} without an artifact id` });
  }
  return { id: result.id, size: result.size ?? 0, ...(result.digest ? { digest: result.digest } : {}) };
}

/**
 * Maps what @actions/artifact v6 throws during an upload (lib/internal/upload/*, shared/config.js,
 * shared/artifact-twirp-client.js, shared/errors.js) to a ForgeError:
 * - `Unable to get the ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL env variable` (config.js): not on a runner;
 * - `Failed to get backend IDs…` / jwt-decode's `InvalidTokenError`: the token is not the runner's JWT;
 * - `Failed to CreateArtifact|FinalizeArtifact: Received non-retryable error: Failed request: (409) Conflict: …`
 *   (the Twirp client, which retries 5xx/429 up to 5 times and then says `Failed to make request after 5 attempts`);
 * - `UsageError` (a Twirp `msg` containing `insufficient usage`): the storage quota;
 * - `NetworkError` (ECONNREFUSED, ENOTFOUND, …) and Azure's `RestError` (`statusCode`, `code`) from the blob upload;
 * - `GHESNotSupportedError`; `FilesNotFoundError` and the name/path/rootDirectory validation errors.
 */
function uploadFailure(name: string, e: unknown): ForgeError {
  const err = e as Error & { name?: string; code?: string; statusCode?: number };
  const message = String(err?.message ?? e);
  const create = { method: 'POST', route: `${TWIRP}/CreateArtifact` };
  const fail = (d: { method?: string; route?: string; status?: number; githubMessage?: string; hint: string; attempts?: number }) =>
    new ForgeError({ ...create, ...d, githubMessage: d.githubMessage ?? message, cause: e });

  const missing = /Unable to get the (ACTIONS_RUNTIME_TOKEN|ACTIONS_RESULTS_URL) env variable/.exec(message)?.[1];
  if (missing) {
    return fail({
      githubMessage: `${missing} is not set, so there is no Actions results service to upload the artifact ${JSON.stringify(name)} to`,
      hint: 'workflow artifacts can only be uploaded from a step of a GitHub Actions job: the runner sets ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL for JavaScript and container actions (not for `run:` scripts); outside GitHub Actions, use the local artifact store',
    });
  }
  if (/Failed to get backend IDs|InvalidTokenError|Invalid token specified/.test(`${err?.name} ${message}`)) {
    return fail({ hint: 'ACTIONS_RUNTIME_TOKEN is not the runner’s token (a JWT whose `scp` claim holds `Actions.Results:<run>:<job>`): do not override it in `env:`' });
  }
  if (err?.name === 'GHESNotSupportedError') {
    return fail({ hint: 'GitHub Enterprise Server does not support @actions/artifact v2+ uploads: turn the artifact upload off on GHES' });
  }
  if (err?.name === 'UsageError') {
    return fail({ hint: 'the account’s Actions storage quota is used up: delete old artifacts or caches, or lower retention' });
  }
  if (err?.name === 'FilesNotFoundError' || /rootDirectory|does not exist|is not valid|validation is empty/.test(message)) {
    // Refused locally, before anything was sent: the service would reject these names and paths.
    return fail({ hint: `check the files and root directory given for the artifact ${JSON.stringify(name)}` });
  }
  const twirp = /^Failed to (CreateArtifact|FinalizeArtifact): (.*)$/s.exec(message);
  if (twirp) {
    const route = `${TWIRP}/${twirp[1]}`;
    const status = /Failed request: \((\d{3})\)/.exec(twirp[2]!)?.[1];
    const attempts = /after (\d+) attempts/.exec(twirp[2]!)?.[1];
    const base = { route, ...(status ? { status: Number(status) } : {}), ...(attempts ? { attempts: Number(attempts) } : {}) };
    if (status === '409') {
      return fail({
        ...base,
        githubMessage: `an artifact named ${JSON.stringify(name)} already exists in this run`,
        hint: 'artifact names are unique per workflow run, and a re-run of a job is the same run: give each upload its own name (add the matrix values, or `${{ github.run_attempt }}` if a re-run must upload again)',
      });
    }
    if (status === '401' || status === '403') {
      return fail({ ...base, hint: 'the results service refused ACTIONS_RUNTIME_TOKEN: it is valid only during its own job; do not reuse it from another job' });
    }
    return fail({ ...base, hint: 'the Actions results service failed; check https://www.githubstatus.com and re-run the job' });
  }
  if (err?.name === 'NetworkError' || err?.code === 'ECONNREFUSED' || err?.code === 'ENOTFOUND') {
    return fail({ route: 'artifact upload', hint: 'the runner could not reach the Actions results service or its blob storage: a self-hosted runner needs access to results-receiver.actions.githubusercontent.com and *.blob.core.windows.net' });
  }
  if (err?.name === 'RestError' || typeof err?.statusCode === 'number') {
    return fail({
      method: 'PUT',
      route: 'artifact blob upload',
      ...(typeof err.statusCode === 'number' ? { status: err.statusCode } : {}),
      githubMessage: err.code ? `${err.code}: ${message}` : message,
      hint: 'blob storage refused the upload to the signed URL (it expires after a while): re-run the job',
    });
  }
  if (/Upload progress stalled/.test(message)) {
    return fail({ method: 'PUT', route: 'artifact blob upload', hint: 'the upload to blob storage made no progress (ACTIONS_ARTIFACT_UPLOAD_TIMEOUT_MS): re-run the job' });
  }
  return fail({ hint: 'the workflow artifact upload failed; re-run the job with ACTIONS_STEP_DEBUG=true for details' });
}
