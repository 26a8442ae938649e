/**
 * The publish-model step: packages a model as a versioned, checksummed, immutable release with
 * lineage and a model card, and records it in the registry state. One function for the action,
 * `mlops publish` and the tests; the ports decide where it goes (a local folder, or GitHub releases
 * and the state branch, where they also read the merged PR's bump label and add the workflow
 * artifact and build provenance: shared/github/publish-ports.ts).
 *
 * Immutability: a version's content is identified by its manifest's `content_digest`. Publishing
 * the same content again is a no-op success (with --bump too: the version already holding that
 * content is returned, never a new one); different content under an existing version is a
 * ConflictError. Two concurrent publishes that bump to the same version: the loser bumps again.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { loadConfig, type ReleaseModelConfig } from '../config/mlops-config.js';
import { readEvaluationReport } from '../compare/compare-files.js';
import { comparisonSchema, COMPARISON_SCHEMA } from '../formats/comparison-format.js';
import { explanationSchema, EXPLANATION_ASSET, EXPLANATION_SCHEMA } from '../formats/explanation-format.js';
import { readProfile } from '../data/profile-merge.js';
import type { Profile } from '../formats/profile-format.js';
import { runRecordSchema, RUN_SCHEMA } from '../formats/run-format.js';
import { renderModelCard } from '../report/model-card.js';
import { resolveOutputFolder, outputWriteError } from '../runtime/atomic-write.js';
import { InputError } from '../runtime/errors.js';
import { removeOnInterrupt } from '../runtime/signal-cleanup.js';
import { makeTempWorkDir } from '../runtime/temp-work-dir.js';
import { writeModelArchive } from '../registry/archive.js';
import { ConflictError } from '../registry/errors.js';
import { lineageOf, runRefOf } from '../registry/lineage.js';
import {
  ARCHIVE_ASSET, COMPARISON_ASSET, EVALUATION_ASSET, EVALUATION_EXAMPLES_ASSET, MANIFEST_ASSET, MODEL_CARD_ASSET, MODEL_MANIFEST_SCHEMA, PROFILE_ASSET, RUN_ASSET,
  modelManifestSchema, type FileEntry, type Lineage, type ModelManifest,
} from '../formats/manifest-format.js';
import type { RegistryPorts, ReleaseRef } from '../ports/registry-stores.js';
import { sha256File } from '../runtime/file-digest.js';
import { fetchManifest, readJsonAs } from '../registry/release-files.js';
import { compareVersions, nextVersion, normalizeVersion, type Bump } from '../registry/semver.js';
import { emptyState, readState, updateState, type RetryPolicy } from '../registry/state-update.js';
import { REGISTRY_AUDIT_SCHEMA, type RegistryState } from '../formats/state-format.js';
import { tagOf, validateModelName } from '../registry/tag.js';
import type { PublishResult } from '../formats/registry-results.js';
import type { PublishPorts } from '../ports/registry-stores.js';
import { OCI_ARTIFACT_ASSET, ociArtifactSchema, type OciArtifact } from '../formats/oci-artifact-format.js';

export interface PublishOptions {
  model: string;
  /** Folder with the model's files (everything in it goes into the archive). */
  files: string;
  /** mlops-actions/evaluation@1 report. */
  evaluation: string;
  /** mlops-actions/profile@1 of the training data. */
  profile?: string;
  /** mlops-actions/explanation@1 of the model (explain): a release asset and the model card's importance table. */
  explanation?: string;
  /** mlops-actions/run@1 train record (params, seed). */
  run?: string;
  /** mlops-actions/comparison@1 (the verdict). */
  comparison?: string;
  /** Explicit version; else bump from the highest published version. */
  version?: string;
  bump?: Bump;
  /** The PR's labels (`model:major|minor|patch` pick the bump when `bump` is not given). */
  labels?: readonly string[];
  /** mlops.yaml, for the model card's text (release.models.<model>). */
  config?: string;
  /** The model card's text given directly (wins over `config`). */
  release?: ReleaseModelConfig;
  env?: Record<string, string | undefined>;
  cwd?: string;
  now?: () => Date;
  retry?: Partial<RetryPolicy>;
  /**
   * Also write the release's files here (manifest.json, model-card.md, model.tar.gz and the reports,
   * as published; on a no-op re-run, as stored), for later steps and the workflow artifact. The
   * folder is replaced whole or left as it was.
   */
  outDir?: string;
  /**
   * An OCI repository (`ghcr.io/OWNER/models/NAME`): the version is also pushed there as an OCI
   * artifact tagged with the version, and the release records where (oci-artifact.json). Needs
   * `ports.oci`.
   */
  oci?: string;
  /** With `oci`: archives of this many bytes and more go to the OCI registry only (default 2 GiB, GitHub's release-asset limit). */
  ociOnlyAbove?: number;
}

