/**
 * Fetching one blob by digest and proving it is that blob: the bytes are hashed as they stream
 * (never held in memory), and written to `destination` when one is given. A registry that serves
 * other bytes under the digest (a damaged or rewritten storage folder, a lying mirror) is refused
 * with an IntegrityError, and the partial file is removed.
 */
import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { Readable, Transform, Writable, type TransformCallback } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as WebReadableStream } from 'node:stream/web';
import { IntegrityError } from '../registry/errors.js';
import { OciError } from './oci-error.js';
import type { OciSession } from './session.js';

export async function downloadBlob(session: OciSession, digest: string, size: number, destination?: string): Promise<void> {
  const url = session.url(`/blobs/${digest}`);
  // A time limit for the whole body: the session's, plus a second per MiB.
  const res = await session.send('GET', url, { expect: [200], timeoutMs: session.timeoutMs + Math.ceil(size / (1024 * 1024)) * 1000 });
  if (!res.body) throw new OciError({ method: 'GET', url, status: res.status, detail: 'no body' });
  const hash = createHash('sha256');
  let received = 0;
  const tap = new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
      hash.update(chunk);
      received += chunk.length;
      // More bytes than the descriptor says: stop reading at once rather than fill the disk.
      if (received > size) done(new IntegrityError(`blob ${digest} is longer than the ${size} bytes its manifest says`, { hint: HINT }));
      else done(null, chunk);
    },
  });
  const sink = destination ? createWriteStream(destination) : new Writable({ write: (_c, _e, done) => done() });
  try {
    await pipeline(Readable.fromWeb(res.body as unknown as WebReadableStream<Uint8Array>), tap, sink);
  } catch (e) {
    if (destination) await rm(destination, { force: true });
    if (e instanceof IntegrityError) throw e;
    throw new OciError({ method: 'GET', url, detail: `reading the blob: ${(e as Error).message}`, cause: e });
  }
  const got = `sha256:${hash.digest('hex')}`;
  if (got !== digest || received !== size) {
    if (destination) await rm(destination, { force: true });
    throw new IntegrityError(`the registry served ${received} bytes with digest ${got} for blob ${digest} (${size} bytes)`, { hint: HINT });
  }
}

const HINT = 'the artifact in the OCI registry was changed or damaged after publishing: publish the model again under a new version';
