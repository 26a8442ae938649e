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
}
