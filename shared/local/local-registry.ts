/**
 * The local registry: one folder (default `.mlops/registry`) holding both ports' data, so the CLI
 * runs publish and promote without GitHub:
 *
 *   <registry>/model/<name>/v<version>/   published versions (LocalReleaseStore)
 *   <registry>/state/<name>.json          state, audit log, lock (LocalStateStore)
 */
import { LocalReleaseStore } from './local-release-store.js';
import { LocalStateStore, type LocalStateStoreOptions } from './local-state-store.js';
import type { RegistryPorts } from '../ports/registry-stores.js';

export const DEFAULT_REGISTRY_DIR = '.mlops/registry';

export function openLocalRegistry(dir: string = DEFAULT_REGISTRY_DIR, options: LocalStateStoreOptions = {}): RegistryPorts {
  return { releases: new LocalReleaseStore(dir), state: new LocalStateStore(dir, options) };
}
