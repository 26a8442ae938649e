/**
 * Pushing one blob, chunked and resumable (OCI distribution spec, "Pushing a blob in chunks"):
 *
 *   HEAD  /v2/<name>/blobs/<digest>          200: already there, nothing to send
 *   POST  /v2/<name>/blobs/uploads/          202, Location: the upload session
 *   PATCH <location>  Content-Range: <first>-<last>, the chunk's bytes   202, a new Location, Range: 0-<last>
 *   PUT   <location>?digest=<digest>         201: the registry checked the digest and stored the blob
 *
 * The file is read one chunk at a time (a chunk in memory, never the file). When a PATCH fails
 * (no answer, timeout, 5xx, or 416 after a lost answer) the upload's state is asked for with
 * `GET <location>` (204, Range: 0-<last byte received>) and the upload resumes from the byte
 * after, at most `attempts` times in a row; when the registry cannot resume that session (404),
 * a new one starts from byte 0. The registry computes the digest of what it received:
 * a mismatch with ours (the file changed, or bytes were corrupted on the way) is refused by it at
 * PUT, and reported as an IntegrityError.
 */
import { open } from 'node:fs/promises';
import { IntegrityError } from '../registry/errors.js';
import type { DigestedFile } from '../ports/registry-stores.js';
import { OciError } from './oci-error.js';
import { shown, type OciSession } from './session.js';

/** Default chunk: large enough that a 2 GiB model is ~128 requests, small enough to hold in memory. */
export const DEFAULT_CHUNK_BYTES = 16 * 1024 * 1024;

export interface UploadOptions {
  chunkBytes?: number;
  /** Called after each chunk the registry accepted (bytes received so far). */
  progress?: (received: number, total: number) => void;
}

/** Uploads `file` as the blob sha256:<file.sha256> unless the registry has it. Returns whether bytes were sent. */
export async function uploadBlob(session: OciSession, file: DigestedFile, options: UploadOptions = {}): Promise<'exists' | 'uploaded'> {
  const digest = `sha256:${file.sha256}`;
  const head = await session.send('HEAD', session.url(`/blobs/${digest}`), { expect: [200, 404] });
  if (head.status === 200) return 'exists';

  const startUrl = session.url('/blobs/uploads/');
  const start = async () => {
    const res = await session.send('POST', startUrl, { expect: [202], headers: { 'content-length': '0' } });
    return { location: session.resolve(res.headers.get('location'), 'POST', startUrl), minimum: Number(res.headers.get('oci-chunk-min-length') ?? 0) };
  };
  const started = await start();
  let location = started.location;
  // A registry may ask for a minimum chunk size (all chunks but the last).
  const minimum = started.minimum;
  const chunkBytes = Math.max(options.chunkBytes ?? DEFAULT_CHUNK_BYTES, Number.isFinite(minimum) ? minimum : 0, 1);

  const fh = await open(file.path, 'r');
  try {
    let offset = 0;
    let failures = 0;
    const buffer = Buffer.allocUnsafe(Math.min(chunkBytes, Math.max(file.size, 1)));
    while (offset < file.size) {
      const length = Math.min(chunkBytes, file.size - offset);
      const { bytesRead } = await fh.read(buffer, 0, length, offset);
      if (bytesRead !== length) throw new IntegrityError(`${file.path} is shorter than the ${file.size} bytes it had when it was hashed`, { hint: 'the file changed while it was being pushed: publish again' });
      const chunk = buffer.subarray(0, length);
      try {
        const res = await session.send('PATCH', location, {
          retry: false,
          expect: [202],
          body: chunk,
          headers: { 'content-type': 'application/octet-stream', 'content-length': String(length), 'content-range': `${offset}-${offset + length - 1}` },
          timeoutMs: chunkTimeout(session, length),
        });
        location = session.resolve(res.headers.get('location'), 'PATCH', location);
        const next = nextOffset(res.headers.get('range'));
        offset = next ?? offset + length;
        failures = 0;
        options.progress?.(offset, file.size);
      } catch (e) {
        if (!(e instanceof OciError) || (e.status !== undefined && e.status !== 416 && e.status < 500)) throw e;
        failures++;
        if (failures >= session.attempts) throw e;
        await session.pause(failures);
        // Where does the upload stand? Resume from the byte after the last one it kept. A registry
        // that can no longer resume this session (the CNCF registry cancels one whose PATCH
        // landed but whose answer was lost: its Location carries the offset it expects) gets a
        // new session from byte 0, within the same bounded number of failures.
        let status: Response;
        try {
          status = await session.send('GET', location, { expect: [204] });
        } catch (lost) {
          if (!(lost instanceof OciError) || (lost.status !== 404 && lost.status !== 400)) throw lost;
          location = (await start()).location;
          offset = 0;
          continue;
        }
        location = session.resolve(status.headers.get('location') ?? location, 'GET', location);
        const next = nextOffset(status.headers.get('range'));
        if (next === undefined || next > file.size) {
          throw new OciError({ method: 'GET', url: shown(location), status: status.status, detail: `cannot tell where the upload stands (Range: ${status.headers.get('range') ?? 'none'})` });
        }
        offset = next;
      }
    }
  } finally {
    await fh.close();
  }

  const finish = new URL(location);
  finish.searchParams.set('digest', digest);
  let done: Response;
  try {
    done = await session.send('PUT', finish.href, { expect: [201], headers: { 'content-length': '0' } });
  } catch (e) {
    if (e instanceof OciError && e.status === 400 && /DIGEST_INVALID|digest/i.test(e.message)) {
      throw new IntegrityError(`the registry refused ${shown(location)}: the bytes it received do not have SHA-256 ${file.sha256} (${e.message})`, {
        hint: 'the file changed while it was pushed, or was damaged on the way: publish again',
        cause: e,
      });
    }
    throw e;
  }
  const stored = done.headers.get('docker-content-digest');
  if (stored && stored !== digest) {
    throw new IntegrityError(`the registry stored ${file.path} as ${stored}, not ${digest}`, { hint: 'the registry changed the bytes: push to another registry or report it to its operators' });
  }
  return 'uploaded';
}

/**
 * `Range: 0-<last>` → the next byte to send; undefined when absent or unreadable. The CNCF
 * registry answers `0-0` for an empty upload too (it cannot say "nothing" in that syntax), so
 * `0-0` is read as nothing received: at worst one byte is sent again, which it refuses with 416
 * and the bounded resume loop ends.
 */
export function nextOffset(range: string | null): number | undefined {
  if (range === null) return undefined;
  const m = /^\s*(?:bytes=)?0-(-?[0-9]+)\s*$/.exec(range);
  if (!m) return undefined;
  const last = Number(m[1]);
  return last <= 0 ? 0 : last + 1;
}

/** A chunk's time limit: the session's, plus a second for every MiB (a slow uplink is not a hang). */
function chunkTimeout(session: OciSession, bytes: number): number {
  return session.timeoutMs + Math.ceil(bytes / (1024 * 1024)) * 1000;
}
