/**
 * pullModel (`mlops pull NAME@ALIAS`): fetches a published version's model files to a folder,
 * from whichever store holds its archive (the release asset, or the OCI artifact publish --oci
 * pushed), after checking the manifest against the digest the registry state recorded and the
 * archive against the manifest. The files are extracted with the registry's safe extraction and
 * compared with the manifest's list before the folder appears: a refused pull leaves nothing.
 *
 * NAME@TARGET: TARGET is an alias the model has (`production`), a version (`1.4.0`), or `latest`.
 */
import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError, UsageError } from '../runtime/errors.js';
import { makeTempWorkDir } from '../runtime/temp-work-dir.js';
import { removeOnInterrupt } from '../runtime/signal-cleanup.js';
import { IntegrityError } from '../registry/errors.js';
import { fetchManifest } from '../registry/release-files.js';
import { downloadArchive, extractChecked } from '../registry/release-archive.js';
import { readState } from '../registry/state-update.js';
import { compareVersions, normalizeVersion } from '../registry/semver.js';
import { validateModelName } from '../registry/tag.js';
import { resolveLatest } from '../registry/verify-release.js';
import { ociReferenceOf } from '../formats/oci-artifact-format.js';
import type { PullPorts } from '../ports/registry-stores.js';

export interface PullOptions {
  model: string;
  /** An alias, a version, or `latest`. */
  target: string;
  /** The folder to create with the model's files; must not exist or be empty. */
  outDir: string;
}

export interface PullResult {
  model: string;
  version: string;
  /** The alias that was resolved, when the target was one. */
  alias: string | null;
  tag: string;
  /** Where the archive came from. */
  source: 'release' | 'oci';
  /** With source `oci`: repository:tag@digest. */
  oci: string | null;
  archive_sha256: string;
  manifest_sha256: string;
  files: number;
  out: string;
}

/** `NAME@TARGET` → its parts; UsageError otherwise. */
export function parseModelTarget(text: string): { model: string; target: string } {
  const at = text.lastIndexOf('@');
  if (at <= 0 || at === text.length - 1) {
    throw new UsageError(`${JSON.stringify(text)} is not NAME@ALIAS`, { hint: 'name the model and an alias, a version or latest: weather@production, weather@1.2.0, weather@latest' });
  }
  return { model: text.slice(0, at), target: text.slice(at + 1) };
}

export async function pullModel(options: PullOptions, ports: PullPorts): Promise<PullResult> {
  const model = validateModelName(options.model);
  const out = resolve(options.outDir);
  await checkOutFolder(out, options.outDir);
  const state = (await readState(ports.state, model))?.state;
  const published = (await ports.releases.list(model)).map((r) => r.version);
  if (published.length === 0) throw new InputError(`model "${model}" has no published versions`, { hint: 'publish it first (mlops publish), or check --registry / --repo' });

  const aliasEntry = state?.aliases[options.target];
  let version: string;
  if (aliasEntry) version = aliasEntry.version;
  else if (options.target === 'latest') version = resolveLatest(published)!;
  else {
    try {
      version = normalizeVersion(options.target, 'NAME@VERSION');
    } catch {
      const aliases = Object.keys(state?.aliases ?? {});
      throw new InputError(`model "${model}" has no alias or version "${options.target}"`, {
        hint: aliases.length ? `its aliases: ${aliases.join(', ')}; or a version, or latest` : 'it has no aliases yet (mlops promote); give a version or latest',
      });
    }
  }
  const ref = await ports.releases.find(model, version);
  if (!ref) {
    const list = [...published].sort(compareVersions).slice(-10).join(', ');
    throw new InputError(`model "${model}" has no version ${version}`, { hint: `published: ${list}` });
  }
  const stop = (what: string) => new IntegrityError(`${ref.tag}: ${what}; not pulling`, { hint: 'the stored release was changed or damaged after publishing: pull another version, or publish again' });

  const workDir = await makeTempWorkDir('mlops-pull-');
  try {
    const { manifest, sha256: manifestSha } = await fetchManifest(ports.releases, ref, workDir.path).catch((e: unknown) => {
      throw e instanceof IntegrityError || e instanceof InputError ? stop((e as Error).message) : e;
    });
    const recorded = state?.versions.find((v) => v.version === version)?.manifest_sha256;
    if (recorded && recorded !== manifestSha) throw stop(`manifest.json has SHA-256 ${manifestSha}, but ${recorded} was recorded when it was published`);
    if (manifest.name !== model || manifest.version !== version) throw stop(`manifest.json describes ${manifest.name} ${manifest.version}`);
    const archivePath = join(workDir.path, 'model.tar.gz');
    const got = await downloadArchive(ports.releases, ref, manifest, manifestSha, ports.oci, archivePath, workDir.path, stop);
    // Extracted beside the target, checked, then renamed into place: a refused archive leaves no folder.
    const staging = join(dirname(out), `.${basename(out)}.pull-${randomBytes(6).toString('hex')}`);
    const release = removeOnInterrupt(staging);
    try {
      const files = await extractChecked(archivePath, manifest, staging, stop);
      await rm(out, { recursive: true, force: true }); // empty (checked above)
      await rename(staging, out);
      return {
        model,
        version,
        alias: aliasEntry ? options.target : null,
        tag: ref.tag,
        source: got.source,
        oci: got.artifact ? ociReferenceOf(got.artifact) : null,
        archive_sha256: manifest.archive.sha256,
        manifest_sha256: manifestSha,
        files,
        out,
      };
    } finally {
      await rm(staging, { recursive: true, force: true });
      release();
    }
  } finally {
    await workDir.remove();
  }
}

/** The output folder must not exist, or be empty: pull never mixes a model with other files. */
async function checkOutFolder(out: string, given: string): Promise<void> {
  const s = await stat(out).catch(() => undefined);
  if (!s) return;
  if (!s.isDirectory()) throw new UsageError(`--out ${given} is a file`, { hint: 'name a folder to create' });
  if ((await readdir(out)).length > 0) throw new UsageError(`--out ${given} is not empty`, { hint: 'name a new or empty folder: pull never mixes a model with other files' });
}
