/**
 * OCI repository references as publish takes them (`ghcr.io/owner/models/weather`,
 * `127.0.0.1:5000/models/weather`): a registry host, then a repository path, with no tag or digest
 * (the version is the tag). The host must be explicit: there is no default registry, so a typo
 * cannot push a model to Docker Hub.
 *
 * Grammar from the OCI distribution spec ("<name>") and docker's reference package: path components
 * are lowercase alphanumerics separated by `.`, `_`, `__` or dashes. Plain HTTP is used only for the
 * loopback host names (`localhost`, `127.0.0.1`, `[::1]`), as docker and ORAS allow without
 * configuration; every other registry is HTTPS.
 */
import { UsageError } from '../runtime/errors.js';

export interface OciRepository {
  /** host[:port], as written. */
  host: string;
  /** The repository path (`owner/models/weather`). */
  name: string;
  /** `https://host` or, for loopback hosts only, `http://host`. */
  baseUrl: string;
  /** host/name. */
  repository: string;
}

const COMPONENT = '[a-z0-9]+(?:(?:\\.|_|__|-+)[a-z0-9]+)*';
const NAME_RE = new RegExp(`^${COMPONENT}(?:/${COMPONENT})*$`);
const HOST_RE = /^(?:\[[0-9a-fA-F:]+\]|[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*)(?::[0-9]{1,5})?$/;
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

const hint = (o: { option(name: string, value?: string): string }) =>
  `pass ${o.option('oci', 'HOST/PATH')}, a registry host and repository without a tag, e.g. ghcr.io/OWNER/models/NAME (the version becomes the tag)`;

/** Parses `host[:port]/path`; UsageError naming what is wrong otherwise. */
export function parseOciRepository(reference: string): OciRepository {
  const ref = reference.trim().replace(/^oci:\/\//, '');
  const bad = (why: string) => new UsageError(`OCI repository ${JSON.stringify(reference)} ${why}`, { hint });
  if (ref.includes('@')) throw bad('has a digest');
  const slash = ref.indexOf('/');
  if (slash <= 0) throw bad('has no registry host');
  const host = ref.slice(0, slash);
  const name = ref.slice(slash + 1);
  // docker's rule: the first part is a host when it has a dot or a port, or is localhost.
  if (!HOST_RE.test(host) || !(host.includes('.') || host.includes(':') || host === 'localhost')) throw bad('has no registry host (like ghcr.io or localhost:5000) before the path');
  if (/:[^/]*$/.test(name)) throw bad('has a tag');
  if (!NAME_RE.test(name) || name.length > 255) throw bad('is not a valid repository path (lowercase letters, digits and . _ - between slashes)');
  const hostname = host.replace(/:[0-9]+$/, '').toLowerCase();
  const scheme = LOOPBACK.has(hostname) ? 'http' : 'https';
  return { host, name, baseUrl: `${scheme}://${host}`, repository: `${host}/${name}` };
}

/** A version as an OCI tag: tags cannot hold semver's `+`, so build metadata is joined with `_` (as Helm does). */
export function ociTagOf(version: string): string {
  const tag = version.replace(/\+/g, '_');
  if (!/^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/.test(tag)) throw new UsageError(`version ${JSON.stringify(version)} cannot be an OCI tag`, { hint: 'OCI tags are at most 128 letters, digits, `.`, `_` and `-`' });
  return tag;
}
