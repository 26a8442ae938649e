import type { PromoteResult, PublishResult } from '../formats/registry-results.js';
import type { Approval } from '../formats/state-format.js';
import type { OciArtifact } from '../formats/oci-artifact-format.js';
/**
 * The two ports the registry steps (publish-model, promote-model, `mlops registry`) work through.
 * Each has a local implementation (a folder, `.mlops/registry` by default) and a GitHub one
 * (releases for artifacts; a dedicated branch written through the Git Data API for state).
 *
 * Why two ports: model files are large, immutable and content-addressed (release assets), while
 * registry state is small, mutable and must never lose an update under concurrent promotions
 * (compare-and-swap on one document per model).
 */

/** A file stored with a published version: the archive, manifest, model card, evaluation, profile. */
export interface StoredAsset {
  name: string;
  size: number;
  sha256: string;
}

export interface ReleaseRef {
  model: string;
  version: string;
  /** The tag (GitHub) or folder name (local) of this version; see shared/registry/tag.ts. */
  tag: string;
  /** Where a person can look at it (release URL, or file:// URL of the folder). */
  url: string;
  assets: StoredAsset[];
}

/** Immutable, content-addressed storage of published versions. */
export interface ReleaseStore {
  /** The version's release, or undefined when it was never published. */
  find(model: string, version: string): Promise<ReleaseRef | undefined>;
  /** Every published version of a model (any order). */
  list(model: string): Promise<ReleaseRef[]>;
  /**
   * Publishes files as a new version. Files are read as streams (assets may be large). Throws a
   * ConflictError (shared/registry/errors.ts) when the version exists with different content.
   */
  create(model: string, version: string, files: Array<{ name: string; path: string }>, notes: string): Promise<ReleaseRef>;
  /** Downloads one asset of a version to `destination` (a file path). */
  download(release: ReleaseRef, asset: string, destination: string): Promise<void>;
}

/** A document and the opaque revision it was read at, for compare-and-swap. */
export interface Versioned<T> {
  value: T;
  /** Opaque revision (a commit SHA on GitHub, a content hash locally); undefined when absent. */
  revision?: string;
}

/** Mutable registry state: one JSON document per model and its append-only audit log. */
export interface StateStore {
  read(model: string): Promise<Versioned<unknown> | undefined>;
  /**
   * Writes the model's document and appends `auditLines` (JSON Lines) to its audit log, in one
   * atomic step, only if the document is still at `expectedRevision` (undefined = must not exist).
   * Returns false on a lost race (the caller re-reads, re-applies its change and tries again).
   */
  write(model: string, value: unknown, auditLines: string[], expectedRevision: string | undefined, message: string): Promise<boolean>;
  /** The audit log's lines, oldest first. */
  audit(model: string): Promise<string[]>;
  /** Models with a document. */
  models(): Promise<string[]>;
}

/** The two ports together, as the registry steps take them. */
export interface RegistryPorts {
  releases: ReleaseStore;
  state: StateStore;
}

/** A local file and the SHA-256 and size it must have. */
export interface DigestedFile {
  path: string;
  sha256: string;
  size: number;
}

/**
 * A model version as an OCI artifact (`publish --oci`): the archive as the layer, manifest.json as
 * the config, tagged with the version (shared/formats/oci-artifact-format.ts). Implemented by
 * shared/oci/; the same client serves the CLI and the actions.
 */
export interface OciArtifactStore {
  /** Checks a repository reference (`ghcr.io/owner/models/name`) and returns it normalized; UsageError when it is not one. */
  checkRepository(repository: string): string;
  /** The OCI tag a version is pushed under. */
  tagOf(version: string): string;
  /**
   * Pushes the archive and the manifest (blobs already there are skipped; uploads are chunked
   * and resumed) and tags the OCI manifest. A digest the registry computes differently from ours
   * is refused (IntegrityError). Returns the pointer the release stores.
   */
  push(repository: string, tag: string, archive: DigestedFile, manifest: DigestedFile, archiveInRelease: boolean): Promise<OciArtifact>;
  /**
   * Checks the artifact the pointer names: the tag still resolves to the pointer's digest, the OCI
   * manifest has that digest, its config is `expected.manifest` and its layer `expected.archive`,
   * and the layer's bytes hash to it (streamed). With `destination`, the layer is also written
   * there. IntegrityError on any difference.
   */
  fetchArchive(artifact: OciArtifact, expected: { archive: Omit<DigestedFile, 'path'>; manifestSha256: string }, destination?: string): Promise<void>;
}

/** What publish works through: the registry, and what only some places have. */
export interface PublishPorts extends RegistryPorts {
  /** Checked before anything is read or published (GitHub: that build provenance can be attested). */
  preflight?: () => void;
  /** Where a bump label comes from when no version, bump or labels are given (GitHub: the merged PR). */
  bumpLabels?: () => Promise<readonly string[]>;
  /** What a release adds once it is published or found unchanged (GitHub: the workflow artifact, build provenance). */
  sideProducts?: (result: PublishResult) => Promise<Pick<PublishResult, 'artifact_id' | 'attestation_url'>>;
  /** The OCI registry client, for `--oci` (the archive also, or over 2 GiB only, as an OCI artifact). */
  oci?: OciArtifactStore;
}

/** What promote works through: the registry, and on GitHub the run's approval and a deployment record. */
export interface PromotePorts extends RegistryPorts {
  /** Who approved this run for the environment (GitHub: the run approvals API); replaces `options.approval`. */
  approval?: (environment: string) => Promise<Partial<Approval> | undefined>;
  /** Records the promotion where people watch deployments (GitHub: a Deployment with status success). */
  recordDeployment?: (result: PromoteResult, environment: string) => Promise<{ id: number; url: string }>;
  /** The OCI registry client: versions published with `--oci` are verified there too. */
  oci?: OciArtifactStore;
}

/** What pull works through: the registry, and the OCI client for archives stored there. */
export interface PullPorts extends RegistryPorts {
  oci?: OciArtifactStore;
}