/** GitHub release assets must be under 2 GiB: a larger archive can only live in an OCI registry. */
export const OCI_ONLY_ABOVE_BYTES = 2 * 1024 ** 3;

/** Publishes that bump to a version another publish just took try again, at most this often. */
const BUMP_RACE_ATTEMPTS = 5;

/**
 * The evaluation's per-example file, published with it so that compare's `baseline: production`
 * runs paired tests against this version. It must be the file the report recorded (SHA-256); a
 * report whose file is not beside it is published without it (compare then says why it skips the
 * paired tests). Its digest is already inside the report, so the content digest covers it.
 */
async function perExampleFile(evaluationPath: string, examples: { file: string; sha256: string } | null): Promise<string | undefined> {
  if (!examples || isAbsolute(examples.file) || examples.file.split(/[\\/]/).includes('..')) return undefined;
  const path = join(dirname(evaluationPath), examples.file);
  if (!existsSync(path)) return undefined;
  const { sha256 } = await sha256File(path);
  if (sha256 !== examples.sha256) {
    throw new InputError(`the evaluation's per-example file ${examples.file} has SHA-256 ${sha256}, but the report recorded ${examples.sha256}`, {
      location: { file: evaluationPath },
      hint: 'publish the report together with the per-example file evaluate wrote with it (run evaluate again if either changed)',
    });
  }
  return path;
}

/** Canonical JSON (sorted keys) so the digest does not depend on key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}

/** What immutability compares: the model's files, evaluation, profile and params (not lineage or times). */
export function contentDigestOf(parts: { model: string; files: FileEntry[]; evaluation: string; profile: string | null; params: Record<string, unknown> | null }): string {
  return createHash('sha256').update(canonical({ schema: MODEL_MANIFEST_SCHEMA, ...parts })).digest('hex');
}

async function releaseText(options: PublishOptions, model: string): Promise<ReleaseModelConfig | undefined> {
  if (options.release) return options.release;
  if (!options.config) return undefined;
  return (await loadConfig(options.config)).release?.models?.[model];
}

/** The manifest of a stored version (downloaded and checked). */
export async function publishModel(options: PublishOptions, ports: PublishPorts): Promise<PublishResult> {
  // Everything that needs no answer from the registry is checked first: a typo costs no API call.
  ports.preflight?.();
  validateModelName(options.model);
  const explicit = options.version !== undefined && options.version !== '';
  if (explicit) normalizeVersion(options.version!, { option: 'version' });
  let oci = options.oci === '' ? undefined : options.oci;
  if (oci !== undefined) {
    if (!ports.oci) throw new Error('publish was given an OCI repository but no OCI client (ports.oci)');
    oci = ports.oci.checkRepository(oci);
  }
  const labels = explicit || options.bump !== undefined ? [] : options.labels?.length ? options.labels : ((await ports.bumpLabels?.()) ?? []);
  const result = await publishRelease({ ...options, labels, oci }, ports);
  return ports.sideProducts ? { ...result, ...(await ports.sideProducts(result)) } : result;
}

