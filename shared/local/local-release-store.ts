/**
 * The local ReleaseStore: each published version is a folder named by its tag under the registry
 * folder (default `.mlops/registry`):
 *
 *   <registry>/model/<name>/v<version>/
 *     release.json       what the store recorded at publish: tag, notes, every asset's size and SHA-256
 *     manifest.json, model.tar.gz, model-card.md, evaluation.json, ...   the assets
 *
 * A version is created whole or not at all: assets are copied (and hashed while copying) into a
 * hidden staging folder beside it, which is renamed into place. rename(2) of a folder onto an
 * existing one fails, so two concurrent publishes of one version cannot both win; the loser compares
 * content and either returns the existing version (same assets) or throws ConflictError.
 * The digests in release.json are what was stored, like GitHub's asset digests: download() copies
 * the file as it is now, so tampering shows up when the copy is checked against the manifest.
 */
import { createHash, randomBytes } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { copyFile, mkdir, readFile, readdir, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Transform, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { InputError, UsageError } from '../runtime/errors.js';
import { removeOnInterrupt } from '../runtime/signal-cleanup.js';
import { sweepStaleTemps } from '../runtime/stale-temps.js';
import { writeJsonAtomic } from '../runtime/atomic-write.js';
import type { ReleaseRef, ReleaseStore, StoredAsset } from '../ports/registry-stores.js';
import { ConflictError, IntegrityError } from '../registry/errors.js';
import { parseTag, tagOf, validateModelName } from '../registry/tag.js';
import { compareVersions, normalizeVersion } from '../registry/semver.js';

const ASSET_NAME_RE = /^[A-Za-z0-9_][A-Za-z0-9._-]{0,127}$/;
const RELEASE_FILE = 'release.json';

interface ReleaseRecord {
  tag: string;
  model: string;
  version: string;
  notes: string;
  assets: StoredAsset[];
}

/** Copies `from` to `to` and returns the SHA-256 and size of what was copied. */
async function copyHashed(from: string, to: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
      hash.update(chunk);
      size += chunk.length;
      done(null, chunk);
    },
  });
  await pipeline(createReadStream(from), tap, createWriteStream(to, { flags: 'wx' }));
  return { sha256: hash.digest('hex'), size };
}

function sameAssets(a: StoredAsset[], b: StoredAsset[]): boolean {
  const key = (x: StoredAsset[]) => x.map((s) => `${s.name}\0${s.sha256}`).sort().join('\n');
  return key(a) === key(b);
}

export class LocalReleaseStore implements ReleaseStore {
  constructor(readonly root: string) {}

  private folder(model: string, version: string): string {
    return join(this.root, ...tagOf(model, version).split('/'));
  }

  private ref(record: ReleaseRecord): ReleaseRef {
    const dir = join(this.root, ...record.tag.split('/'));
    return { model: record.model, version: record.version, tag: record.tag, url: pathToFileURL(dir).href, assets: record.assets };
  }

  async find(model: string, version: string): Promise<ReleaseRef | undefined> {
    const file = join(this.folder(model, version), RELEASE_FILE);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw e;
    }
    try {
      return this.ref(JSON.parse(text) as ReleaseRecord);
    } catch (e) {
      throw new InputError(`${file} is not valid JSON`, { hint: 'the local registry was edited by hand', cause: e });
    }
  }

  async list(model: string): Promise<ReleaseRef[]> {
    let names: string[];
    try {
      names = await readdir(join(this.root, 'model', validateModelName(model)));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
    const out: ReleaseRef[] = [];
    for (const n of names) {
      const parsed = parseTag(`model/${model}/${n}`);
      if (!parsed) continue;
      const ref = await this.find(model, parsed.version);
      if (ref) out.push(ref);
    }
    return out.sort((a, b) => compareVersions(a.version, b.version));
  }

  async create(model: string, version: string, files: Array<{ name: string; path: string }>, notes: string): Promise<ReleaseRef> {
    version = normalizeVersion(version);
    const target = this.folder(model, version);
    const names = new Set<string>();
    for (const f of files) {
      if (!ASSET_NAME_RE.test(f.name) || f.name === RELEASE_FILE) throw new UsageError(`asset name ${JSON.stringify(f.name)} is not allowed`, { hint: 'use letters, digits, ".", "_" and "-"' });
      if (names.has(f.name)) throw new UsageError(`asset ${f.name} is given twice`);
      names.add(f.name);
    }
    const parent = join(this.root, 'model', model);
    // A staging folder a killed publish left (its pid gone, older than an hour) is swept here.
    await sweepStaleTemps(parent, { match: (n) => n.startsWith('.staging-v'), pidOf: (n) => Number(/-(\d+)-[0-9a-f]+$/.exec(n)?.[1]) || undefined });
    const staging = join(parent, `.staging-v${version}-${process.pid}-${randomBytes(6).toString('hex')}`);
    const release = removeOnInterrupt(staging);
    await mkdir(staging, { recursive: true });
    try {
      const assets: StoredAsset[] = [];
      for (const f of files) assets.push({ name: f.name, ...(await copyHashed(f.path, join(staging, f.name))) });
      const record: ReleaseRecord = { tag: tagOf(model, version), model, version, notes, assets };
      const existing = await this.find(model, version);
      if (existing) return this.resolveExisting(existing, assets);
      await writeJsonAtomic(join(staging, RELEASE_FILE), record);
      try {
        await rename(staging, target);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM') throw e;
        const raced = await this.find(model, version);
        if (!raced) throw e;
        return this.resolveExisting(raced, assets);
      }
      return this.ref(record);
    } finally {
      await rm(staging, { recursive: true, force: true });
      release();
    }
  }

  private resolveExisting(existing: ReleaseRef, assets: StoredAsset[]): ReleaseRef {
    if (sameAssets(existing.assets, assets)) return existing;
    throw new ConflictError(`${existing.tag} is already published with different content`, {
      hint: (o) => `a published version is immutable: publish under a new version (${o.option('bump')} or ${o.option('version')})`,
    });
  }

  async download(release: ReleaseRef, asset: string, destination: string): Promise<void> {
    if (!ASSET_NAME_RE.test(asset)) throw new UsageError(`asset name ${JSON.stringify(asset)} is not allowed`);
    const from = join(this.folder(release.model, release.version), asset);
    try {
      await copyFile(from, destination);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new IntegrityError(`asset ${asset} of ${release.tag} is missing from the registry`, { location: { file: from }, hint: 'the release was damaged; publish the model again under a new version' });
      }
      throw e;
    }
  }
}
