/**
 * Typed arrays the bootstrap workers will read, allocated on a SharedArrayBuffer from the start when
 * the data is large enough to be bootstrapped on workers (bootstrap-parallel.ts): the workers then
 * read them in place, and the ~18 MB per 1M binary rows are not copied into shared memory before the
 * resamples can start. They behave as any typed array; only postMessage shares them instead of
 * copying.
 */

/** From this many rows evaluate's bootstrap runs on worker threads (DEFAULT_PARALLEL_MIN_ROWS). */
export const SHARED_MIN_ROWS = 50_000;

function buffer(bytes: number, rows: number): ArrayBuffer | SharedArrayBuffer {
  return rows >= SHARED_MIN_ROWS ? new SharedArrayBuffer(bytes) : new ArrayBuffer(bytes);
}

export function shareableFloat64(rows: number): Float64Array {
  return new Float64Array(buffer(8 * rows, rows));
}

export function shareableUint8(rows: number): Uint8Array {
  return new Uint8Array(buffer(rows, rows));
}
