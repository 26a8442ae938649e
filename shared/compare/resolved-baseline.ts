/** The baseline compare works against, once resolved from its spec (baseline.ts, production-baseline.ts). */
import type { BaselineInfo } from '../formats/comparison-format.js';

export interface ResolvedBaseline {
  /** The baseline report file; undefined for a first run. */
  file?: string;
  info: BaselineInfo;
  /**
   * Why the baseline's per-example file is absent although its report names one (a registry
   * release published without it): paired tests are skipped with this reason instead of failing.
   */
  examplesUnavailable?: string;
}