async function publishRelease(options: PublishOptions, ports: PublishPorts): Promise<PublishResult> {
  const model = validateModelName(options.model);
  const now = options.now ?? (() => new Date());
  const env = options.env ?? process.env;

  const evaluation = await readEvaluationReport(options.evaluation);
  const profile: Profile | undefined = options.profile ? await readProfile(options.profile) : undefined;
  const run = options.run ? await readJsonAs(options.run, runRecordSchema, `${RUN_SCHEMA} train record`, 'point at the record train wrote (--run-out)') : undefined;
  const comparison = options.comparison
    ? await readJsonAs(options.comparison, comparisonSchema, `${COMPARISON_SCHEMA} comparison`, 'point at the comparison.json compare wrote')
    : undefined;
  const explanation = options.explanation
    ? await readJsonAs(options.explanation, explanationSchema, `${EXPLANATION_SCHEMA} explanation`, 'point at the explanation.json explain wrote')
    : undefined;
  const release = await releaseText(options, model);

  const workDir = await makeTempWorkDir('mlops-publish-');
  const work = workDir.path;
  try {
    const archivePath = join(work, ARCHIVE_ASSET);
    const archive = await writeModelArchive(options.files, archivePath);
    const evaluationFile = await sha256File(options.evaluation);
    const examplesFile = await perExampleFile(options.evaluation, evaluation.examples);
    const profileFile = options.profile ? await sha256File(options.profile) : undefined;
    const runFile = options.run ? await sha256File(options.run) : undefined;
    const comparisonFile = options.comparison ? await sha256File(options.comparison) : undefined;
    const files: FileEntry[] = archive.files.map((f) => ({ name: f.path, size: f.size, sha256: f.sha256 }));
    const contentDigest = contentDigestOf({ model, files, evaluation: evaluationFile.sha256, profile: profileFile?.sha256 ?? null, params: run?.params ?? null });
    const lineage: Lineage = await lineageOf(env, options.cwd);

    for (let attempt = 1; ; attempt++) {
      const state = (await readState(ports.state, model))?.state;
      const published = (await ports.releases.list(model)).map((r) => r.version);
      const same = state?.versions.find((v) => v.content_digest === contentDigest);
      const explicit = options.version !== undefined && options.version !== '';
      // With a bump, content already published under some version is that version, not a new one.
      if (!explicit && same && published.includes(same.version)) {
        return await alreadyThere(ports, model, same.version, contentDigest, `same content as ${same.version}`, work, lineage, now, options.outDir);
      }
      const { version, reason } = nextVersion(published, options);
      const tag = tagOf(model, version);
      const existing = await ports.releases.find(model, version);
      if (existing) return await alreadyThere(ports, model, version, contentDigest, reason, work, lineage, now, options.outDir);

      const created = now().toISOString();
      const oci = options.oci !== undefined && ports.oci ? { repository: options.oci, tag: ports.oci.tagOf(version) } : undefined;
      // Over GitHub's limit the archive cannot be a release asset: the OCI registry is its only copy.
      const ociOnly = oci !== undefined && archive.size >= (options.ociOnlyAbove ?? OCI_ONLY_ABOVE_BYTES);
      const manifest: ModelManifest = {
        schema: MODEL_MANIFEST_SCHEMA,
        name: model,
        version,
        tag,
        content_digest: contentDigest,
        created_at: created,
        archive: { name: ARCHIVE_ASSET, size: archive.size, sha256: archive.sha256, files, ...(oci ? { oci } : {}) },
        assets: [],
        lineage,
        training: run && runFile
          ? { asset: RUN_ASSET, sha256: runFile.sha256, params: run.params, seed: run.seed, cache_key: run.cache_key, commit: run.git.commit }
          : null,
        evaluation: {
          asset: EVALUATION_ASSET,
          sha256: evaluationFile.sha256,
          task: evaluation.task,
          rows: evaluation.rows,
          dataset_sha256: evaluation.dataset?.sha256 ?? null,
          metrics: evaluation.metrics,
          omitted: evaluation.omitted,
        },
        comparison: comparison && comparisonFile
          ? { asset: COMPARISON_ASSET, sha256: comparisonFile.sha256, verdict: comparison.verdict, failures: comparison.gate.failures, baseline_dataset_sha256: comparison.baseline?.dataset_sha256 ?? null }
          : null,
        data: profile && profileFile
          ? { profile: PROFILE_ASSET, sha256: profileFile.sha256, rows: profile.rows, columns: profile.column_order, sources: profile.sources.map((s) => basename(s.file)) }
          : null,
      };
      const card = renderModelCard({ manifest, evaluation, profile, release, explanation });
      const cardPath = join(work, MODEL_CARD_ASSET);
      await writeFile(cardPath, card);
      const assetFiles: Array<{ name: string; path: string }> = [
        ...(ociOnly ? [] : [{ name: ARCHIVE_ASSET, path: archivePath }]),
        { name: MODEL_CARD_ASSET, path: cardPath },
        { name: EVALUATION_ASSET, path: options.evaluation },
      ];
      if (examplesFile) assetFiles.push({ name: EVALUATION_EXAMPLES_ASSET, path: examplesFile });
      if (options.profile) assetFiles.push({ name: PROFILE_ASSET, path: options.profile });
      if (options.run) assetFiles.push({ name: RUN_ASSET, path: options.run });
      if (options.comparison) assetFiles.push({ name: COMPARISON_ASSET, path: options.comparison });
      if (options.explanation) assetFiles.push({ name: EXPLANATION_ASSET, path: options.explanation });
      for (const a of assetFiles) manifest.assets.push({ name: a.name, ...(await sha256File(a.path)) });
      const manifestText = `${JSON.stringify(modelManifestSchema.parse(manifest), null, 2)}\n`;
      const manifestPath = join(work, MANIFEST_ASSET);
      await writeFile(manifestPath, manifestText);
      const manifestSha = createHash('sha256').update(manifestText).digest('hex');
      // Pushed before the release exists, so a release never points at an artifact that is not
      // there; the pointer (the OCI manifest's digest) then goes into the release beside manifest.json.
      const releaseFiles = [{ name: MANIFEST_ASSET, path: manifestPath }];
      let artifact: OciArtifact | undefined;
      if (oci && ports.oci) {
        artifact = await ports.oci.push(
          oci.repository,
          oci.tag,
          { path: archivePath, sha256: archive.sha256, size: archive.size },
          { path: manifestPath, sha256: manifestSha, size: Buffer.byteLength(manifestText) },
          !ociOnly,
        );
        const pointerPath = join(work, OCI_ARTIFACT_ASSET);
        await writeFile(pointerPath, `${JSON.stringify(ociArtifactSchema.parse(artifact), null, 2)}\n`);
        releaseFiles.push({ name: OCI_ARTIFACT_ASSET, path: pointerPath });
      }

      let ref: ReleaseRef;
      try {
        ref = await ports.releases.create(model, version, [...releaseFiles, ...assetFiles], card);
      } catch (e) {
        if (!(e instanceof ConflictError)) throw e;
        // Someone published this version between our find() and create(): same content is fine.
        const raced = await ports.releases.find(model, version);
        if (raced) {
          const stored = await fetchManifest(ports.releases, raced, work);
          if (stored.manifest.content_digest === contentDigest) return await alreadyThere(ports, model, version, contentDigest, reason, work, lineage, now, options.outDir);
        }
        if (!explicit && attempt < BUMP_RACE_ATTEMPTS) continue;
        throw e;
      }
      await recordVersion(ports, model, { version, tag, url: ref.url, manifest_sha256: manifestSha, content_digest: contentDigest, published_at: created, published_by: lineage.actor }, lineage, options.retry, now);
      const out = options.outDir ? await replaceFolder(options.outDir, [...releaseFiles, ...assetFiles], (f, to) => copyFile(f.path, to)) : [];
      return { status: 'published', model, version, tag, url: ref.url, reason, content_digest: contentDigest, manifest, manifest_sha256: manifestSha, files: out, ...(artifact ? { oci: artifact } : {}) };
    }
  } finally {
    await workDir.remove();
  }
}

