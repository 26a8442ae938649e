/**
 * Stand-ins for actions/upload-artifact@v4 and actions/download-artifact@v4 on the simulator's
 * artifact store (`sim.state.artifacts`, what the REST listing and zip download in
 * routes/actions.ts serve), so an artifact one run uploads is what compare's base-branch baseline,
 * a `workflow_run` job or a later job of the same run gets.
 *
 * upload-artifact's rules kept: the files are found from `path` (newline-separated; a folder means
 * everything in it, globs allowed, `!` excludes), stored relative to the root upload-artifact picks
 * (one file: its folder; several search paths: their longest common folder; else the search path),
 * hidden files left out unless include-hidden-files, if-no-files-found (warn, error, ignore), and a
 * name unique within the run ACROSS attempts: v4 answers 409 Conflict to a second upload of a name
 * (a re-run is the same run) unless `overwrite: true` deletes the earlier artifact first.
 * The zip goes straight into the store: the Twirp upload path itself is exercised by publish-model's
 * own artifact (shared/github/actions-artifact.ts) and test/github/artifact-upload.test.ts.
 *
 * download-artifact: by name into `path`, or (no name) every artifact matching `pattern`, each into
 * `path/<name>/` unless merge-multiple; from this run (the store) or, with run-id and github-token,
 * from another run through the REST API (list the run's artifacts, then each zip), as v4 does.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, posix, relative, resolve, sep } from 'node:path';
import { globSync, isDynamicPattern } from 'tinyglobby';
import { extractZip } from '../../../shared/github/artifact-zip.js';
import type { GitHubSim } from '../github-sim/index.js';
import { zipFiles } from '../github-sim/index.js';
import { filterPattern } from './triggers.js';

export class StepFailure extends Error {
  override name = 'StepFailure';
}

export interface ArtifactRun {
  sim: GitHubSim;
  repo: string;
  runId: number;
  workspace: string;
}

const toPosix = (p: string) => p.split(sep).join('/');

/** The files an upload-artifact `path` input names, and the root their names are relative to. */
export function filesToUpload(workspace: string, pathInput: string, includeHidden: boolean): { files: string[]; root: string } {
  const lines = pathInput.split('\n').map((l) => l.trim()).filter(Boolean);
  const includes = lines.filter((l) => !l.startsWith('!'));
  const excludes = lines.filter((l) => l.startsWith('!')).map((l) => l.slice(1));
  const searchPaths: string[] = [];
  const found = new Set<string>();
  for (const pattern of includes) {
    const abs = resolve(workspace, pattern);
    if (!isDynamicPattern(pattern)) {
      searchPaths.push(abs);
      let st;
      try { st = statSync(abs); } catch { continue; }
      if (st.isFile()) found.add(abs);
      else for (const f of globSync('**/*', { cwd: abs, dot: true, onlyFiles: true })) found.add(join(abs, f));
      continue;
    }
    const segments = toPosix(pattern).split('/');
    const fixed = segments.slice(0, segments.findIndex((s) => isDynamicPattern(s)));
    searchPaths.push(resolve(workspace, fixed.join('/') || '.'));
    for (const f of globSync(pattern, { cwd: workspace, dot: true, onlyFiles: true })) found.add(resolve(workspace, f));
  }
  let files = [...found].sort();
  if (excludes.length) {
    const excluded = new Set(globSync(excludes, { cwd: workspace, dot: true, onlyFiles: true }).map((f) => resolve(workspace, f)));
    files = files.filter((f) => !excluded.has(f));
  }
  let root: string;
  if (files.length === 1 && searchPaths.length === 1 && searchPaths[0] === files[0]) root = resolve(files[0]!, '..');
  else if (searchPaths.length > 1) {
    const split = searchPaths.map((p) => p.split(sep));
    const common: string[] = [];
    for (let i = 0; split.every((s) => i < s.length && s[i] === split[0]![i]); i++) common.push(split[0]![i]!);
    root = common.join(sep) || sep;
  } else root = searchPaths[0] ?? workspace;
  if (!includeHidden) files = files.filter((f) => !relative(root, f).split(sep).some((s) => s.startsWith('.')));
  return { files, root };
}

