/** One measured benchmark: how much was read, how fast, and the process's peak memory meanwhile. */
export interface BenchRow {
  name: string;
  rows: number;
  bytes: number;
  seconds: number;
  rowsPerSec: number;
  mbPerSec: number;
  peakRssMb: number;
  /** User + system CPU seconds of the measured process (all threads), when known. */
  cpuSeconds?: number;
  /** Runs measured; seconds and CPU are their medians, peak RSS their maximum (when more than one). */
  runs?: number;
  /** Against an anchor row (another engine doing comparable work) and the goal set for us. */
  vs?: { anchor: string; wallRatio: number; cpuRatio: number; goalWallRatio?: number; goalRssMb?: number };
}

/** A row from what was measured: rows per second and MB per second follow from rows, bytes and seconds. */
export function benchRow(measured: Omit<BenchRow, 'rowsPerSec' | 'mbPerSec'>): BenchRow {
  const { rows, bytes, seconds } = measured;
  return { ...measured, rowsPerSec: rows / seconds, mbPerSec: bytes / 1e6 / seconds };
}
