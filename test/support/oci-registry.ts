/**
 * A real OCI registry for tests: Debian's docker-registry (the CNCF distribution registry, installed
 * by .ci/run) started on a free 127.0.0.1 port with a temporary storage folder, so a service the
 * package may run on :5000 is never used. skopeo (also installed by .ci/run) reads it back.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './prometheus.js';

export const REGISTRY_BIN = '/usr/bin/docker-registry';
export const SKOPEO_BIN = '/usr/bin/skopeo';

/** Why the OCI registry tests cannot run here, or undefined when they can. */
export function ociRegistryMissing(): string | undefined {
  const missing = [REGISTRY_BIN, SKOPEO_BIN].filter((p) => !existsSync(p));
  return missing.length ? `${missing.join(' and ')} not found (apt-get install -y docker-registry skopeo; .ci/run does)` : undefined;
}

export interface OciRegistryServer {
  /** 127.0.0.1:<port> */
  host: string;
  /** The temporary folder; the registry's storage is `storage/` inside it. */
  dir: string;
  /** The file holding a blob's bytes in the registry's storage (to tamper with). */
  blobFile(sha256hex: string): string;
  stop(): Promise<void>;
}

/** Starts the registry; resolves once GET /v2/ answers 200 (at most `readyTimeoutMs`). */
export async function startOciRegistry(readyTimeoutMs = 15_000): Promise<OciRegistryServer> {
  const dir = await mkdtemp(join(tmpdir(), 'mlops-oci-registry-'));
  const host = `127.0.0.1:${await freePort()}`;
  const config = join(dir, 'config.yml');
  await writeFile(config, `version: 0.1\nlog:\n  level: error\nstorage:\n  filesystem:\n    rootdirectory: ${join(dir, 'storage')}\nhttp:\n  addr: ${host}\n`);
  const child: ChildProcess = spawn(REGISTRY_BIN, ['serve', config], { stdio: ['ignore', 'ignore', 'pipe'] });
  let log = '';
  child.stderr!.on('data', (d: Buffer) => (log = (log + d.toString()).slice(-4000)));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
    }
    await rm(dir, { recursive: true, force: true });
  };
  const deadline = Date.now() + readyTimeoutMs;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`docker-registry exited (${child.exitCode}):\n${log}`);
    }
    const ok = await fetch(`http://${host}/v2/`, { signal: AbortSignal.timeout(1000) }).then((r) => r.status === 200, () => false);
    if (ok) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`docker-registry did not answer /v2/ within ${readyTimeoutMs} ms:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { host, dir, blobFile: (hex) => join(dir, 'storage/docker/registry/v2/blobs/sha256', hex.slice(0, 2), hex, 'data'), stop };
}
