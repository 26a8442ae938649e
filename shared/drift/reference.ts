/**
 * drift-check's reference: what production data is compared with.
 * - `production` (default): the training data profile published with the version a registry alias
 *   points to (publish-model stores it as profile.json; its digest is in the manifest), verified
 *   like a promotion verifies assets; the release's evaluation metrics come along as the baseline
 *   of `max_drop` rules.
 * - a profile file (`mlops-actions/profile@1`, from validate-data or `mlops profile merge`): tests run
 *   on its sketches.
 * - a data file (CSV, JSONL, Parquet, .gz): profiled for column types, and its raw values collected,
 *   so tests are exact.
 */
import { readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openTable } from '../data/open-table.js';
import { readProfile } from '../data/profile-merge.js';
import { PROFILE_SCHEMA, type ColumnProfile, type Profile } from '../formats/profile-format.js';
import { scanTable } from '../data/scan-table.js';
import { openAliasRelease } from '../registry/alias-release.js';
import type { RegistryPorts } from '../ports/registry-stores.js';
import { sha256File } from '../runtime/file-digest.js';
import { InputError, UsageError } from '../runtime/errors.js';
import type { DriftReport } from '../formats/drift-format.js';
import { EXPLANATION_ASSET, explanationSchema, type Explanation } from '../formats/explanation-format.js';
import { collectColumns, type CollectedColumn, type WantedColumn } from './sources/collect-columns.js';

export type ReferenceSpec =
  | { kind: 'production'; registry: RegistryPorts; model: string; alias?: string }
  | { kind: 'file'; path: string };

export interface Reference {
  info: DriftReport['reference'];
  profile: Profile;
  /** Raw values per column when the reference is a data file (exact tests); else undefined. */
  raw?: Map<string, CollectedColumn>;
  /** The released model's evaluation metrics (reference production), for max_drop rules. */
  metrics: Record<string, number>;
  /** The released model's explanation (explain), when it was published with one. */
  explanation?: { source: string; explanation: Explanation };
}

/** How a profile column is compared: numbers as a distribution, text as counts; dates not at all by default. */
export function columnKindOf(column: ColumnProfile): 'numeric' | 'categorical' | 'time' {
  if (column.type === 'integer' || column.type === 'number') return 'numeric';
  if (column.type === 'date' || column.type === 'timestamp') return 'time';
  return 'categorical';
}

async function isProfileFile(path: string): Promise<boolean> {
  if (!/\.json$/i.test(path)) return false;
  try {
    return (JSON.parse(await readFile(path, 'utf8')) as { schema?: unknown })?.schema === PROFILE_SCHEMA;
  } catch {
    return false;
  }
}

export async function resolveReference(spec: ReferenceSpec, wantedFor: (profile: Profile) => WantedColumn[]): Promise<Reference> {
  if (spec.kind === 'production') return productionReference(spec);
  const { sha256 } = await sha256File(spec.path).catch((e: NodeJS.ErrnoException) => {
    throw new InputError(e.code === 'ENOENT' ? 'reference file not found' : `cannot read the reference: ${e.message}`, {
      location: { file: spec.path },
      hint: 'pass a profile (validate-data --profile-out) or the training data file, or use reference: production',
    });
  });
  const info = { kind: 'profile' as const, file: spec.path, version: null, tag: null, alias: null, sha256 };
  if (await isProfileFile(spec.path)) {
    const profile = await readProfile(spec.path);
    return { info: { ...info, rows: profile.rows }, profile, metrics: {} };
  }
  const reader = await openTable(spec.path);
  const { profile } = await scanTable(reader, { file: spec.path, columns: await reader.columns() });
  const raw = await collectColumns((await openTable(spec.path)).batches(), wantedFor(profile), { name: `reference ${spec.path}` });
  return { info: { ...info, kind: 'data', rows: profile.rows }, profile, raw: raw.columns, metrics: {} };
}

async function productionReference(spec: Extract<ReferenceSpec, { kind: 'production' }>): Promise<Reference> {
  const alias = spec.alias ?? 'production';
  const work = await mkdtemp(join(tmpdir(), 'mlops-drift-reference-'));
  try {
    const release = await openAliasRelease(spec.registry, spec.model, alias, work, { use: 'drift reference', refusal: 'not checking drift' });
    if (!release) {
      throw new UsageError(`no ${alias} version of ${spec.model} to take the reference from`, {
        hint: `publish and promote one (publish-model with its profile, then promote-model --alias ${alias}), or give the reference as a profile or data file`,
      });
    }
    const { manifest } = release;
    const asset = manifest.data && manifest.assets.find((a) => a.name === manifest.data!.profile);
    if (!asset) {
      throw new UsageError(`${release.ref.tag} was published without its training data profile, so it has no drift reference`, {
        hint: 'publish the next version with the profile validate-data wrote (publish-model input profile), or give the reference as a file',
      });
    }
    const path = join(work, 'profile.json');
    await release.download(asset, path);
    const profile = await readProfile(path);
    const metrics = Object.fromEntries(Object.entries(manifest.evaluation.metrics).map(([k, m]) => [k, m.value]).filter(([, v]) => typeof v === 'number')) as Record<string, number>;
    // The model's importances, when it was published with them: drifted columns are ordered by them.
    let explanation: Reference['explanation'];
    const explained = manifest.assets.find((a) => a.name === EXPLANATION_ASSET);
    if (explained) {
      const file = join(work, EXPLANATION_ASSET);
      await release.download(explained, file);
      const parsed = explanationSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
      if (!parsed.success) throw new InputError(`${release.ref.tag}'s ${EXPLANATION_ASSET} is not a valid explanation: ${parsed.error.issues[0]!.message}`, { hint: 'publish the next version with the explanation explain wrote' });
      explanation = { source: `${EXPLANATION_ASSET} of ${release.ref.tag}`, explanation: parsed.data };
    }
    return {
      info: { kind: 'production', file: null, version: release.version, tag: release.ref.tag, alias, rows: profile.rows, sha256: asset.sha256 },
      profile,
      metrics,
      explanation,
    };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