/** The version exists: a no-op when it holds the same content, a ConflictError otherwise. */
async function alreadyThere(
  ports: RegistryPorts, model: string, version: string, contentDigest: string, reason: string, work: string, lineage: Lineage, now: () => Date, outDir?: string,
): Promise<PublishResult> {
  const ref = await ports.releases.find(model, version);
  if (!ref) throw new Error(`${tagOf(model, version)} vanished while publishing`);
  const stored = await fetchManifest(ports.releases, ref, work);
  if (stored.manifest.content_digest !== contentDigest) {
    throw new ConflictError(`${ref.tag} is already published with different content (content digest ${stored.manifest.content_digest.slice(0, 12)}, this publish ${contentDigest.slice(0, 12)})`, {
      hint: (o) => `a published version is immutable: publish under a new version (${o.setting('bump', 'patch|minor|major')} or another ${o.option('version')})`,
    });
  }
  // Repairs the state when an earlier publish stored the release but died before recording it.
  await recordVersion(ports, model, { version, tag: ref.tag, url: ref.url, manifest_sha256: stored.sha256, content_digest: contentDigest, published_at: stored.manifest.created_at, published_by: stored.manifest.lineage.actor }, lineage, undefined, now);
  const pointer = ref.assets.some((a) => a.name === OCI_ARTIFACT_ASSET) ? [OCI_ARTIFACT_ASSET] : [];
  const names = [MANIFEST_ASSET, ...pointer, ...stored.manifest.assets.map((a) => a.name)].map((name) => ({ name }));
  const out = outDir ? await replaceFolder(outDir, names, (f, to) => (f.name === MANIFEST_ASSET ? copyFile(stored.path, to) : ports.releases.download(ref, f.name, to))) : [];
  let artifact: OciArtifact | undefined;
  if (pointer.length) {
    const path = join(work, `${version}.${OCI_ARTIFACT_ASSET}`);
    await ports.releases.download(ref, OCI_ARTIFACT_ASSET, path);
    artifact = await readJsonAs(path, ociArtifactSchema, `OCI pointer of ${ref.tag}`, 'the stored release is damaged');
  }
  return { status: 'unchanged', model, version, tag: ref.tag, url: ref.url, reason, content_digest: contentDigest, manifest: stored.manifest, manifest_sha256: stored.sha256, files: out, ...(artifact ? { oci: artifact } : {}) };
}

