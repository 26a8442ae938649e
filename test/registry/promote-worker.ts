/**
 * A separate process for the cross-process CAS test: promotes `alias` of `model` to each version
 * given, in order, through its own LocalStateStore on the shared registry folder.
 *   node --import tsx test/registry/promote-worker.ts REGISTRY MODEL ALIAS ACTOR VERSION...
 */
import { openLocalRegistry } from '../../shared/local/local-registry.js';
import { promoteModel } from '../../shared/steps/promote-model.js';

const [registry, model, alias, actor, ...versions] = process.argv.slice(2);
const ports = openLocalRegistry(registry!);
for (const version of versions) {
  await promoteModel({ model: model!, version, alias: alias!, env: { USER: actor }, cwd: registry }, ports);
}
