/**
 * The SHA-256 of a file, streamed (model archives and data files can be large), with its size:
 * the one digest every step records or verifies (published assets, model and data digests in
 * reports, the contract a shard was checked against).
 */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** SHA-256 (hex) and size in bytes of a file. */
export async function sha256File(path: string): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).length;
  }
  return { sha256: hash.digest('hex'), size };
}