/**
 * Fills a staging folder beside `dir` with `files` (by `put`), then swaps it in for `dir`: a
 * failure part-way leaves `dir` as it was. Returns the files' final paths.
 */
async function replaceFolder<F extends { name: string }>(dir: string, files: F[], put: (file: F, to: string) => Promise<void>): Promise<string[]> {
  // Through a link to the folder it names (the link stays); a file in the way is refused, not removed.
  const target = await resolveOutputFolder(dir);
  const staging = await (async () => {
    await mkdir(dirname(target), { recursive: true });
    return mkdtemp(join(dirname(target), `.${basename(target)}.staging-`));
  })().catch((e: unknown) => {
    throw outputWriteError(dir, e);
  });
  const release = removeOnInterrupt(staging);
  try {
    for (const f of files) await put(f, join(staging, f.name));
    await rm(target, { recursive: true, force: true });
    await rename(staging, target);
  } catch (e) {
    await rm(staging, { recursive: true, force: true });
    throw outputWriteError(dir, e);
  } finally {
    release();
  }
  return files.map((f) => join(target, f.name));
}

async function recordVersion(
  ports: RegistryPorts,
  model: string,
  entry: RegistryState['versions'][number],
  lineage: Lineage,
  retry?: Partial<RetryPolicy>,
  now: () => Date = () => new Date(),
): Promise<void> {
  await updateState(
    ports.state,
    model,
    (current) => {
      const state = current ?? emptyState(model);
      if (state.versions.some((v) => v.version === entry.version)) return { unchanged: undefined };
      state.versions.push(entry);
      state.versions.sort((a, b) => compareVersions(a.version, b.version));
      return {
        state,
        result: undefined,
        audit: [
          {
            schema: REGISTRY_AUDIT_SCHEMA,
            at: now().toISOString(),
            model,
            action: 'publish',
            alias: null,
            from: null,
            to: entry.version,
            actor: lineage.actor,
            approval: null,
            run: runRefOf(lineage),
            manifest_sha256: entry.manifest_sha256,
          },
        ],
      };
    },
    `publish ${entry.tag}`,
    retry,
  );
}
