/**
 * `mlops-actions/retrain-request@1`: the file a retraining PR commits on its branch, and the
 * decision values the PR's markers carry. A format: the drift renderer writes it, both forges read it.
 */

/** The drift decision as the retraining PR sees it (the values of `DriftReport['decision']`). */
export type RetrainDecision = 'ok' | 'drift' | 'degradation' | 'drift_and_degradation';
export const RETRAIN_DECISIONS: readonly RetrainDecision[] = ['ok', 'drift', 'degradation', 'drift_and_degradation'];

/** What to do with an open retraining PR once a check finds the model fine again (`on-recovery`). */
export type OnRecovery = 'comment' | 'close' | 'none';

export const RETRAIN_REQUEST_SCHEMA = 'mlops-actions/retrain-request@1';

/**
 * The retrain request file committed on the PR's branch (`.mlops/retrain/<model>.json`): why the
 * model should be retrained and on what evidence. Built from a drift report by
 * `retrainRequestOf` (shared/report/drift-pr-body.ts).
 */
export interface RetrainRequest {
  schema: typeof RETRAIN_REQUEST_SCHEMA;
  model: string;
  decision: RetrainDecision;
  /** One line per reason, as in the drift report. */
  reasons: string[];
  /** When the check that found this evidence ran (the report's `created_at`). */
  detected_at: string;
  /** The workflow run that found it (null outside Actions). */
  run_url: string | null;
  /** The data the current side covers. */
  window: { from: string | null; to: string | null };
  reference: { kind: string; version: string | null; tag: string | null; alias: string | null; rows: number };
  current: { rows: number; sources: Array<{ kind: string; name: string; rows: number | null }> };
  drift: {
    dataset_drift: boolean;
    share: number;
    share_threshold: number;
    tested: number;
    drifted: number;
    /** The drifted columns, strongest first. */
    drifted_columns: Array<{ column: string; test: string; statistic: number; p_value: number | null; threshold: number }>;
  };
  /** Every metric rule checked, passed or not. */
  metrics: Array<{ name: string; rule: string; value: number | null; threshold: number; baseline: number | null; passed: boolean }>;
}

/**
 * Fields of the request file that describe the run rather than the evidence: a file that differs
 * only in them is "unchanged" and not committed again, so a re-run (or a later run that finds the
 * same thing) adds no commit. The file then keeps naming the run that first found the evidence.
 */
export const RETRAIN_REQUEST_RUN_FIELDS = ['run_url', 'detected_at'] as const;
