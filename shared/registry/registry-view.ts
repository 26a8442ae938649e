/**
 * What `mlops registry list|show|history` shows: the models with their aliases, one model's versions
 * and aliases, and its audit log. Read-only; the published releases are the truth about which
 * versions exist, the state says where aliases point.
 */
import { InputError } from '../runtime/errors.js';
import type { RegistryPorts } from '../ports/registry-stores.js';
import { compareVersions, highestVersion } from './semver.js';
import type { AuditEntry } from '../formats/state-format.js';
import { readAudit, readState } from './state-update.js';
import { validateModelName } from './tag.js';

export interface ModelSummary {
  model: string;
  versions: number;
  latest: string | null;
  aliases: Record<string, string>;
}

export interface VersionView {
  version: string;
  tag: string;
  url: string;
  published_at: string | null;
  published_by: string | null;
  content_digest: string | null;
  aliases: string[];
}

export interface ModelView {
  model: string;
  versions: VersionView[];
  aliases: Record<string, { version: string; updated_at: string; updated_by: string | null }>;
}

export async function listRegistry(ports: RegistryPorts): Promise<ModelSummary[]> {
  const out: ModelSummary[] = [];
  for (const model of await ports.state.models()) {
    const state = (await readState(ports.state, model))?.state;
    const versions = (await ports.releases.list(model)).map((r) => r.version);
    out.push({
      model,
      versions: versions.length,
      latest: highestVersion(versions) ?? null,
      aliases: Object.fromEntries(Object.entries(state?.aliases ?? {}).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, v.version])),
    });
  }
  return out;
}

export async function showModel(ports: RegistryPorts, model: string): Promise<ModelView> {
  validateModelName(model);
  const state = (await readState(ports.state, model))?.state;
  const releases = await ports.releases.list(model);
  if (!state && releases.length === 0) throw new InputError(`model "${model}" is not in the registry`, { hint: 'run `mlops registry list` to see the models it has' });
  const aliases = state?.aliases ?? {};
  const versions = releases
    .sort((a, b) => compareVersions(a.version, b.version))
    .map((r) => {
      const recorded = state?.versions.find((v) => v.version === r.version);
      return {
        version: r.version,
        tag: r.tag,
        url: r.url,
        published_at: recorded?.published_at ?? null,
        published_by: recorded?.published_by ?? null,
        content_digest: recorded?.content_digest ?? null,
        aliases: Object.entries(aliases).filter(([, a]) => a.version === r.version).map(([name]) => name).sort(),
      };
    });
  return { model, versions, aliases };
}

export async function modelHistory(ports: RegistryPorts, model: string): Promise<AuditEntry[]> {
  validateModelName(model);
  return readAudit(ports.state, model);
}
