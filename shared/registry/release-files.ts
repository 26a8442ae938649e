/**
 * Reading what a published version stores: the manifest, JSON documents checked against their
 * schema. Shared by publish, promote, compare's production baseline and drift-check's
 * registry reference.
 *
 * Why its own module: these lived in publish.ts, so every step that reads a release (drift-check,
 * promote-model, compare, rank-candidates) bundled the whole publish path with them (the archive
 * writer and tar, the model card, the run and comparison formats) and built its schemas at each
 * start.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { z } from 'zod';
import { InputError } from '../runtime/errors.js';
import { sha256File } from '../runtime/file-digest.js';
import { MANIFEST_ASSET, MODEL_MANIFEST_SCHEMA, modelManifestSchema, type ModelManifest } from '../formats/manifest-format.js';
import type { ReleaseRef, ReleaseStore } from '../ports/registry-stores.js';

/** A JSON file parsed and checked against `schema`; InputError naming the file, the field and `hint` otherwise. */
export async function readJsonAs<S extends z.ZodType>(file: string, schema: S, name: string, hint: string): Promise<z.infer<S>> {
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' ? `${name} not found` : `cannot read the ${name}: ${(e as Error).message}`, { location: { file }, hint, cause: e });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const i = parsed.error.issues[0]!;
    throw new InputError(`not a valid ${name}: ${i.path.join('.') || '(top level)'}: ${i.message}`, { location: { file }, hint });
  }
  return parsed.data;
}

/** Downloads a version's manifest into workDir and parses it; its SHA-256 is what promotions verify. */
export async function fetchManifest(releases: ReleaseStore, ref: ReleaseRef, workDir: string): Promise<{ manifest: ModelManifest; sha256: string; path: string }> {
  const path = join(workDir, `${ref.version}.${MANIFEST_ASSET}`);
  await releases.download(ref, MANIFEST_ASSET, path);
  const { sha256 } = await sha256File(path);
  const manifest = await readJsonAs(path, modelManifestSchema, `${MODEL_MANIFEST_SCHEMA} manifest of ${ref.tag}`, 'the stored manifest is damaged');
  return { manifest, sha256, path };
}