const BAD_NAME = /[":<>|*?\r\n\\/]/;

export function uploadArtifact(run: ArtifactRun, w: Record<string, string>, log: (m: string) => void): Record<string, string> {
  const name = w.name || 'artifact';
  if (BAD_NAME.test(name)) throw new StepFailure(`The artifact name is not valid: ${name}. Contains the following character: one of " : < > | * ? \\r \\n \\ /`);
  if (!w.path) throw new StepFailure('Input required and not supplied: path');
  const { files, root } = filesToUpload(run.workspace, w.path, w['include-hidden-files'] === 'true');
  if (files.length === 0) {
    const mode = w['if-no-files-found'] || 'warn';
    const message = `No files were found with the provided path: ${w.path}. No artifacts will be uploaded.`;
    if (mode === 'error') throw new StepFailure(message);
    if (mode === 'warn') log(`::warning::${message}`);
    return {};
  }
  const full = run.repo.toLowerCase();
  const existing = [...run.sim.state.artifacts.values()].find((a) => a.repo === full && a.run_id === run.runId && a.name === name);
  if (existing) {
    if (w.overwrite !== 'true') throw new StepFailure('Failed to CreateArtifact: Received non-retryable error: Failed request: (409) Conflict: an artifact with this name already exists on the workflow run');
    run.sim.state.artifacts.delete(existing.id);
    log(`Artifact '${name}' (ID: ${existing.id}) deleted`);
  }
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[toPosix(relative(root, f))] = readFileSync(f);
  const bytes = zipFiles(entries);
  const id = run.sim.state.id();
  run.sim.state.artifacts.set(id, { id, repo: full, run_id: run.runId, name, bytes, created_at: run.sim.state.now() });
  log(`Artifact ${name} has been successfully uploaded! Final size is ${bytes.length} bytes. Artifact ID is ${id}`);
  return { 'artifact-id': String(id), 'artifact-url': `https://github.com/${run.repo}/actions/runs/${run.runId}/artifacts/${id}`, 'artifact-digest': createHash('sha256').update(bytes).digest('hex') };
}

async function restJson(sim: GitHubSim, token: string, path: string): Promise<Response> {
  return fetch(`${sim.url}${path}`, { headers: { authorization: `Bearer ${token}`, accept: 'application/vnd.github+json' } });
}

export async function downloadArtifact(run: ArtifactRun, w: Record<string, string>, log: (m: string) => void): Promise<Record<string, string>> {
  for (const k of ['repository', 'artifact-ids']) if (w[k]) throw new StepFailure(`download-artifact stand-in: input ${k} is not supported`);
  const dest = w.path ? (isAbsolute(w.path) ? w.path : resolve(run.workspace, w.path)) : run.workspace;
  const all = await artifactsOfRun(run, w);
  let chosen: StoredArtifact[];
  if (w.name) {
    const found = all.find((a) => a.name === w.name);
    if (!found) throw new StepFailure(`Unable to download artifact(s): Artifact not found for name: ${w.name}`);
    chosen = [found];
  } else {
    // v4: no name means every artifact of the run, filtered by `pattern` (minimatch on the names);
    // a pattern that matches nothing downloads nothing, without failing.
    const matcher = w.pattern ? filterPattern(w.pattern, 'download-artifact pattern') : undefined;
    chosen = all.filter((a) => !matcher || matcher.test(a.name));
    log(w.pattern ? `Filtering artifacts by pattern '${w.pattern}': ${chosen.length} of ${all.length}` : `Downloading all ${all.length} artifacts of the run`);
  }
  // One artifact by name lands in path itself; several each in path/<name>/ unless merge-multiple.
  const single = !!w.name;
  for (const a of chosen) {
    const into = single || w['merge-multiple'] === 'true' ? dest : join(dest, a.name);
    const files = await extractZip(await a.bytes(), into, { maxBytes: 256 * 1024 * 1024, name: `artifact ${a.name}` });
    log(`Artifact ${a.name} downloaded to ${into}: ${files.map((f) => posix.normalize(f)).join(', ')}`);
  }
  return { 'download-path': dest };
}

interface StoredArtifact {
  name: string;
  bytes: () => Promise<Uint8Array>;
}

/** The artifacts of this run (the store), or of run-id through the REST API with github-token, as v4 reads another run's. */
async function artifactsOfRun(run: ArtifactRun, w: Record<string, string>): Promise<StoredArtifact[]> {
  if (!w['run-id']) {
    return [...run.sim.state.artifacts.values()]
      .filter((a) => a.repo === run.repo.toLowerCase() && a.run_id === run.runId)
      .map((a) => ({ name: a.name, bytes: async () => a.bytes }));
  }
  if (!w['github-token']) throw new StepFailure('download-artifact: github-token is required with run-id');
  const [owner, repo] = run.repo.split('/');
  const query = w.name ? `?name=${encodeURIComponent(w.name)}` : '?per_page=100';
  const list = await restJson(run.sim, w['github-token'], `/repos/${owner}/${repo}/actions/runs/${w['run-id']}/artifacts${query}`);
  if (!list.ok) throw new StepFailure(`Unable to download artifact(s): listing run ${w['run-id']}'s artifacts: ${list.status}`);
  const { artifacts } = (await list.json()) as { artifacts: Array<{ id: number; name: string }> };
  return artifacts.map((a) => ({
    name: a.name,
    bytes: async () => {
      const zip = await restJson(run.sim, w['github-token']!, `/repos/${owner}/${repo}/actions/artifacts/${a.id}/zip`);
      if (!zip.ok) throw new StepFailure(`Unable to download artifact ${a.id}: ${zip.status}`);
      return new Uint8Array(await zip.arrayBuffer());
    },
  }));
}
