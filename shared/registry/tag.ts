/**
 * Names in the registry, and the tag of a published version:
 *
 *   model/<name>/v<version>        e.g. model/churn/v1.4.0, model/churn/v2.0.0-rc.1
 *
 * The same string is the Git tag of the GitHub release and the folder of the local registry
 * (`<registry>/model/<name>/v<version>/`). Model names and aliases are `^[a-z][a-z0-9]*(-[a-z0-9]+)*$`
 * and at most 64 characters: safe as a path segment, a Git ref component, a URL part and a file
 * name on every OS, so a name from a workflow input can never climb out of a folder (`../`), split
 * a ref (`@{`, spaces) or collide by case.
 */
import { UsageError } from '../runtime/errors.js';
import { MAX_VERSION_LENGTH, normalizeVersion, tryParseVersion, formatVersion } from './semver.js';

export const NAME_RE = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
export const MAX_NAME_LENGTH = 64;
export const TAG_PREFIX = 'model/';
/** Version words promote understands; an alias cannot be named like them. */
export const RESERVED_ALIASES = new Set(['latest']);

function shown(text: string): string {
  return JSON.stringify(text.length > 80 ? `${text.slice(0, 80)}…` : text);
}

function checkName(text: string, what: string, option: string): string {
  if (typeof text !== 'string' || text.length === 0) throw new UsageError(`${what} is empty`, { hint: (o) => `pass ${o.option(option, 'NAME')}` });
  if (text.length > MAX_NAME_LENGTH) throw new UsageError(`${what} ${shown(text)} is ${text.length} characters long`, { hint: `use at most ${MAX_NAME_LENGTH}` });
  if (!NAME_RE.test(text)) {
    throw new UsageError(`${what} ${shown(text)} is not allowed`, {
      hint: 'use lowercase letters, digits and single hyphens, starting with a letter (e.g. churn, fraud-v2)',
    });
  }
  return text;
}

/** Returns the model name, or throws UsageError (exit 2) saying what is wrong with it. */
export function validateModelName(name: string): string {
  return checkName(name, 'model name', 'model');
}

/** Returns the alias, or throws UsageError; `latest` is reserved (it means "the highest version"). */
export function validateAlias(alias: string): string {
  checkName(alias, 'alias', 'alias');
  if (RESERVED_ALIASES.has(alias)) throw new UsageError(`alias "${alias}" is reserved`, { hint: 'it means the highest published version; pick another alias name' });
  return alias;
}

/** The tag of a version: `model/<name>/v<version>`. Validates both parts. */
export function tagOf(model: string, version: string): string {
  return `${TAG_PREFIX}${validateModelName(model)}/v${normalizeVersion(version)}`;
}

/** The model and version of a tag, or undefined when `tag` is not one of ours. */
export function parseTag(tag: string): { model: string; version: string } | undefined {
  if (!tag.startsWith(TAG_PREFIX) || tag.length > TAG_PREFIX.length + MAX_NAME_LENGTH + MAX_VERSION_LENGTH + 2) return undefined;
  const rest = tag.slice(TAG_PREFIX.length);
  const slash = rest.indexOf('/');
  if (slash < 0) return undefined;
  const model = rest.slice(0, slash);
  const v = rest.slice(slash + 1);
  if (!NAME_RE.test(model) || model.length > MAX_NAME_LENGTH || !v.startsWith('v')) return undefined;
  const parsed = tryParseVersion(v.slice(1));
  if (!parsed || v.slice(1).startsWith('v') || formatVersion(parsed) !== v.slice(1)) return undefined;
  return { model, version: formatVersion(parsed) };
}
